/**
 * The workbooks' native charts, as data: a chart names its type, its title
 * and axis titles in the plan's language, and its series as sheet ranges of
 * cells the same fill plan writes — so a chart stays live on its cells
 * (change a budget rate and the cost columns move). Both executors draw them
 * from these specs: src/workbook/file writes the DrawingML parts,
 * src/workbook/excel calls worksheet.charts.add with the same ranges.
 *
 * Ranges use the contract's sheet names (an executor quotes the name the
 * sheet finally shows). A chart sits below or beside its table, never over
 * data, and prints on a page of its own (see printLayout.ts). The spec types
 * (ChartOperation) live with the other operations in fillPlan.ts.
 */
import { categoryCellName, COST_CATEGORIES } from '../core/cost';
import type { ChartOperation, ChartSeries, SheetRange } from './fillPlan';
import type { PlanFormatContext } from './planFormats';
import type { ChartLabels } from './templateLabels';
import { BUDGET_SHEET, COST_TABLE, COST_TABLE_COLUMNS, COVERAGE_TABLE, FMT, MONTHLY_TABLE, PLANS_TABLE, SCENARIO_TABLE, columnLetter, moneyFormat } from './templateContract';

/** Rows a chart is tall (about 11 cm at 15 pt rows): half a printed page or more, its labels legible. */
const CHART_ROWS = 28;

/** The budget's charts span A…F (about 16 cm at the template's widths): one printed page wide even at full size on A4 or Letter landscape. */
const BUDGET_CHART_RIGHT = 'F';

/** A table's column by its contract header, as a letter. */
const letterOf = (table: { readonly name: string; readonly firstColumn: number; readonly columns: readonly { readonly header: string }[] }, header: string): string => {
  const i = table.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`table ${table.name} has no column ${header}`);
  return columnLetter(table.firstColumn + i);
};

/** Data rows (1-based, inclusive) of a table holding `rows` rows; an empty table keeps its one blank row. */
const dataRows = (table: { headerRow: number }, rows: number): { first: number; last: number } => ({ first: table.headerRow + 1, last: table.headerRow + Math.max(1, rows) });

const columnRange = (sheet: string, letter: string, rows: { first: number; last: number }): SheetRange => ({ sheet, range: `${letter}${rows.first}:${letter}${rows.last}` });
const headerCell = (sheet: string, table: { headerRow: number }, letter: string): SheetRange => ({ sheet, range: `${letter}${table.headerRow}` });

/** Formats the axes show (the plan's own: currency, month format). */
export interface ChartFormats {
  readonly money0: string;
  readonly month: string;
  readonly percent: string;
  readonly currency: string;
}

/** The axes' formats of a plan. */
export const chartFormats = (ctx: PlanFormatContext): ChartFormats => ({
  money0: moneyFormat(FMT.money0, ctx.currency),
  month: ctx.labels.formats.month,
  percent: '0%',
  currency: ctx.currency,
});

/**
 * Forecast sheet: calls by month, the history's line then the forecast's, over
 * MonthlyTable (`months` rows); beside the table, below the frozen rows.
 */
export function monthlyCallsChart(months: number, labels: ChartLabels, f: ChartFormats): ChartOperation {
  const sheet = 'Forecast';
  const rows = dataRows(MONTHLY_TABLE, months);
  const month = letterOf(MONTHLY_TABLE, 'Month');
  const series = ['History (calls)', 'Forecast (calls)'].map((h): ChartSeries => {
    const c = letterOf(MONTHLY_TABLE, h);
    return { name: headerCell(sheet, MONTHLY_TABLE, c), categories: columnRange(sheet, month, rows), values: columnRange(sheet, c, rows) };
  });
  const top = MONTHLY_TABLE.headerRow + 1;
  return {
    kind: 'chart',
    sheet,
    name: 'NineStepMonthlyCalls',
    chart: 'line',
    title: labels.monthlyCalls,
    series,
    xAxis: { title: labels.month, numFmt: f.month },
    yAxis: { title: labels.calls, numFmt: '#,##0' },
    anchor: { from: `M${top}`, to: `V${top + CHART_ROWS}` },
  };
}

/**
 * A scatter of each plan's yearly cost (y) against its committed SL (x), one
 * series a plan so the legend names it; from ScenarioTable (forecast) or
 * PlansTable (budget), `plans` rows. Below the forecast's table; beside the
 * budget's blocks, under its year rows.
 */
