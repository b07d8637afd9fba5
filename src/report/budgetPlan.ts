/**
 * Fill plan of one budget workbook (budget-<scenario>.xlsx from budget.xlsx):
 * the scenario's factors and committed service as results, the rates as
 * inputs (named cells every cost formula reads), CostTable with the month
 * drivers as values and every cost as a live formula, and under the months
 * the year's rows — flows summed, stocks at their maximum — as formulas.
 * Each formula carries the engine's figure as its cached result where the
 * engine gives one; the notes sheet says what the plan rests on.
 */
import { COST_CATEGORIES, COST_RATE_FIELDS, MONTH_DRIVER_FIELDS, categoryCellName } from '../core/cost';
import type { PlanResult, ScenarioResult } from '../core/plan/planResult';
import { budgetFormulas } from './budgetFormulas';
import { budgetPromiseBlock } from './budgetPromiseBlock';
import { capacityOperations } from './capacityPlan';
import { chartFormats, monthlyCostChart, planCostChart } from './charts';
import { num, text, type CellValue, type FillOperation, type FillPlan } from './fillPlan';
import { labelOperations, sheetOperations } from './labelOperations';
import { notesOperation } from './notesPlan';
import { localDateTime, namedCell, namedCellFormat, planFormat, type PlanFormatContext } from './planFormats';
import { tableOperation } from './tableOperation';
import { BUDGET_SHEET, BUDGET_TEMPLATE_MONTHS, COST_TABLE, COST_TABLE_COLUMNS, PLANS_TABLE, budgetTotalRows, columnLetter } from './templateContract';
import { type TemplateLabels, templateLabelsEn } from './templateLabels';

