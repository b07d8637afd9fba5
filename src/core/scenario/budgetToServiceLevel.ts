import { type Note, note } from '../notes/note';
import { noAnswerNote } from '../notes/noAnswerNote';
import { invalid, success, type Result } from '../result';
import { badBudget, badCost, costFailedAt } from './messages';
import { slGrid } from './slGrid';
import type { BudgetServiceLevel, SlGridOptions } from './types';

/** The cost of a plan whose objective is `slTarget` (same currency and horizon as the budget). */
export type CostOfServiceLevel = (slTarget: number) => Result<number>;

/**
 * The finance question of step 9: the best SL objective a budget buys — the
 * highest SL target on the grid (default 0.50 … 0.99 by 0.01, see `slGrid`)
 * whose cost ≤ budget, with its cost and the cost of the next step up
 * (> budget), or `maxReached` when even the grid's top fits.
 *
 * Search: bisection on the grid, keeping "lo fits, hi does not"; then the
 * neighbour above `hi` is checked, and if a non-monotone cost lets it fit the
 * search resumes above it. Costs are memoised; `evaluations` counts calls.
 * A decrease of cost between evaluated points is reported in `notes`.
 * Cost is monotone in theory (more SL, more agents), so in practice this
 * costs about log2(grid) + 3 evaluations.
 *
 * @param costOf the plan's cost at an SL target (e.g. the chain to costs); its failures are passed on
 * @param budget currency units, > 0
 * @param currency the budget's and the costs' currency (ISO 4217, e.g. "USD"): the notes name it
 * @returns the answer; `noAnswer` (with the minimum's cost) when the budget cannot buy the grid's minimum
 * @example budgetToServiceLevel((sl) => success(1000 * sl), 850, 'USD') //=> success({ slTarget: 0.85, cost: 850, next: { slTarget: 0.86, cost: 860 }, … })
 */
export function budgetToServiceLevel(
  costOf: CostOfServiceLevel,
  budget: number,
  currency: string,
  options: SlGridOptions = {},
): Result<BudgetServiceLevel> {
  if (!(typeof budget === 'number' && Number.isFinite(budget) && budget > 0)) return invalid(badBudget(budget));
  const g = slGrid(options);
  if (!g.ok) return g;
  const grid = g.value;

  const memo = new Map<number, number>();
  /** Whether grid step k fits the budget (its cost memoised), or the cost function's failure. */
  const fits = (k: number): Result<boolean> => {
    const known = memo.get(k);
    if (known !== undefined) return success(known <= budget);
    const r = costOf(grid[k]);
    if (!r.ok) return { ...r, message: costFailedAt(grid[k], r.message) };
    if (!(typeof r.value === 'number' && Number.isFinite(r.value) && r.value >= 0)) return invalid(badCost(grid[k], r.value));
    memo.set(k, r.value);
    return success(r.value <= budget);
  };

  const last = grid.length - 1;
  const f0 = fits(0);
  if (!f0.ok) return f0;
  if (!f0.value) return noAnswerNote(note('budget.belowMinimum', { currency, budget, slTarget: grid[0], cost: memo.get(0) as number }));

  // invariant: lo fits; hi does not, or hi = last + 1 ("beyond the grid")
  let lo = 0;
  let hi = last + 1;
  for (;;) {
    const top = fits(last);
    if (!top.ok) return top;
    if (top.value) lo = last;
    else hi = last;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const f = fits(mid);
      if (!f.ok) return f;
      if (f.value) lo = mid;
      else hi = mid;
    }
    // verify the neighbour above the first step that does not fit: if it fits, cost is not monotone here; search above it
    if (hi + 1 > last) break;
    const above = fits(hi + 1);
    if (!above.ok) return above;
    if (!above.value) break;
    lo = hi + 1;
    hi = last + 1;
  }

  const notes: Note[] = [];
  const seen = [...memo.keys()].sort((a, b) => a - b);
  for (let i = 1; i < seen.length; i++) {
    const [a, b] = [seen[i - 1], seen[i]];
    const [ca, cb] = [memo.get(a) as number, memo.get(b) as number];
    if (cb < ca) notes.push(note('budget.nonMonotone', { currency, lowSl: grid[a], lowCost: ca, highSl: grid[b], highCost: cb }));
  }
  const maxReached = lo === last;
  return success({
    budget,
    slTarget: grid[lo],
    cost: memo.get(lo) as number,
    next: maxReached ? null : { slTarget: grid[lo + 1], cost: memo.get(lo + 1) as number },
    maxReached,
    evaluations: memo.size,
    notes,
  });
}
