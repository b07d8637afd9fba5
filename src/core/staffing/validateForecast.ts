import { invalid, success, type Result } from '../result';
import { isSlTarget } from './slTarget';
import type { IntervalForecast, ServiceObjective } from './types';

/** The label used for interval `i` in messages and reports. */
export const intervalLabel = (f: IntervalForecast, i: number): string => f.label ?? `interval ${i + 1}`;

/**
 * Checks a forecast and a service objective before any staffing is computed.
 *
 * @returns the inputs, or `invalid` naming the field and interval.
 * @example validateForecast([{ calls: -3, ahtSeconds: 180 }], objective)
 *   //=> invalid('interval 1: calls must be ≥ 0 (got -3)')
 */
export function validateForecast(
  forecast: readonly IntervalForecast[],
  objective: ServiceObjective,
): Result<readonly IntervalForecast[]> {
  const o = objective;
  if (!isSlTarget(o.slTarget)) return invalid(`slTarget must be a fraction between 0 and 1, exclusive (got ${o.slTarget})`);
  if (!(Number.isFinite(o.targetSeconds) && o.targetSeconds >= 0)) return invalid(`targetSeconds must be ≥ 0 (got ${o.targetSeconds})`);
  if (!(Number.isFinite(o.intervalMinutes) && o.intervalMinutes > 0)) return invalid(`intervalMinutes must be > 0 (got ${o.intervalMinutes})`);
  if (o.maxOccupancy !== undefined && !(o.maxOccupancy > 0 && o.maxOccupancy <= 1)) {
    return invalid(`maxOccupancy must be a fraction in (0, 1] (got ${o.maxOccupancy})`);
  }
  if (o.patienceSeconds !== undefined && !(Number.isFinite(o.patienceSeconds) && o.patienceSeconds > 0)) {
    return invalid(`patienceSeconds must be > 0 (got ${o.patienceSeconds})`);
  }
  for (let i = 0; i < forecast.length; i++) {
    const f = forecast[i];
    const at = intervalLabel(f, i);
    if (!(Number.isFinite(f.calls) && f.calls >= 0)) return invalid(`${at}: calls must be ≥ 0 (got ${f.calls})`);
    if (!(Number.isFinite(f.ahtSeconds) && f.ahtSeconds > 0)) return invalid(`${at}: ahtSeconds must be > 0 (got ${f.ahtSeconds})`);
  }
  return success(forecast);
}