export function planCostChart(where: 'forecast' | 'budget', plans: number, labels: ChartLabels, f: ChartFormats, budgetRowsEnd = 0): ChartOperation {
  const table = where === 'forecast' ? SCENARIO_TABLE : PLANS_TABLE;
  const sheet = where === 'forecast' ? 'Scenarios' : BUDGET_SHEET;
  const [nameCol, slCol, costCol] =
    where === 'forecast'
      ? [letterOf(SCENARIO_TABLE, 'Scenario'), letterOf(SCENARIO_TABLE, 'Committed SL (%)'), letterOf(SCENARIO_TABLE, 'Total cost')]
      : [letterOf(PLANS_TABLE, 'Plan'), letterOf(PLANS_TABLE, 'Committed SL (%)'), letterOf(PLANS_TABLE, 'Total cost')];
  const rows = dataRows(table, plans);
  const series = Array.from({ length: Math.max(1, plans) }, (_, i): ChartSeries => {
    const r = rows.first + i;
    return { name: { sheet, range: `${nameCol}${r}` }, categories: { sheet, range: `${slCol}${r}` }, values: { sheet, range: `${costCol}${r}` } };
  });
  const top = where === 'forecast' ? rows.last + 2 : budgetRowsEnd + 3 + CHART_ROWS + 2;
  const [left, right] = where === 'forecast' ? ['A', 'H'] : ['A', BUDGET_CHART_RIGHT];
  return {
    kind: 'chart',
    sheet,
    name: where === 'forecast' ? 'NineStepScenarioCost' : 'NineStepPlanCost',
    chart: 'scatter',
    title: labels.scenarios,
    series,
    xAxis: { title: labels.committedSl, numFmt: f.percent },
    yAxis: { title: labels.cost(f.currency), numFmt: f.money0 },
    anchor: { from: `${left}${top}`, to: `${right}${top + CHART_ROWS}` },
  };
}

/**
 * Budget sheet: each month's cost stacked by category (Labour … Shared
 * platforms), over CostTable's month rows; under the year rows (`rowsEnd`,
 * the "Year: max" row).
 */
export function monthlyCostChart(months: number, rowsEnd: number, labels: ChartLabels, f: ChartFormats): ChartOperation {
  const sheet = BUDGET_SHEET;
  const rows = dataRows(COST_TABLE, months);
  const month = columnLetter(1);
  const series = COST_CATEGORIES.map((cat): ChartSeries => {
    const i = COST_TABLE_COLUMNS.findIndex((c) => c.key === categoryCellName(cat.id));
    const c = columnLetter(COST_TABLE.firstColumn + i);
    return { name: headerCell(sheet, COST_TABLE, c), categories: columnRange(sheet, month, rows), values: columnRange(sheet, c, rows) };
  });
  const top = rowsEnd + 3;
  return {
    kind: 'chart',
    sheet,
    name: 'NineStepMonthlyCost',
    chart: 'stackedColumn',
    title: labels.monthlyCost,
    series,
    xAxis: { title: labels.month, numFmt: f.month },
    yAxis: { title: labels.cost(f.currency), numFmt: f.money0 },
    anchor: { from: `A${top}`, to: `${BUDGET_CHART_RIGHT}${top + CHART_ROWS}` },
  };
}

/**
 * Schedule sheet: agents required (after shrinkage) and scheduled per
 * interval, over CoverageTable (one row an open interval of `coverage`),
 * labelled by weekday once a day; beside the table, below the frozen rows.
 */
export function coverageChart(coverage: readonly { readonly date: string }[], labels: ChartLabels): ChartOperation {
  const sheet = 'Schedule';
  const rows = dataRows(COVERAGE_TABLE, coverage.length);
  const weekday = letterOf(COVERAGE_TABLE, 'Weekday');
  const series = ['Required (agents)', 'Scheduled (agents)'].map((h): ChartSeries => {
    const c = letterOf(COVERAGE_TABLE, h);
    return { name: headerCell(sheet, COVERAGE_TABLE, c), categories: columnRange(sheet, weekday, rows), values: columnRange(sheet, c, rows) };
  });
  const days = new Set(coverage.map((c) => c.date)).size;
  const top = COVERAGE_TABLE.headerRow + 1;
  return {
    kind: 'chart',
    sheet,
    name: 'NineStepCoverage',
    chart: 'line',
    title: labels.coverage,
    series,
    // one label a day, at its first interval (two-level weekday/time labels crowd a week of intervals into an unreadable band)
    xAxis: { title: labels.interval, labelEvery: Math.max(1, Math.round(coverage.length / Math.max(1, days))) },
    yAxis: { title: labels.agents, numFmt: '#,##0' },
    // ten default-width columns: one portrait page wide at the sheet's scale
    anchor: { from: `J${top}`, to: `S${top + CHART_ROWS}` },
  };
}
