/**
 * Fill plan of one budget workbook (budget-<scenario>.xlsx from budget.xlsx):
 * assumptions, rates and committed service as named cells; CostTable with
 * the month drivers as values and every cost as a live formula; the horizon
 * row and the cost ratios as formulas. Each formula carries the engine's
 * figure as its cached result.
 */
import { COST_CATEGORIES, COST_RATE_FIELDS, MONTH_DRIVER_FIELDS, categoryCellName } from '../core/cost';
import type { PlanResult, ScenarioResult } from '../core/plan/planResult';
import { budgetFormulas } from './budgetFormulas';
import { num, text, type CellValue, type FillOperation, type FillPlan } from './fillPlan';
import { labelOperations } from './labelOperations';
import { tableOperation } from './tableOperation';
import { BUDGET_SHEET, BUDGET_TOTAL_ROW, COST_TABLE, COST_TABLE_COLUMNS, columnLetter } from './templateContract';
import { type TemplateLabels, templateLabelsEn } from './templateLabels';

/** Workbook name of a scenario's budget: 'budget-high'. Ids are reduced to [a-z0-9-]. */
export const budgetWorkbookName = (scenarioId: string): `budget-${string}` =>
  `budget-${scenarioId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;

export function buildBudgetPlan(
  result: PlanResult,
  scenario: ScenarioResult,
  labels: TemplateLabels = templateLabelsEn,
  locale?: FillPlan['locale'],
): FillPlan {
  const scenarioName = labels.scenario(scenario);
  const costs = scenario.costs;
  const months = scenario.drivers.months;
  const f = budgetFormulas(months.length);
  const cellOp = (name: string, value: CellValue): FillOperation => ({ kind: 'cell', name, value });

  // engine figures per column key, to store as cached results
  const monthFigures = months.map((m, i) => {
    const c = costs.months[i];
    const fig: Record<string, number | string> = { seats: c.seats, total_cost: c.total, cost_per_call: c.costPerCall ?? '' };
    for (const cat of COST_CATEGORIES) fig[categoryCellName(cat.id)] = c.byCategory[cat.id];
    for (const d of MONTH_DRIVER_FIELDS) fig[d.name] = m[d.key];
    return fig;
  });
  const totalFigures: Record<string, number | string> = { total_cost: costs.total.total, cost_per_call: costs.total.costPerCall ?? '' };
  for (const cat of COST_CATEGORIES) totalFigures[categoryCellName(cat.id)] = costs.total.byCategory[cat.id];
  for (const d of MONTH_DRIVER_FIELDS) totalFigures[d.name] = months.reduce((s, m) => s + m[d.key], 0);
  totalFigures.seats = costs.months.reduce((s, m) => s + m.seats, 0);


  const operations: FillOperation[] = [
    ...labelOperations('budget', labels),
    cellOp('BudgetTitle', text(labels.budgetTitle(scenarioName, result.centre))),
    cellOp('Centre', text(result.centre)),
    cellOp('Scenario', text(scenarioName)),
    cellOp('Currency', text(costs.currency || result.currency)),
    cellOp('VolumeFactor', num(scenario.volumeFactor)),
    cellOp('SlTarget', num(scenario.slTarget)),
    cellOp('TargetSeconds', num(scenario.targetSeconds)),
    cellOp('AhtFactor', num(scenario.ahtFactor)),
    cellOp('ShrinkageFactor', num(scenario.shrinkageFactor)),
    cellOp('RunAt', text(result.runAt)),
    ...COST_RATE_FIELDS.map((r) => cellOp(r.name, num(result.rates[r.key]))),
    cellOp('CommittedServiceLevel', num(scenario.commitment.serviceLevel)),
    cellOp('CommittedAsa', num(scenario.commitment.asaSeconds)),
    cellOp('CommittedAbandonRate', num(scenario.commitment.abandonRate)),
    cellOp('CommittedOccupancy', num(scenario.commitment.occupancy)),
    tableOperation('budget', COST_TABLE, months.map((drivers, i) => ({ drivers, formulas: f.rows[i], figures: monthFigures[i] })), labels),
    ...Object.entries(f.totalRow).map(([key, fx]): FillOperation => ({
      kind: 'formula',
      sheet: BUDGET_SHEET,
      address: `${columnLetter(COST_TABLE_COLUMNS.findIndex((c) => c.key === key) + 1)}${BUDGET_TOTAL_ROW}`,
      formula: fx,
      result: totalFigures[key],
    })),
    { kind: 'formula', sheet: BUDGET_SHEET, name: 'TotalCost', formula: f.named.TotalCost, result: costs.total.total },
    { kind: 'formula', sheet: BUDGET_SHEET, name: 'CostPerCall', formula: f.named.CostPerCall, result: costs.total.costPerCall ?? '' },
    { kind: 'formula', sheet: BUDGET_SHEET, name: 'CostPerHandledMinute', formula: f.named.CostPerHandledMinute, result: costs.total.costPerHandledMinute ?? '' },
    { kind: 'formula', sheet: BUDGET_SHEET, name: 'LabourShare', formula: f.named.LabourShare, result: costs.total.labourShare ?? '' },
  ];
  return {
    workbook: budgetWorkbookName(scenario.id),
    template: 'budget',
    fileName: `${budgetWorkbookName(scenario.id)}.xlsx`,
    ...(locale ? { locale } : {}),
    operations,
  };
}
