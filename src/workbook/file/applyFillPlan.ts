/**
 * The file executor: loads a template (.xlsx bytes given by the caller),
 * carries out a fill plan with exceljs and returns the new .xlsx bytes. No
 * file system access. Text is written as a string cell (never a formula);
 * formulas only come from the plan's `formula` values.
 */
import ExcelJS from 'exceljs';
import { columnLetter, isFormula, isText, type CellStyleName, type CellValue, type FillOperation, type FillPlan, type TableCellValue } from '../../report';
import { applyLook } from './looks';
import { editPackage } from './packageParts';
import { printEdits } from './printAndCharts';

/** Thrown when the template does not match the plan (a missing name, table or column). */
export class TemplateMismatchError extends Error {
  override readonly name = 'TemplateMismatchError';
}

interface NamedCell {
  readonly sheet: string;
  readonly address: string;
}

const parseRef = (ref: string): NamedCell | undefined => {
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  return m ? { sheet: m[1].replace(/''/g, "'"), address: `${m[2]}${m[3]}` } : undefined;
};

const splitAddress = (address: string): { col: number; row: number } => {
  const m = /^([A-Z]+)(\d+)/.exec(address);
  if (!m) throw new TemplateMismatchError(`bad cell address ${address}`);
  return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) };
};

/** exceljs value of a plan value: text stays a string, a formula loses its leading '='. */
function toExcelJs(v: TableCellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isText(v)) return v.text;
  if (isFormula(v)) {
    const f = v.formula.startsWith('=') ? v.formula.slice(1) : v.formula;
    return v.result === undefined ? { formula: f } : ({ formula: f, result: v.result } as ExcelJS.CellFormulaValue);
  }
  return v;
}

function setValue(cell: ExcelJS.Cell, v: TableCellValue): void {
  cell.value = toExcelJs(v);
  if (isText(v) && (cell.numFmt === undefined || cell.numFmt === 'General')) cell.numFmt = '@';
}

function namedCells(wb: ExcelJS.Workbook): Map<string, NamedCell> {
  const out = new Map<string, NamedCell>();
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  for (const n of model) {
    const ref = n.ranges.length === 1 ? parseRef(n.ranges[0]) : undefined;
    if (ref) out.set(n.name, ref);
  }
  return out;
}

interface LoadedTable {
  tableRef: string;
  columns: { name: string }[];
  style?: ExcelJS.TableStyleProperties;
}

