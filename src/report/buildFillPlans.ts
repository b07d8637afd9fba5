import type { PlanResult } from '../core/plan/planResult';
import { buildBudgetPlan } from './budgetPlan';
import type { FillPlan } from './fillPlan';
import { buildForecastPlan } from './forecastPlan';
import { buildSchedulePlan } from './schedulePlan';

/**
 * Every fill plan of a plan: forecast, schedule, then one budget per scenario
 * (in the result's order, e.g. budget-high, budget-mid, budget-low). Pure.
 *
 * @example buildFillPlans(result).map((p) => p.fileName)
 *   //=> ['forecast.xlsx', 'schedule.xlsx', 'budget-high.xlsx', 'budget-mid.xlsx', 'budget-low.xlsx']
 */
export function buildFillPlans(result: PlanResult): FillPlan[] {
  return [buildForecastPlan(result), buildSchedulePlan(result), ...result.scenarios.map((s) => buildBudgetPlan(result, s))];
}
