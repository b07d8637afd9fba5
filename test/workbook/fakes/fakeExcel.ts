/**
 * A small fake of the Excel JavaScript API, enough for the Office.js executor:
 * worksheets with a cell grid, tables, names, settings, charts, and
 * `context.sync()` that counts the cells written in each request and fails
 * a request over the limit (as Excel on the web rejects large payloads).
 */
import { TEMPLATE_CONTRACTS, columnLetter } from '../../../src/report';

interface Cell { value: unknown; formula?: string; numberFormat?: string }

const colIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const parse = (address: string): { r: number; c: number; rows: number; cols: number } => {
  const [a, b] = address.replace(/^.*!/, '').replace(/\$/g, '').split(':');
  // whole rows ('5:5'): every column
  if (/^\d+$/.test(a) && /^\d+$/.test(b ?? '')) return { r: Number(a) - 1, c: 0, rows: Number(b) - Number(a) + 1, cols: 16384 };
  const m1 = /^([A-Z]+)(\d+)$/.exec(a)!;
  const m2 = /^([A-Z]+)(\d+)$/.exec(b ?? a)!;
  const r = Number(m1[2]) - 1, c = colIndex(m1[1]);
  return { r, c, rows: Number(m2[2]) - r, cols: colIndex(m2[1]) - c + 1 };
};

export class FakeContext {
  syncs = 0;
  cellsThisSync = 0;
  maxCellsInOneSync = 0;
  readonly workbook: FakeWorkbook;
  constructor(readonly limit = 5000, readonly sheetsFromTemplates = true) {
    this.workbook = new FakeWorkbook(this);
  }
  count(n: number): void {
    this.cellsThisSync += n;
  }
  async sync(): Promise<void> {
    if (this.cellsThisSync > this.limit) throw new Error(`RichApi.Error: The request payload size has exceeded the limit (${this.cellsThisSync} cells)`);
    this.maxCellsInOneSync = Math.max(this.maxCellsInOneSync, this.cellsThisSync);
    this.cellsThisSync = 0;
    this.syncs++;
  }
}

class FakeRange {
  constructor(readonly ctx: FakeContext, readonly sheet: FakeSheet, readonly r: number, readonly c: number, readonly rowCount: number, readonly columnCount: number) {}
  isNullObject = false;
  get rowIndex() { return this.r; }
  get columnIndex() { return this.c; }
  format = ((range: FakeRange) => ({
    font: {} as Record<string, unknown>,
    fill: {} as Record<string, unknown>,
    protection: {} as Record<string, unknown>,
    /** every column Excel's default 64 px (48 pt) wide */
    load: () => ({ columnWidth: 48 }),
    /** kept per sheet: the rows' heights, and the ranges wrapped and aligned (by address) */
    set rowHeight(h: number) { for (let i = 0; i < range.rowCount; i++) range.sheet.rowHeights.set(range.r + 1 + i, h); },
    set wrapText(w: boolean) { range.sheet.formats.set(range.address, { ...range.sheet.formats.get(range.address), wrapText: w }); },
    set verticalAlignment(v: string) { range.sheet.formats.set(range.address, { ...range.sheet.formats.get(range.address), verticalAlignment: v }); },
  }))(this);
  merge(_across = false): void { this.sheet.merged.push(this.address); }
  clear(): void { this.each(undefined, (cell) => { cell.value = ''; delete cell.formula; delete cell.numberFormat; }); }
  load(): this { return this; }
  private each(m: unknown[][] | unknown, f: (cell: Cell, v: unknown) => void): void {
    for (let i = 0; i < this.rowCount; i++) for (let j = 0; j < this.columnCount; j++) {
      const v = Array.isArray(m) ? (m[i]?.[j] ?? (m.length === 1 && (m[0] as unknown[]).length === 1 ? (m[0] as unknown[])[0] : undefined)) : m;
      f(this.sheet.cell(this.r + i, this.c + j), v);
    }
    this.ctx.count(this.rowCount * this.columnCount);
  }
  set values(m: unknown[][]) {
    this.each(m, (cell, v) => {
      if (typeof v === 'string' && /^[=]/.test(v) && cell.numberFormat !== '@') { cell.formula = v; cell.value = `<computed ${v}>`; }
      else { cell.value = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v; delete cell.formula; }
    });
  }
  get values(): unknown[][] { return this.grid((c) => c.value ?? ''); }
  set formulas(m: unknown[][]) { this.each(m, (cell, v) => { cell.formula = String(v); cell.value = `<computed ${v}>`; }); }
  get formulas(): unknown[][] { return this.grid((c) => c.formula ?? c.value ?? ''); }
  set numberFormat(m: unknown[][]) { this.each(m, (cell, v) => { cell.numberFormat = String(v); }); }
  private grid(f: (c: Cell) => unknown): unknown[][] {
    return Array.from({ length: this.rowCount }, (_, i) => Array.from({ length: this.columnCount }, (__, j) => f(this.sheet.cell(this.r + i, this.c + j))));
  }
  getOffsetRange(dr: number, dc: number): FakeRange { return new FakeRange(this.ctx, this.sheet, this.r + dr, this.c + dc, this.rowCount, this.columnCount); }
  getBoundingRect(o: FakeRange): FakeRange {
    const r = Math.min(this.r, o.r), c = Math.min(this.c, o.c);
    return new FakeRange(this.ctx, this.sheet, r, c, Math.max(this.r + this.rowCount, o.r + o.rowCount) - r, Math.max(this.c + this.columnCount, o.c + o.columnCount) - c);
  }
  get address(): string { return `${this.sheet.name}!${columnLetter(this.c + 1)}${this.r + 1}:${columnLetter(this.c + this.columnCount)}${this.r + this.rowCount}`; }
}

