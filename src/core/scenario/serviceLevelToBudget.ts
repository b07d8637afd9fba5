import { invalid, success, type Result } from '../result';
import type { CostOfServiceLevel } from './budgetToServiceLevel';
import { badCost, costFailedAt } from './messages';
import { slTargetProblem } from './slTargetProblem';

/**
 * The budget a given SL objective needs: the plan's cost at that target (a
 * thin, checked call of the cost function; 100% is refused as unreachable).
 *
 * @returns { slTarget, budget } in the cost function's currency
 * @example serviceLevelToBudget((sl) => success(1000 * sl), 0.8) //=> success({ slTarget: 0.8, budget: 800 })
 */
export function serviceLevelToBudget(
  costOf: CostOfServiceLevel,
  slTarget: number,
): Result<{ readonly slTarget: number; readonly budget: number }> {
  const p = slTargetProblem(slTarget);
  if (p) return invalid(p);
  const r = costOf(slTarget);
  if (!r.ok) return { ...r, message: costFailedAt(slTarget, r.message) };
  if (!(typeof r.value === 'number' && Number.isFinite(r.value) && r.value >= 0)) return invalid(badCost(slTarget, r.value));
  return success({ slTarget, budget: r.value });
}
