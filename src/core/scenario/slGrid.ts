import { invalid, success, type Result } from '../result';
import { badGrid } from './messages';
import { slTargetProblem } from './slTargetProblem';
import type { SlGridOptions } from './types';

/** Default SL grid of the inverse question: 50% … 99% by 1 point. */
export const DEFAULT_SL_GRID = { min: 0.5, max: 0.99, step: 0.01 } as const;

const MAX_DECIMALS = 9;
const MAX_POINTS = 100_000;

/** Decimal places of x (the fewest that print it exactly), or undefined past 9. */
const decimals = (x: number): number | undefined => {
  for (let d = 0; d <= MAX_DECIMALS; d++) if (Number(x.toFixed(d)) === x) return d;
  return undefined;
};

/**
 * The SL targets searched by `budgetToServiceLevel`: min, min + step, … up
 * to max inclusive (when max lies on the grid; else the last point below it).
 * Built from integers — k-th value = (minUnits + k × stepUnits) ÷ 10^d — so
 * every value is the exact decimal (0.81, never 0.8100000000000001).
 *
 * @returns ascending SL targets, or `invalid` naming the bad option.
 * @example slGrid({ min: 0.8, max: 0.83, step: 0.01 }) //=> success([0.8, 0.81, 0.82, 0.83])
 */
export function slGrid(options: SlGridOptions = {}): Result<number[]> {
  const min = options.min ?? DEFAULT_SL_GRID.min;
  const max = options.max ?? DEFAULT_SL_GRID.max;
  const step = options.step ?? DEFAULT_SL_GRID.step;
  for (const [field, v] of [['min', min], ['max', max]] as const) {
    const p = slTargetProblem(v, `${field}: `);
    if (p) return invalid(p);
  }
  if (!(typeof step === 'number' && Number.isFinite(step) && step > 0)) return invalid(badGrid('step', step, 'must be more than 0'));
  if (min > max) return invalid(badGrid('min', min, `must not exceed max ${max}`));
  const places = [min, max, step].map(decimals);
  if (places.some((d) => d === undefined)) {
    return invalid(badGrid('min, max and step', [min, max, step], `must be decimals with at most ${MAX_DECIMALS} places`));
  }
  const scale = 10 ** Math.max(...(places as number[]));
  const [lo, hi, st] = [min, max, step].map((x) => Math.round(x * scale));
  const count = Math.floor((hi - lo) / st) + 1;
  if (count > MAX_POINTS) return invalid(badGrid('step', step, `gives more than ${MAX_POINTS} grid points`));
  return success(Array.from({ length: count }, (_, k) => (lo + k * st) / scale));
}
