/**
 * The file executor: loads a template (.xlsx bytes given by the caller),
 * carries out a fill plan with exceljs and returns the new .xlsx bytes. No
 * file system access. Text is written as a string cell (never a formula);
 * formulas only come from the plan's `formula` values.
 */
import ExcelJS from 'exceljs';
import { columnLetter, isFormula, isText, type CellValue, type FillOperation, type FillPlan, type TableCellValue } from '../../report';

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
  const prev = extents.get(op.sheet) ?? { col: 1, row: 1 };
  extents.set(op.sheet, { col: Math.max(prev.col, start.col + names.length - 1), row: Math.max(prev.row, start.row + rows.length) });
}

function writeCell(wb: ExcelJS.Workbook, names: Map<string, NamedCell>, sheet: string | undefined, name: string | undefined, address: string | undefined, v: TableCellValue): void {
  let target: NamedCell | undefined;
  if (name !== undefined) {
    target = names.get(name);
    if (!target) throw new TemplateMismatchError(`the template has no named cell ${name}`);
  } else if (sheet !== undefined && address !== undefined) target = { sheet, address };
  if (!target) throw new TemplateMismatchError('a cell operation needs a name or a sheet and address');
  const ws = wb.getWorksheet(target.sheet);
  if (!ws) throw new TemplateMismatchError(`the template has no sheet ${target.sheet}`);
  setValue(ws.getCell(target.address), v);
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
  const names = namedCells(wb);
  const extents = new Map<string, { col: number; row: number }>();
  for (const op of plan.operations) {
    if (op.kind === 'table') fillTable(wb, op, extents);
    else if (op.kind === 'cell') writeCell(wb, names, undefined, op.name, undefined, op.value as CellValue);
    else if (op.kind === 'label') writeCell(wb, names, op.sheet, undefined, op.address, { text: op.text });
    else writeCell(wb, names, op.sheet, op.name, op.address, { formula: op.formula, ...(op.result === undefined ? {} : { result: op.result }) });
  }
  widenPrintAreas(wb, extents);
  wb.calcProperties.fullCalcOnLoad = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