/** Workbook name of a scenario's budget: 'budget-high'. Ids are reduced to [a-z0-9-]. */
export const budgetWorkbookName = (scenarioId: string): `budget-${string}` =>
  `budget-${scenarioId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;

export interface BudgetPlanOptions {
  readonly locale?: FillPlan['locale'];
  /** IANA time zone of the run time shown (the runtime's own when absent) */
  readonly timeZone?: string;
}

const columnOf = (key: string): string => columnLetter(COST_TABLE_COLUMNS.findIndex((c) => c.key === key) + 1);

/** PlansTable (every plan's committed SL and cost, this one's live) and the budget's two charts under the year rows (`rowsEnd`). */
function planComparison(result: PlanResult, scenario: ScenarioResult, rowsEnd: number, ctx: PlanFormatContext): FillOperation[] {
  const f = chartFormats(ctx);
  return [
    tableOperation('budget', PLANS_TABLE, result.scenarios.map((s) => ({ scenario: s, own: s.id === scenario.id })), ctx),
    monthlyCostChart(scenario.drivers.months.length, rowsEnd, ctx.labels.charts, f),
    planCostChart('budget', result.scenarios.length, ctx.labels.charts, f, rowsEnd),
  ];
}

export function buildBudgetPlan(result: PlanResult, scenario: ScenarioResult, labels: TemplateLabels = templateLabelsEn, options: BudgetPlanOptions = {}): FillPlan {
  const scenarioName = labels.scenario(scenario);
  const costs = scenario.costs;
  const months = scenario.drivers.months;
  const ctx: PlanFormatContext = { currency: costs.currency || result.currency, labels };
  const f = budgetFormulas(months.length);
  const cellOp = (name: string, value: CellValue): FillOperation => namedCell('budget', name, value, ctx);

  // engine figures per column key, to store as cached results
  const monthFigures = months.map((m, i) => {
    const c = costs.months[i];
    const fig: Record<string, number | string> = { seats: c.seats, total_cost: c.total, cost_per_call: c.costPerCall ?? '' };
    for (const cat of COST_CATEGORIES) fig[categoryCellName(cat.id)] = c.byCategory[cat.id];
    for (const d of MONTH_DRIVER_FIELDS) fig[d.name] = m[d.key];
    return fig;
  });
  // the year's figures the engine gives (the others are left to the spreadsheet: the engine reports no yearly maximum)
  const sumFigures: Record<string, number | string> = {
    total_cost: costs.total.total,
    cost_per_call: costs.total.costPerCall ?? '',
    paid_hours: costs.total.paidHours,
    calls: costs.total.calls,
    handled_minutes: costs.total.handledMinutes,
  };
  for (const cat of COST_CATEGORIES) sumFigures[categoryCellName(cat.id)] = costs.total.byCategory[cat.id];

  const yearRow = (row: number, caption: string, formulas: Readonly<Record<string, string>>, figures: Readonly<Record<string, number | string>>): FillOperation[] => [
    { kind: 'label', sheet: BUDGET_SHEET, address: `A${row}`, text: caption, style: 'total' },
    ...COST_TABLE_COLUMNS.slice(1).map((c): FillOperation => {
      const fx = formulas[c.key];
      const numFmt = planFormat(c.numFmt, ctx) ?? c.numFmt;
      const at = `${columnOf(c.key)}${row}`;
      if (!fx) return { kind: 'label', sheet: BUDGET_SHEET, address: at, text: '', style: 'total' };
      return {
        kind: 'formula',
        sheet: BUDGET_SHEET,
        address: at,
        formula: fx,
        ...(figures[c.key] === undefined ? {} : { result: figures[c.key] }),
        ...(numFmt ? { numFmt } : {}),
        style: 'total',
      };
    }),
  ];
  const template = budgetTotalRows(BUDGET_TEMPLATE_MONTHS);
  const lastColumn = columnLetter(COST_TABLE_COLUMNS.length);
  // the template's year rows, when this plan's table ends elsewhere
  const clear: FillOperation[] =
    f.at.sum === template.sum ? [] : [{ kind: 'clear', sheet: BUDGET_SHEET, range: `A${Math.min(template.sum, f.at.sum)}:${lastColumn}${Math.max(template.max, f.at.max)}` }];

  const named = (name: string, formula: string, result: number | string): FillOperation => {
    const numFmt = namedCellFormat('budget', name, ctx);
    return { kind: 'formula', sheet: BUDGET_SHEET, name, formula, result, ...(numFmt ? { numFmt } : {}) };
  };

  const operations: FillOperation[] = [
    ...labelOperations('budget', labels),
    cellOp('BudgetTitle', text(labels.budgetTitle(scenarioName, result.centre))),
    cellOp('Centre', text(result.centre)),
    cellOp('Scenario', text(scenarioName)),
    cellOp('Currency', text(ctx.currency)),
    cellOp('VolumeFactor', num(scenario.volumeFactor)),
    cellOp('SlTarget', num(scenario.slTarget)),
    cellOp('TargetSeconds', num(scenario.targetSeconds)),
    cellOp('AhtFactor', num(scenario.ahtFactor)),
    cellOp('ShrinkageFactor', num(scenario.shrinkageFactor)),
    cellOp('RunAt', localDateTime(result.runAt, options.timeZone)),
    ...COST_RATE_FIELDS.map((r) => cellOp(r.name, num(result.rates[r.key]))),
    cellOp('CommittedServiceLevel', num(scenario.commitment.serviceLevel)),
    cellOp('CommittedAsa', num(scenario.commitment.asaSeconds)),
    cellOp('CommittedAbandonRate', num(scenario.commitment.abandonRate)),
    cellOp('CommittedOccupancy', num(scenario.commitment.occupancy)),
    ...budgetPromiseBlock(scenario, ctx),
    ...clear,
    tableOperation('budget', COST_TABLE, months.map((drivers, i) => ({ drivers, formulas: f.rows[i], figures: monthFigures[i] })), ctx),
    ...yearRow(f.at.sum, labels.yearSum, f.sumRow, sumFigures),
    ...yearRow(f.at.max, labels.yearMax, f.maxRow, {}),
    named('TotalCost', f.named.TotalCost, costs.total.total),
    named('CostPerCall', f.named.CostPerCall, costs.total.costPerCall ?? ''),
    named('CostPerHandledMinute', f.named.CostPerHandledMinute, costs.total.costPerHandledMinute ?? ''),
    named('LabourShare', f.named.LabourShare, costs.total.labourShare ?? ''),
    ...capacityOperations(result, scenario.id, ctx),
    ...planComparison(result, scenario, f.at.max, ctx),
    notesOperation('budget', result, ctx, { scenario, ...(options.timeZone ? { timeZone: options.timeZone } : {}) }),
    ...sheetOperations('budget', labels),
  ];
  return {
    workbook: budgetWorkbookName(scenario.id),
    template: 'budget',
    fileName: `${budgetWorkbookName(scenario.id)}.xlsx`,
    ...(options.locale ? { locale: options.locale } : {}),
    operations,
  };
}
