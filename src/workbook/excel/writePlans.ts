/**
 * The Office.js executor: writes fill plans into the open workbook.
 *
 * Forecast and schedule plans: their template sheets are inserted
 * (`insertWorksheetsFromBase64`, ExcelApi 1.13) or, on older hosts, built
 * through the API from the contract; tables are resized and filled in
 * batches that respect Excel on the web's request limits; charts are added.
 * Budget plans each open as a new workbook (`Excel.createWorkbook`, 1.8)
 * from bytes the caller renders (e.g. with the file executor).
 *
 * A sheet is replaced silently only when NineStep wrote it and nobody has
 * changed it since (see ownership.ts); otherwise `confirmReplace` is asked,
 * and a refusal skips that template. Text is written with number format '@'
 * (and an apostrophe when it would read as a formula): never as a formula.
 */
import {
  CELL_LOOKS,
  TEMPLATE_CONTRACTS,
  planSheets,
  isFormula,
  isText,
  type CellStyleName,
  type CellValue,
  type FillPlan,
  type SheetOperation,
  type TableOperation,
  type TemplateContract,
} from '../../report';
import { DEFAULT_LIMITS, excelText, excelValue, rowBatches, type BatchLimits } from './batches';
import { buildSheetsFromContract } from './buildSheets';
import { addChart } from './charts';
import { applyPrintSetup } from './printSetup';
import { readOwnership, sheetHash, writeOwnership, type Ownership } from './ownership';

export interface ExcelWriterOptions {
  /** each template's .xlsx as base64 (templates/forecast.xlsx, …) */
  readonly templates: Readonly<Partial<Record<'forecast' | 'schedule' | 'budget', string>>>;
  /** asked before replacing a sheet NineStep did not write or that was edited since; false keeps it */
  readonly confirmReplace: (sheetName: string) => Promise<boolean>;
  /** renders a budget plan to a filled .xlsx as base64 (e.g. applyFillPlan + base64); without it budgets are not opened */
  readonly renderBudget?: (plan: FillPlan) => Promise<string>;
  readonly limits?: BatchLimits;
  /** requirement-set check; defaults to Office.context.requirements.isSetSupported */
  readonly isSetSupported?: (set: string, version: string) => boolean;
  readonly onProgress?: (message: string) => void;
}

export interface ExcelWriteReport {
  /** sheets written in the open workbook */
  readonly written: string[];
  /** templates not written, with the reason */
  readonly skipped: { readonly workbook: string; readonly reason: string }[];
  readonly budgetsOpened: string[];
  /** context.sync() calls that carried table rows */
  readonly batches: number;
}

const supported = (options: ExcelWriterOptions, version: string): boolean =>
  options.isSetSupported ? options.isSetSupported('ExcelApi', version) : Office.context.requirements.isSetSupported('ExcelApi', version);

/** The name a plan's sheet shows once written (its caption in the plan's language), by the contract's name. */
const shownName = (plan: FillPlan, sheet: string): string =>
  plan.operations.find((o): o is SheetOperation => o.kind === 'sheet' && o.sheet === sheet)?.caption ?? sheet;

/**
 * Decides, sheet by sheet, whether the template may be (re)written; deletes the sheets it replaces (under the contract's
 * name or the one it shows), the sheets the plan omits included: a queue sheet of an earlier several-queue run goes too.
 */
async function clearTargets(context: Excel.RequestContext, contract: TemplateContract, owned: Ownership, options: ExcelWriterOptions, plan: FillPlan): Promise<boolean> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const replace: Excel.Worksheet[] = [];
  for (const s of contract.sheets) {
    const candidates = [...new Set([s.name, shownName(plan, s.name), owned[s.name]?.shown].filter((n): n is string => Boolean(n)))];
    for (const name of candidates) {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      ws.load(['id', 'name']);
      await context.sync();
      if (ws.isNullObject || replace.some((r) => r.id === ws.id)) continue;
      const mine = owned[s.name];
      const untouched = mine !== undefined && mine.id === ws.id && mine.hash === (await sheetHash(context, ws, limits.maxCells));
      if (!untouched && !(await options.confirmReplace(name))) return false;
      replace.push(ws);
    }
  }
  for (const ws of replace) ws.delete();
  for (const s of contract.sheets)
    for (const c of s.cells) {
      const n = context.workbook.names.getItemOrNullObject(c.name);
      n.load('name');
      await context.sync();
      if (!n.isNullObject) n.delete();
    }
  await context.sync();
  return true;
}

