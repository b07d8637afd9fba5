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
import { TEMPLATE_CONTRACTS, isFormula, isText, templateLabels, type CellValue, type FillPlan, type TableOperation, type TemplateContract } from '../../report';
import { DEFAULT_LIMITS, excelText, excelValue, rowBatches, type BatchLimits } from './batches';
import { buildSheetsFromContract } from './buildSheets';
import { addCoverageChart, addScenarioChart } from './charts';
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

/** Decides, sheet by sheet, whether the template may be (re)written; deletes the sheets it replaces. */
async function clearTargets(context: Excel.RequestContext, contract: TemplateContract, owned: Ownership, options: ExcelWriterOptions): Promise<boolean> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const replace: Excel.Worksheet[] = [];
  for (const s of contract.sheets) {
    const ws = context.workbook.worksheets.getItemOrNullObject(s.name);
    ws.load(['id', 'name']);
    await context.sync();
    if (ws.isNullObject) continue;
    const mine = owned[s.name];
    const untouched = mine !== undefined && mine.id === ws.id && mine.hash === (await sheetHash(context, ws, limits.maxCells));
    if (!untouched && !(await options.confirmReplace(s.name))) return false;
    replace.push(ws);
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

function writeNamedValue(context: Excel.RequestContext, name: string, value: CellValue): void {
  const range = context.workbook.names.getItem(name).getRange();
  if (value !== null && isText(value)) {
    range.numberFormat = [['@']];
    range.values = [[excelText(value.text)]];
  } else range.values = [[value === null ? '' : value]];
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
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (!(await clearTargets(context, contract, owned, options))) {
    report.skipped.push({ workbook: plan.workbook, reason: 'kept the existing sheets (replacement declined)' });
    return 0;
  }
  const canInsert = supported(options, '1.13');
  const base64 = options.templates[plan.template];
  if (canInsert && base64) {
    context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: contract.sheets.map((s) => s.name), positionType: Excel.WorksheetPositionType.end });
  } else {
    const rowsByTable = new Map(plan.operations.flatMap((o) => (o.kind === 'table' ? [[o.table, o.rows.length] as [string, number]] : [])));
    buildSheetsFromContract(context, contract, rowsByTable);
  }
  await context.sync();
  options.onProgress?.(`${plan.fileName}: sheets ready`);

  let batches = 0;
  for (const op of plan.operations) {
    if (op.kind === 'cell') writeNamedValue(context, op.name, op.value);
    else if (op.kind === 'label') {
      const range = context.workbook.worksheets.getItem(op.sheet).getRange(op.address);
      range.numberFormat = [['@']];
      range.values = [[excelText(op.text)]];
    } else if (op.kind === 'formula') {
      const range = op.name ? context.workbook.names.getItem(op.name).getRange() : context.workbook.worksheets.getItem(op.sheet).getRange(op.address);
      range.formulas = [[op.formula]];
    }
  }
  await context.sync();
  for (const op of plan.operations) {
    if (op.kind !== 'table') continue;
    batches += await fillTable(context, op, canInsert && base64 !== undefined, limits);
    options.onProgress?.(`${plan.fileName}: ${op.table} (${op.rows.length} rows)`);
  }

  const titles = templateLabels(plan.locale ?? 'en').charts;
  for (const s of contract.sheets) {
    const ws = context.workbook.worksheets.getItem(s.name);
    if (s.tables.some((t) => t.name === 'CoverageTable')) addCoverageChart(ws, ws.tables.getItem('CoverageTable'), titles.coverage);
    if (s.tables.some((t) => t.name === 'ScenarioTable')) addScenarioChart(ws, ws.tables.getItem('ScenarioTable'), titles);
  }
  await context.sync();

  for (const s of contract.sheets) {
    const ws = context.workbook.worksheets.getItem(s.name);
    ws.load('id');
    await context.sync();
    owned[s.name] = { id: ws.id, hash: await sheetHash(context, ws, limits.maxCells), template: plan.template };
    report.written.push(s.name);
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

