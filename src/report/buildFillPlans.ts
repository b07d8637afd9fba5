import type { PlanResult } from '../core/plan/planResult';
import { buildBudgetPlan } from './budgetPlan';
import type { FillPlan, PaperSize } from './fillPlan';
import { buildForecastPlan } from './forecastPlan';
import { buildSchedulePlan } from './schedulePlan';
import type { Locale } from '../i18n/locale';
import { templateLabels } from './localeLabels';
import { defaultPaper } from './printLayout';

export interface FillPlanOptions {
  /** the language of titles, headers, captions and notes (default 'en'); numbers and formulas do not change */
  readonly locale?: Locale;
  /** IANA time zone the run time is shown in (default: the runtime's own, the planner's local time) */
  readonly timeZone?: string;
  /** the paper every sheet prints on (default: Letter for a US, Canadian, … centre by its currency, A4 otherwise; printLayout.ts) */
  readonly paper?: PaperSize;
}

/**
 * Every fill plan of a plan: forecast, schedule, then one budget per scenario
 * (in the result's order, e.g. budget-high, budget-mid, budget-low). Pure.
 *
 * @example buildFillPlans(result).map((p) => p.fileName)
 *   //=> ['forecast.xlsx', 'schedule.xlsx', 'budget-high.xlsx', 'budget-mid.xlsx', 'budget-low.xlsx']
 */
export function buildFillPlans(result: PlanResult, options: FillPlanOptions = {}): FillPlan[] {
  const locale = options.locale ?? 'en';
  const labels = templateLabels(locale);
  const o = { locale, ...(options.timeZone ? { timeZone: options.timeZone } : {}) };
  const paper = options.paper ?? defaultPaper(result.currency);
  return [
    buildForecastPlan(result, labels, o),
    buildSchedulePlan(result, labels, o),
    ...result.scenarios.map((s) => buildBudgetPlan(result, s, labels, o)),
  ].map((p) => ({ ...p, paper }));
}