function writeNamedValue(context: Excel.RequestContext, name: string, value: CellValue, numFmt?: string): void {
  const range = context.workbook.names.getItem(name).getRange();
  if (value !== null && isText(value)) {
    range.numberFormat = [['@']];
    range.values = [[excelText(value.text)]];
  } else {
    if (numFmt) range.numberFormat = [[numFmt]];
    range.values = [[value === null ? '' : value]];
  }
}

/** The look of a cell role (src/report/cellStyles.ts). */
function applyLook(range: Excel.Range, name: CellStyleName): void {
  const look = CELL_LOOKS[name];
  range.format.font.color = `#${look.font.color.slice(2)}`;
  range.format.font.bold = look.font.bold ?? false;
  range.format.font.italic = look.font.italic ?? false;
  if (look.fill) range.format.fill.color = `#${look.fill.slice(2)}`;
  range.format.protection.locked = look.locked;
}

/** Splits '&L…&C…&R…' footer codes into the three parts Office.js sets one by one. */
function footerParts(footer: string): { left: string; center: string; right: string } {
  const parts = { left: '', center: '', right: '' };
  let key: keyof typeof parts = 'center';
  for (const piece of footer.split(/(&[LCR])/)) {
    if (piece === '&L') key = 'left';
    else if (piece === '&C') key = 'center';
    else if (piece === '&R') key = 'right';
    else parts[key] += piece;
  }
  return parts;
}

/** Footer and protection (no password) of a written sheet; then it shows its caption. */
function finishSheet(context: Excel.RequestContext, op: SheetOperation): void {
  const ws = context.workbook.worksheets.getItem(op.sheet);
  const f = footerParts(op.footer);
  const pages = ws.pageLayout.headersFooters.defaultForAllPages;
  pages.leftFooter = f.left;
  pages.centerFooter = f.center;
  pages.rightFooter = f.right;
  if (op.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: true });
  if (op.caption !== op.sheet) ws.name = op.caption;
}

async function fillTable(context: Excel.RequestContext, op: TableOperation, resize: boolean, limits: BatchLimits): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(op.sheet);
  const table = sheet.tables.getItem(op.table);
  const header = table.getHeaderRowRange();
  header.load(['rowIndex', 'columnIndex', 'columnCount', 'values']);
  await context.sync();
  const names = (header.values[0] ?? []).map(String);
  if (names.length !== op.columns.length || names.some((n, i) => n !== op.columns[i])) {
    throw new Error(`table ${op.table} has columns [${names.join(', ')}], the plan writes [${op.columns.join(', ')}]`);
  }
  // captions in the plan's language: writing the header cells renames the columns; the table keeps its name
  if (op.captions && op.captions.some((c, i) => c !== names[i])) header.values = [[...op.captions]];
  const n = Math.max(1, op.rows.length);
  if (resize) table.resize(sheet.getRangeByIndexes(header.rowIndex, header.columnIndex, n + 1, header.columnCount));
  const firstRow = header.rowIndex + 1;
  let batches = 0;
  for (const [from, to] of rowBatches(op.rows, limits)) {
    const rows = op.rows.slice(from, to);
    const range = sheet.getRangeByIndexes(firstRow + from, header.columnIndex, rows.length, header.columnCount);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (isText(v)) sheet.getRangeByIndexes(firstRow + from + i, header.columnIndex + j, 1, 1).numberFormat = [['@']];
      }),
    );
    for (const f of op.formats ?? []) {
      if (f.row !== undefined) {
        if (f.row >= from && f.row < to && !isText(op.rows[f.row][f.column])) sheet.getRangeByIndexes(firstRow + f.row, header.columnIndex + f.column, 1, 1).numberFormat = [[f.numFmt]];
      } else if (rows.some((row) => !isText(row[f.column]))) {
        sheet.getRangeByIndexes(firstRow + from, header.columnIndex + f.column, rows.length, 1).numberFormat = rows.map((row) => [isText(row[f.column]) ? '@' : f.numFmt]);
      }
    }
    range.values = rows.map((row) => row.map(excelValue));
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (isFormula(v)) sheet.getRangeByIndexes(firstRow + from + i, header.columnIndex + j, 1, 1).formulas = [[v.formula]];
      }),
    );
    await context.sync();
    batches++;
  }
  return batches;
}

