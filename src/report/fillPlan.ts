/**
 * Fill plans: what to write where, as plain data. `src/report` computes them
 * once from a `PlanResult`; both executors (src/workbook/file with exceljs,
 * src/workbook/excel with Office.js) carry them out, so the two outputs
 * cannot drift apart. No I/O here.
 *
 * Values: a number, a boolean, null (leave empty), text marked `{ text }`,
 * or a formula marked `{ formula }`. Text is always written as text — an
 * executor never turns a `{ text: '=1+1' }` into a formula — and formulas are
 * only ever built by this module, never taken from imported data.
 */

import type { Locale } from '../i18n/locale';

/** The three templates in `templates/`. */
export type TemplateName = 'forecast' | 'schedule' | 'budget';

/** Output workbooks: forecast, schedule, and one budget per scenario ('budget-high', …). */
export type WorkbookName = 'forecast' | 'schedule' | `budget-${string}`;

/** A string to be written as text, never interpreted (no formula, no number, no date). */
export interface TextValue {
  readonly text: string;
}

/** A live formula (leading '='; A1 references and defined names) and, optionally, the engine's value of it. */
export interface FormulaValue {
  readonly formula: string;
  /** what the engine computed; stored as the cached result so viewers that do not recalculate still show it */
  readonly result?: number | string;
}

export type CellValue = number | boolean | null | TextValue;
export type TableCellValue = CellValue | FormulaValue;

/**
 * Rows of an Excel table (a ListObject), replacing the table's body. `columns`
 * are the contract's header texts, checked against the template; `captions`
 * (same length) are the header texts to show instead, in the plan's language
 * — the table's name and column order never change.
 */
export interface TableOperation {
  readonly kind: 'table';
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly captions?: readonly string[];
  readonly rows: readonly (readonly TableCellValue[])[];
  /**
   * Number formats of data cells that depend on the plan (its currency, its
   * language's month format): 0-based `column`, and `row` (0-based data row)
   * or every data row when absent. Other cells keep the template's format.
   */
  readonly formats?: readonly CellFormat[];
}

/** A number format for one table column (every data row) or one cell of it. */
export interface CellFormat {
  readonly column: number;
  readonly row?: number;
  readonly numFmt: string;
}

/**
 * The looks a fill plan may give a cell it writes outside the template's own
 * styling (e.g. the budget's total rows when the table has other than 12
 * months). Their fonts and fills are in cellStyles.ts, shared by the template
 * builder and both executors.
 */
export type CellStyleName = 'input' | 'result' | 'formula' | 'total' | 'note';

/** A visible word of the template (title, heading, caption, unit) written as text at a sheet address, in the plan's language. */
export interface LabelOperation {
  readonly kind: 'label';
  readonly sheet: string;
  readonly address: string;
  readonly text: string;
  readonly style?: CellStyleName;
}

/** A value into a named cell (a workbook-scoped defined name of one cell). */
export interface CellOperation {
  readonly kind: 'cell';
  readonly name: string;
  readonly value: CellValue;
  /** number format to give the cell (money in the plan's currency, a date-time) */
  readonly numFmt?: string;
}

/** A formula into a named cell or a sheet address. */
export interface FormulaOperation {
  readonly kind: 'formula';
  readonly sheet: string;
  /** A1 address of one cell (when `name` is absent) */
  readonly address?: string;
  readonly name?: string;
  readonly formula: string;
  readonly result?: number | string;
  readonly numFmt?: string;
  readonly style?: CellStyleName;
}

/** Empties a range (values and looks): template rows a shorter table no longer reaches. */
export interface ClearOperation {
  readonly kind: 'clear';
  readonly sheet: string;
  /** A1 range, e.g. 'A33:S34' */
  readonly range: string;
}

/**
 * The finishing of a sheet, after everything else is written: its page
 * footer, its protection (no password: only unlocked — input — cells are
 * editable until the user lifts it) and the name it shows in the plan's
 * language (the contract's name until then, so every other operation can
 * find it).
 */
export interface SheetOperation {
  readonly kind: 'sheet';
  readonly sheet: string;
  readonly caption: string;
  /** Excel header/footer codes, e.g. '&LBudget&RPage &P of &N' */
  readonly footer: string;
  readonly protect: boolean;
}

// ---------------------------------------------------------------- charts (built in charts.ts)

/** Excel chart kinds used: clustered-by-stack columns (a month's categories on one column), lines over categories, XY points. */
export type ChartKind = 'stackedColumn' | 'line' | 'scatter';

/** A range of one sheet: 'A21:A32' (no sheet name, no $) on the contract's sheet. */
export interface SheetRange {
  readonly sheet: string;
  readonly range: string;
}

export interface ChartSeries {
  /** the cell holding the series' name (a table header caption, a plan's name): the legend follows it */
  readonly name: SheetRange;
  /** category labels (line, column) or x values (scatter) */
  readonly categories: SheetRange;
  readonly values: SheetRange;
}

export interface ChartAxis {
  readonly title: string;
  /** a label (and tick) every this many categories: a week of intervals is labelled once a day */
  readonly labelEvery?: number;
  /** Excel number format of the axis labels (money in the plan's currency, percentages, months) */
  readonly numFmt?: string;
}

export interface ChartOperation {
  readonly kind: 'chart';
  readonly sheet: string;
  /** the chart object's name, unique in the workbook ('NineStepMonthlyCost') */
  readonly name: string;
  readonly chart: ChartKind;
  readonly title: string;
  readonly series: readonly ChartSeries[];
  /** horizontal (categories, or x of a scatter) and vertical axes */
  readonly xAxis: ChartAxis;
  readonly yAxis: ChartAxis;
  /** the cells it covers: top-left and bottom-right (A1 addresses, inclusive) */
  readonly anchor: { readonly from: string; readonly to: string };
}

/** The paper a workbook prints on (printLayout.ts chooses it). */
export type PaperSize = 'A4' | 'Letter';

export type FillOperation = TableOperation | CellOperation | FormulaOperation | LabelOperation | ClearOperation | ChartOperation | SheetOperation;

export interface FillPlan {
  readonly workbook: WorkbookName;
  readonly template: TemplateName;
  /** file name of the output, e.g. 'budget-high.xlsx' */
  readonly fileName: string;
  /** the language of its labels (absent: English) */
  readonly locale?: Locale;
  /** the paper every sheet prints on (absent: A4); see printLayout.ts */
  readonly paper?: PaperSize;
  /** optional sheets of the template this plan leaves out (a one-queue plan has no queue sheets); see planSheets */
  readonly omitSheets?: readonly string[];
  readonly operations: readonly FillOperation[];
}

/** Marks a string as text. @example text('=SUM(A1)') //=> { text: '=SUM(A1)' } */
export const text = (s: string): TextValue => ({ text: s });

/** A formula value. @example formula('=A1*2', 4) //=> { formula: '=A1*2', result: 4 } */
export const formula = (f: string, result?: number | string): FormulaValue =>
  result === undefined ? { formula: f } : { formula: f, result };

export const isText = (v: unknown): v is TextValue =>
  typeof v === 'object' && v !== null && typeof (v as TextValue).text === 'string';

export const isFormula = (v: unknown): v is FormulaValue =>
  typeof v === 'object' && v !== null && typeof (v as FormulaValue).formula === 'string';

/** A number, or null for an undefined/non-finite figure (an empty cell rather than NaN). */
export const num = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** Strings that a spreadsheet would read as a formula when typed: they start with =, +, - or @. */
export const looksLikeFormula = (s: string): boolean => /^[=+\-@]/.test(s);