export class FakeTable {
  constructor(readonly ctx: FakeContext, readonly sheet: FakeSheet, public name: string, public range: FakeRange) {}
  getHeaderRowRange(): FakeRange { return new FakeRange(this.ctx, this.sheet, this.range.r, this.range.c, 1, this.range.columnCount); }
  resize(r: FakeRange): void { this.range = r; }
  private headers(): string[] { return this.getHeaderRowRange().values[0].map(String); }
  private column(j: number) {
    const body = () => new FakeRange(this.ctx, this.sheet, this.range.r + 1, this.range.c + j, this.range.rowCount - 1, 1);
    return { getDataBodyRange: body, getRange: () => new FakeRange(this.ctx, this.sheet, this.range.r, this.range.c + j, this.range.rowCount, 1) };
  }
  columns = {
    getItem: (n: string) => { const j = this.headers().indexOf(n); if (j < 0) throw new Error(`no column ${n}`); return this.column(j); },
    getItemAt: (j: number) => this.column(j),
  };
}

/** A chart as the executor leaves it: type, source, each series' name, values and x values (addresses), axis titles and formats, position. */
export class FakeChart {
  name = '';
  readonly title = { text: '' };
  readonly seriesList: { name: string; values: string; xValues: string }[] = [];
  readonly axisList: Record<string, { title: { text: string }; numberFormat: string }> = {};
  readonly legend = { position: '' };
  position: [string, string] = ['', ''];
  constructor(readonly type: string, readonly source: string) {
    this.seriesList.push({ name: '', values: source, xValues: '' });
  }
  private wrap(s: { name: string; values: string; xValues: string }) {
    return {
      set name(n: string) { s.name = n; },
      get name() { return s.name; },
      setValues: (r: FakeRange) => { s.values = r.address; },
      setXAxisValues: (r: FakeRange) => { s.xValues = r.address; },
    };
  }
  readonly series = {
    getItemAt: (i: number) => this.wrap(this.seriesList[i]),
    add: (name: string) => { const s = { name, values: '', xValues: '' }; this.seriesList.push(s); return this.wrap(s); },
  };
  readonly axes = {
    getItem: (type: string) => (this.axisList[type] ??= { title: { text: '' }, numberFormat: '' }),
  };
  setPosition(from: string, to: string): void { this.position = [from, to]; }
}

export class FakeSheet {
  static next = 1;
  readonly id = `{sheet-${FakeSheet.next++}}`;
  readonly cells = new Map<string, Cell>();
  readonly tableList: FakeTable[] = [];
  readonly chartList: FakeChart[] = [];
  deleted = false;
  isNullObject = false;
  constructor(readonly ctx: FakeContext, public name: string) {}
  cell(r: number, c: number): Cell {
    const k = `${r},${c}`;
    if (!this.cells.has(k)) this.cells.set(k, { value: '' });
    return this.cells.get(k)!;
  }
  load(): this { return this; }
  delete(): void { this.deleted = true; }
  getRange(address: string): FakeRange { const p = parse(address); return new FakeRange(this.ctx, this, p.r, p.c, p.rows, p.cols); }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange { return new FakeRange(this.ctx, this, r, c, rows, cols); }
  getUsedRangeOrNullObject(): FakeRange {
    const keys = [...this.cells.entries()].filter(([, v]) => v.value !== '' || v.formula).map(([k]) => k.split(',').map(Number));
    if (keys.length === 0) return Object.assign(new FakeRange(this.ctx, this, 0, 0, 1, 1), { isNullObject: true });
    const r0 = Math.min(...keys.map((k) => k[0])), c0 = Math.min(...keys.map((k) => k[1]));
    return new FakeRange(this.ctx, this, r0, c0, Math.max(...keys.map((k) => k[0])) - r0 + 1, Math.max(...keys.map((k) => k[1])) - c0 + 1);
  }
  tables = {
    getItem: (n: string) => { const t = this.tableList.find((x) => x.name === n); if (!t) throw new Error(`ItemNotFound: table ${n}`); return t; },
    add: (address: string) => { const t = new FakeTable(this.ctx, this, `Table${this.tableList.length + 1}`, this.getRange(address)); this.tableList.push(t); return t; },
  };
  charts = {
    add: (type: string, source: FakeRange) => {
      const chart = new FakeChart(type, source.address);
      this.chartList.push(chart);
      return chart;
    },
  };
  freezePanes = { freezeRows: (n: number) => { this.frozen = n; } };
  /** row heights set (1-based row → points), merged ranges, and wrap and alignment set on a range (by its address) */
  readonly rowHeights = new Map<number, number>();
  readonly merged: string[] = [];
  readonly formats = new Map<string, { wrapText?: boolean; verticalAlignment?: string }>();
  frozen = 0;
  pageLayout = {
    orientation: '',
    paperSize: '',
    zoom: {} as { scale?: number },
    leftMargin: 0,
    rightMargin: 0,
    printArea: '',
    setPrintArea: (area: string) => { this.pageLayout.printArea = area; },
    headersFooters: { defaultForAllPages: { leftFooter: '', centerFooter: '', rightFooter: '' } },
  };
  readonly pageBreaks: string[] = [];
  verticalPageBreaks = {
    removePageBreaks: () => { this.pageBreaks.length = 0; },
    add: (at: string) => { this.pageBreaks.push(at); },
  };
  protected_ = false;
  protection = { protect: (_options?: unknown) => { this.protected_ = true; } };
}

