import { invalid, success, type Result } from '../result';
import { COST_CATEGORY_IDS, LABOUR_CATEGORY_IDS, type ByCategory, type CostCategoryId } from './costCategories';
import { type Note, note } from '../notes/note';
import { monthlyCost } from './monthlyCost';
import { costOverflow } from './messages';
import type { CostBreakdown, CostDrivers, CostRates, MonthCost } from './types';

/** Σ of the categories, added left to right in COST_CATEGORIES order (as the sheet's formula). */
const sumCategories = (b: ByCategory, ids: readonly CostCategoryId[] = COST_CATEGORY_IDS): number =>
  ids.reduce((s, id) => s + b[id], 0);

/** num ÷ den, or undefined when den is 0 (or so tiny the quotient overflows): never NaN or Infinity. */
const ratio = (num: number, den: number): number | undefined => {
  const q = den > 0 ? num / den : NaN;
  return Number.isFinite(q) ? q : undefined;
};

/**
 * Costs of a plan (planning step 8): for each month, seats and cost by
 * category (see `monthlyCost`), the month total, cost per call and per
 * handled minute; then the totals over all months (annual for 12 months) —
 * Σ per category over months, grand total = Σ of those, cost per call =
 * grand total ÷ Σ calls, cost per handled minute likewise, and the labour
 * share (labour + supervision) ÷ total (the planning guide expects ~70%).
 * Money is in `rates.currency`, unrounded. Ratios with a zero denominator
 * are `undefined`, never NaN, and a note says why.
 *
 * Inputs are trusted: the rates passed the PlanConfig schema (built from
 * COST_RATE_FIELDS, which also caps them so products stay finite) and the
 * drivers are the plan's own. The one check left is what no schema can see:
 * a total that is not a finite number.
 *
 * @returns the breakdown, or `invalid` when a cost is too large to compute.
 * @example costBreakdown({ months: [{ month: '2025-01', paidHours: 3000, calls: 20000, handledMinutes: 80000,
 *   peakScheduledAgents: 37, trunks: 45, trunkMinutes: 90000 }] }, rates)
 *   //=> success({ months: [{ seats: 41, byCategory: { labour: 78000, … }, total: 115695, costPerCall: 5.78475, … }], … })
 *   (rates: wage 20, on-cost 0.3 — the hand-worked plan in test/cost/costBreakdown.test.ts)
 */
export function costBreakdown(drivers: CostDrivers, rates: CostRates): Result<CostBreakdown> {
  const notes: Note[] = [];
  const months: MonthCost[] = drivers.months.map((m) => {
    const { seats, byCategory } = monthlyCost(m, rates);
    const total = sumCategories(byCategory);
    const costPerCall = ratio(total, m.calls);
    const costPerHandledMinute = ratio(total, m.handledMinutes);
    if (costPerCall === undefined) notes.push(note('cost.noCalls', { month: m.month }));
    if (costPerHandledMinute === undefined) notes.push(note('cost.noHandledMinutes', { month: m.month }));
    return {
      month: m.month,
      seats,
      byCategory,
      total,
      calls: m.calls,
      handledMinutes: m.handledMinutes,
      costPerCall,
      costPerHandledMinute,
    };
  });

  const byCategory = Object.fromEntries(
    COST_CATEGORY_IDS.map((id) => [id, months.reduce((s, m) => s + m.byCategory[id], 0)]),
  ) as Record<CostCategoryId, number>;
  const total = sumCategories(byCategory);
  if (!Number.isFinite(total)) {
    const month = months.find((m) => !Number.isFinite(m.total))?.month;
    return invalid(costOverflow(month ?? `the ${months.length} months`));
  }
  const calls = drivers.months.reduce((s, m) => s + m.calls, 0);
  const handledMinutes = drivers.months.reduce((s, m) => s + m.handledMinutes, 0);
  const paidHours = drivers.months.reduce((s, m) => s + m.paidHours, 0);
  const costPerCall = ratio(total, calls);
  const costPerHandledMinute = ratio(total, handledMinutes);
  const labourShare = ratio(sumCategories(byCategory, LABOUR_CATEGORY_IDS), total);
  if (months.length > 1 && costPerCall === undefined) notes.push(note('cost.noCalls', {}));
  if (months.length > 1 && costPerHandledMinute === undefined) notes.push(note('cost.noHandledMinutes', {}));
  if (labourShare === undefined) notes.push(note('cost.zeroTotal', {}));

  return success({
    currency: rates.currency,
    months,
    total: {
      months: months.length,
      byCategory,
      total,
      paidHours,
      calls,
      handledMinutes,
      costPerCall,
      costPerHandledMinute,
      labourShare,
    },
    notes,
  });
}