function fillTable(wb: ExcelJS.Workbook, op: Extract<FillOperation, { kind: 'table' }>, extents: Map<string, { col: number; row: number }>): void {
  const ws = wb.getWorksheet(op.sheet);
  if (!ws) throw new TemplateMismatchError(`the template has no sheet ${op.sheet}`);
  const table = (ws as unknown as { getTable(n: string): { table: LoadedTable } | undefined }).getTable(op.table);
  if (!table) throw new TemplateMismatchError(`sheet ${op.sheet} has no table ${op.table}`);
  const model = table.table;
  const names = model.columns.map((c) => c.name);
  if (names.length !== op.columns.length || names.some((n, i) => n !== op.columns[i])) {
    throw new TemplateMismatchError(`table ${op.table} has columns [${names.join(', ')}], the plan writes [${op.columns.join(', ')}]`);
  }
  const captions = op.captions ?? names;
  if (captions.length !== names.length || new Set(captions).size !== captions.length) {
    throw new TemplateMismatchError(`table ${op.table}: the captions [${captions.join(', ')}] must be ${names.length} distinct names`);
  }
  const [from, to] = model.tableRef.split(':');
  const start = splitAddress(from);
  const end = splitAddress(to ?? from);
  const firstData = start.row + 1;
  const styles = names.map((_, j) => JSON.parse(JSON.stringify(ws.getCell(firstData, start.col + j).style ?? {})) as Partial<ExcelJS.Style>);

  ws.removeTable(op.table);
  for (let r = firstData; r <= end.row; r++) for (let j = 0; j < names.length; j++) ws.getCell(r, start.col + j).value = null;

  const rows: ExcelJS.CellValue[][] = op.rows.length > 0 ? op.rows.map((row) => names.map((_, j) => toExcelJs(row[j] ?? null))) : [names.map(() => null)];
  ws.addTable({
    name: op.table,
    displayName: op.table,
    ref: `${columnLetter(start.col)}${start.row}`,
    headerRow: true,
    totalsRow: false,
    style: model.style ?? { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: captions.map((name) => ({ name, filterButton: true })),
    rows,
  });
  rows.forEach((_, i) =>
    names.forEach((__, j) => {
      const cell = ws.getCell(firstData + i, start.col + j);
      cell.style = JSON.parse(JSON.stringify(styles[j])) as Partial<ExcelJS.Style>;
      const v = op.rows[i]?.[j];
      if (v !== undefined && isText(v)) cell.numFmt = '@';
    }),
  );
  // wrapped text (the notes' details): rows tall enough for their lines, as a spreadsheet does not grow a row written by a file
  names.forEach((_, j) => {
    if (!styles[j].alignment?.wrapText) return;
    const width = ws.getColumn(start.col + j).width ?? 10;
    op.rows.forEach((row, i) => {
      const v = row[j];
      if (v === null || v === undefined || !isText(v)) return;
      const units = [...v.text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
      const lines = Math.max(1, Math.ceil(units / Math.max(1, width * 1.1))); // 10 pt text: about 1.1 characters a width unit
      if (lines > 1) ws.getRow(firstData + i).height = 13 * lines;
    });
  });
  for (const f of op.formats ?? []) {
    const rowsOf = f.row === undefined ? op.rows.map((_, i) => i) : [f.row];
    for (const i of rowsOf) {
      const cell = ws.getCell(firstData + i, start.col + f.column);
      const v = op.rows[i]?.[f.column];
      if (v !== undefined && !isText(v)) cell.numFmt = f.numFmt;
    }
  }
  const prev = extents.get(op.sheet) ?? { col: 1, row: 1 };
  extents.set(op.sheet, { col: Math.max(prev.col, start.col + names.length - 1), row: Math.max(prev.row, start.row + rows.length) });
}

interface CellLooks {
  readonly numFmt?: string;
  readonly style?: CellStyleName;
}

function writeCell(
  wb: ExcelJS.Workbook,
  names: Map<string, NamedCell>,
  sheet: string | undefined,
  name: string | undefined,
  address: string | undefined,
  v: TableCellValue,
  looks: CellLooks = {},
): void {
  let target: NamedCell | undefined;
  if (name !== undefined) {
    target = names.get(name);
    if (!target) throw new TemplateMismatchError(`the template has no named cell ${name}`);
  } else if (sheet !== undefined && address !== undefined) target = { sheet, address };
  if (!target) throw new TemplateMismatchError('a cell operation needs a name or a sheet and address');
  const ws = wb.getWorksheet(target.sheet);
  if (!ws) throw new TemplateMismatchError(`the template has no sheet ${target.sheet}`);
  const cell = ws.getCell(target.address);
  if (looks.style) applyLook(cell, looks.style);
  if (looks.numFmt && !isText(v)) cell.numFmt = looks.numFmt;
  setValue(cell, v);
}

/** Empties a range: values and looks. */
function clearRange(wb: ExcelJS.Workbook, op: Extract<FillOperation, { kind: 'clear' }>): void {
  const ws = wb.getWorksheet(op.sheet);
  if (!ws) throw new TemplateMismatchError(`the template has no sheet ${op.sheet}`);
  const [from, to] = op.range.split(':');
  const a = splitAddress(from);
  const b = splitAddress(to ?? from);
  for (let r = a.row; r <= b.row; r++)
    for (let c = a.col; c <= b.col; c++) {
      const cell = ws.getCell(r, c);
      cell.value = null;
      cell.style = {};
    }
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The sheet's footer and protection, then its caption: the defined names that point into it follow the new name. */
function finishSheet(wb: ExcelJS.Workbook, op: Extract<FillOperation, { kind: 'sheet' }>): void {
  const ws = wb.getWorksheet(op.sheet);
  if (!ws) throw new TemplateMismatchError(`the template has no sheet ${op.sheet}`);
  ws.headerFooter = { ...ws.headerFooter, oddFooter: op.footer, evenFooter: op.footer, differentFirst: false, differentOddEven: false };
  if (op.protect) {
    // no password: the sheet guards its formulas and engine figures, and the user lifts it with one click
    // (exceljs: true = the user may do it) cells are locked; columns and rows may be widened, tables filtered
    (ws as unknown as { sheetProtection: unknown }).sheetProtection = { sheet: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true };
  }
  if (op.caption === op.sheet) return;
  if (wb.getWorksheet(op.caption)) throw new TemplateMismatchError(`cannot show sheet ${op.sheet} as ${op.caption}: a sheet has that name`);
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  const from = new RegExp(`^(?:${quoteSheet(op.sheet).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|${op.sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})!`);
  wb.definedNames.model = model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace(from, `${quoteSheet(op.caption)}!`)) })) as typeof wb.definedNames.model;
  // formulas on other sheets that read this one follow its new name, as Excel's rename does (the budget's labour reads Capacity)
  const reference = new RegExp(`(^|[^A-Za-z0-9_.'])(?:${quoteSheet(op.sheet).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|${op.sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})!`, 'g');
  wb.eachSheet((other) =>
    other.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as unknown;
        if (!v || typeof v !== 'object' || typeof (v as { formula?: unknown }).formula !== 'string') return;
        const fx = (v as { formula: string }).formula;
        const renamed = fx.replace(reference, (_m, lead: string) => `${lead}${quoteSheet(op.caption)}!`);
        if (renamed !== fx) c.value = { ...(v as ExcelJS.CellFormulaValue), formula: renamed };
      }),
    ),
  );
  ws.name = op.caption;
}