async function writeSheetPlan(context: Excel.RequestContext, plan: FillPlan, owned: Ownership, options: ExcelWriterOptions, report: ExcelWriteReport): Promise<number> {
  const contract = TEMPLATE_CONTRACTS[plan.template];
  const sheets = planSheets(plan);
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (!(await clearTargets(context, contract, owned, options, plan))) {
    report.skipped.push({ workbook: plan.workbook, reason: 'kept the existing sheets (replacement declined)' });
    return 0;
  }
  const canInsert = supported(options, '1.13');
  const base64 = options.templates[plan.template];
  if (canInsert && base64) {
    context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: sheets.map((s) => s.name), positionType: Excel.WorksheetPositionType.end });
  } else {
    const rowsByTable = new Map(plan.operations.flatMap((o) => (o.kind === 'table' ? [[o.table, o.rows.length] as [string, number]] : [])));
    buildSheetsFromContract(context, sheets, rowsByTable);
  }
  await context.sync();
  options.onProgress?.(`${plan.fileName}: sheets ready`);

  let batches = 0;
  for (const op of plan.operations) {
    if (op.kind === 'cell') writeNamedValue(context, op.name, op.value, op.numFmt);
    else if (op.kind === 'label') {
      const range = context.workbook.worksheets.getItem(op.sheet).getRange(op.address);
      if (op.style) applyLook(range, op.style);
      range.numberFormat = [['@']];
      range.values = [[excelText(op.text)]];
    } else if (op.kind === 'formula') {
      const range = op.name ? context.workbook.names.getItem(op.name).getRange() : context.workbook.worksheets.getItem(op.sheet).getRange(op.address);
      if (op.style) applyLook(range, op.style);
      if (op.numFmt) range.numberFormat = [[op.numFmt]];
      range.formulas = [[op.formula]];
    } else if (op.kind === 'clear') context.workbook.worksheets.getItem(op.sheet).getRange(op.range).clear();
  }
  await context.sync();
  for (const op of plan.operations) {
    if (op.kind !== 'table') continue;
    batches += await fillTable(context, op, canInsert && base64 !== undefined, limits);
    options.onProgress?.(`${plan.fileName}: ${op.table} (${op.rows.length} rows)`);
  }

  // the charts of the plan, named by their cells' texts (the captions just written)
  for (const op of plan.operations) {
    if (op.kind !== 'chart') continue;
    const ws = context.workbook.worksheets.getItem(op.sheet);
    const names = op.series.map((sr) => ws.getRange(sr.name.range).load('values'));
    await context.sync();
    addChart(context, op, names.map((r) => String(r.values[0]?.[0] ?? '')));
  }
  await context.sync();

  if (supported(options, '1.9')) for (const s of sheets) await applyPrintSetup(context, plan, s);
  for (const op of plan.operations) if (op.kind === 'sheet') finishSheet(context, op);
  await context.sync();

  for (const s of plan.omitSheets ?? []) delete owned[s];
  for (const s of sheets) {
    const shown = shownName(plan, s.name);
    const ws = context.workbook.worksheets.getItem(shown);
    ws.load('id');
    await context.sync();
    owned[s.name] = { id: ws.id, hash: await sheetHash(context, ws, limits.maxCells), template: plan.template, ...(shown === s.name ? {} : { shown }) };
    report.written.push(shown);
  }
  writeOwnership(context, owned);
  await context.sync();
  return batches;
}

/**
 * Writes plans into the workbook of `context`. Forecast/schedule plans fill
 * sheets here; budget plans open as their own workbooks.
 *
 * @example await Excel.run((ctx) => writePlansToWorkbook(ctx, buildFillPlans(result), { templates, confirmReplace }))
 */
export async function writePlansToWorkbook(context: Excel.RequestContext, plans: readonly FillPlan[], options: ExcelWriterOptions): Promise<ExcelWriteReport> {
  const report = { written: [] as string[], skipped: [] as { workbook: string; reason: string }[], budgetsOpened: [] as string[], batches: 0 };
  const owned = await readOwnership(context);
  for (const plan of plans) {
    if (plan.template === 'budget') {
      if (!options.renderBudget) {
        report.skipped.push({ workbook: plan.workbook, reason: 'no budget renderer given' });
        continue;
      }
      if (!supported(options, '1.8')) {
        report.skipped.push({ workbook: plan.workbook, reason: 'this Excel cannot open a new workbook (ExcelApi 1.8)' });
        continue;
      }
      await Excel.createWorkbook(await options.renderBudget(plan));
      report.budgetsOpened.push(plan.fileName);
      continue;
    }
    report.batches += await writeSheetPlan(context, plan, owned, options, report);
  }
  return report;
}

/** Runs `writePlansToWorkbook` in its own Excel.run batch. */
export function writePlansInExcel(plans: readonly FillPlan[], options: ExcelWriterOptions): Promise<ExcelWriteReport> {
  return Excel.run((context) => writePlansToWorkbook(context, plans, options));
}

