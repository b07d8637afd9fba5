import type { CostBreakdown } from '../cost/types';
import type { RosterShapeCost } from './types';

/**
 * What the roster's shape costs above the Erlang requirement. Shifts come in
 * whole lengths at set starts, so a schedule pays for more hours than the
 * requirement asks (agents ÷ (1 − shrinkage) per interval): the extra hours of
 * the solved week, their share of the requirement, and their money over the
 * budget year — the labour and supervision lines scale with paid hours
 * (monthlyCost), so the extra hours' share of paid hours is their share of those lines.
 *
 * @param week the solved week's paid hours and the hours its requirement asks to schedule
 * @param costs the scenario's budget-year breakdown
 * @example rosterShapeCost({ paidHours: 118, requiredHours: 100 }, costs)
 *   //=> { paidHours: 118, requiredHours: 100, extraHours: 18, extraShare: 0.18, extraCost: (labour + supervision) × 18 ÷ 118 }
 */
export function rosterShapeCost(week: { paidHours: number; requiredHours: number }, costs: CostBreakdown): RosterShapeCost {
  const { paidHours, requiredHours } = week;
  const extraHours = paidHours - requiredHours;
  const paidLines = costs.total.byCategory.labour + costs.total.byCategory.supervision;
  return {
    paidHours,
    requiredHours,
    extraHours,
    extraShare: requiredHours > 0 ? extraHours / requiredHours : 0,
    extraCost: paidHours > 0 ? (paidLines * extraHours) / paidHours : 0,
  };
}