const nullObject = { isNullObject: true, load() { return this; } };

export class FakeWorkbook {
  sheetList: FakeSheet[] = [];
  readonly nameMap = new Map<string, FakeRange>();
  readonly settingMap = new Map<string, unknown>();
  readonly inserted: { sheets: string[] }[] = [];
  constructor(readonly ctx: FakeContext) {}
  private live(): FakeSheet[] { return (this.sheetList = this.sheetList.filter((s) => !s.deleted)); }
  worksheets = {
    getItemOrNullObject: (n: string) => this.live().find((s) => s.name === n) ?? { ...nullObject },
    getItem: (n: string) => { const s = this.live().find((x) => x.name === n); if (!s) throw new Error(`ItemNotFound: sheet ${n}`); return s; },
    add: (n: string) => { const s = new FakeSheet(this.ctx, n); this.sheetList.push(s); return s; },
  };
  names = {
    getItemOrNullObject: (n: string) => (this.nameMap.has(n) ? { isNullObject: false, name: n, load() { return this; }, delete: () => this.nameMap.delete(n) } : { ...nullObject }),
    getItem: (n: string) => { const r = this.nameMap.get(n); if (!r) throw new Error(`ItemNotFound: name ${n}`); return { getRange: () => r }; },
    add: (n: string, r: FakeRange) => { this.nameMap.set(n, r); },
  };
  settings = {
    getItemOrNullObject: (k: string) => (this.settingMap.has(k) ? { isNullObject: false, value: this.settingMap.get(k), load() { return this; } } : { ...nullObject, value: undefined }),
    add: (k: string, v: unknown) => { this.settingMap.set(k, v); },
  };
  /** Inserts the named sheets of the template (recognised by its sheet names) as the contract lays them out. */
  insertWorksheetsFromBase64(_b64: string, options: { sheetNamesToInsert: string[] }): void {
    this.inserted.push({ sheets: options.sheetNamesToInsert });
    const contract = Object.values(TEMPLATE_CONTRACTS).find((c) => c.sheets.some((s) => s.name === options.sheetNamesToInsert[0]))!;
    for (const s of contract.sheets) {
      if (!options.sheetNamesToInsert.includes(s.name)) continue;
      if (this.live().some((x) => x.name === s.name)) throw new Error(`sheet ${s.name} exists`);
      const ws = this.worksheets.add(s.name);
      ws.cell(0, 0).value = s.title;
      for (const c of s.cells) this.nameMap.set(c.name, ws.getRange(c.address));
      for (const t of s.tables) {
        const table = new FakeTable(this.ctx, ws, t.name, ws.getRangeByIndexes(t.headerRow - 1, t.firstColumn - 1, 2, t.columns.length));
        t.columns.forEach((c, j) => (ws.cell(t.headerRow - 1, t.firstColumn - 1 + j).value = c.header));
        ws.tableList.push(table);
      }
    }
  }
}

/** Installs a global `Excel` namespace with the enums and createWorkbook the executor uses. */
export function installExcelGlobal(): { opened: string[] } {
  const opened: string[] = [];
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ChartType: { line: 'Line', xyscatter: 'XYScatter', columnStacked: 'ColumnStacked' },
    ChartAxisType: { category: 'Category', value: 'Value' },
    ChartLegendPosition: { bottom: 'Bottom' },
    ChartSeriesBy: { columns: 'Columns' },
    WorksheetPositionType: { end: 'End' },
    PageOrientation: { landscape: 'Landscape', portrait: 'Portrait' },
    VerticalAlignment: { top: 'Top' },
    createWorkbook: async (b64: string) => { opened.push(b64); },
  };
  return { opened };
}