/** Grows a sheet's extent to hold a cell written outside its tables (the budget's year rows). */
function extend(extents: Map<string, { col: number; row: number }>, sheet: string, address: string): void {
  const at = splitAddress(address);
  const prev = extents.get(sheet) ?? { col: 1, row: 1 };
  extents.set(sheet, { col: Math.max(prev.col, at.col), row: Math.max(prev.row, at.row) });
}

/** Removes the template's sheets the plan omits (SheetContract.optional), with the defined names that point into them. */
function omitSheets(wb: ExcelJS.Workbook, plan: FillPlan): void {
  for (const sheet of plan.omitSheets ?? []) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new TemplateMismatchError(`the template has no sheet ${sheet}`);
    const model = wb.definedNames.model as { name: string; ranges: string[] }[];
    wb.definedNames.model = model.filter((n) => !n.ranges.some((r) => parseRef(r)?.sheet === sheet)) as typeof wb.definedNames.model;
    wb.removeWorksheet(ws.id);
  }
}

/** Keeps each filled sheet's print area wide and long enough for its tables. */
function widenPrintAreas(wb: ExcelJS.Workbook, extents: Map<string, { col: number; row: number }>): void {
  for (const [sheet, ext] of extents) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const m = /^\$?A\$?1:\$?([A-Z]+)\$?(\d+)$/.exec(ws.pageSetup.printArea ?? '');
    const col = Math.max(ext.col, m ? splitAddress(`${m[1]}1`).col : 1);
    const row = Math.max(ext.row, m ? Number(m[2]) : 1);
    ws.pageSetup.printArea = `A1:${columnLetter(col)}${row}`;
  }
}

/**
 * Fills a template with a plan.
 *
 * @param template the template's .xlsx bytes (e.g. templates/budget.xlsx, read by the caller)
 * @returns the filled workbook's .xlsx bytes; it is marked for a full recalculation on load
 * @throws TemplateMismatchError when the template lacks a sheet, table, column or name the plan writes
 */
export async function applyFillPlan(template: Uint8Array | ArrayBuffer, plan: FillPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // Node: a Buffer; browsers have no Buffer global, and exceljs's browser build (JSZip) reads the bytes as they are.
  const bytes = typeof Buffer === 'undefined' ? template : template instanceof Uint8Array ? Buffer.from(template.buffer, template.byteOffset, template.byteLength) : Buffer.from(template);
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  omitSheets(wb, plan);
  const names = namedCells(wb);
  const extents = new Map<string, { col: number; row: number }>();
  for (const op of plan.operations) {
    if (op.kind === 'table') fillTable(wb, op, extents);
    else if (op.kind === 'cell') writeCell(wb, names, undefined, op.name, undefined, op.value as CellValue, op.numFmt ? { numFmt: op.numFmt } : {});
    else if (op.kind === 'label') writeCell(wb, names, op.sheet, undefined, op.address, { text: op.text }, op.style ? { style: op.style } : {});
    else if (op.kind === 'formula')
      writeCell(wb, names, op.sheet, op.name, op.address, { formula: op.formula, ...(op.result === undefined ? {} : { result: op.result }) }, {
        ...(op.numFmt ? { numFmt: op.numFmt } : {}),
        ...(op.style ? { style: op.style } : {}),
      });
    else if (op.kind === 'clear') clearRange(wb, op);
  }
  for (const op of plan.operations) if (op.kind === 'formula' && op.address) extend(extents, op.sheet, op.address);
  widenPrintAreas(wb, extents);
  for (const op of plan.operations) if (op.kind === 'sheet') finishSheet(wb, op);
  const edits = printEdits(wb, plan);
  wb.calcProperties.fullCalcOnLoad = true;
  // stored, not deflated: editPackage compresses every part once as it writes the package
  return editPackage(new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })), edits);
}
