import { intervalMetrics } from '../staffing/intervalMetrics';
import type { IntervalForecast, ServiceObjective } from '../staffing/types';
import { invalid, success, type Result } from '../result';
import type { CoverageRow } from './types';

/**
 * Agents on the phones from those scheduled in an interval: ⌊scheduled × (1 − shrinkage)⌋,
 * whole agents (breaks are already out of `scheduled`; shrinkage is a fraction).
 * @example agentsOnPhones(45, 0.2) //=> 36
 */
export const agentsOnPhones = (scheduled: number, shrinkage: number): number => Math.floor(scheduled * (1 - shrinkage) + 1e-9);

/** The SL an interval gets from its scheduled staff. */
export interface IntervalServiceLevel {
  readonly day: string;
  readonly intervalStart: string;
  readonly calls: number;
  /** Agents on the phones used for the prediction (`agentsOnPhones`). */
  readonly agents: number;
  readonly serviceLevel: number;
  readonly occupancy: number;
  readonly abandonRate: number;
}

export interface DayServiceLevel {
  readonly day: string;
  readonly calls: number;
  /** Call-weighted SL of the day: Σ calls·SL ÷ Σ calls (1 with no calls). */
  readonly serviceLevel: number;
}

/**
 * The service level each interval will actually get with a schedule's
 * staffing (planning step 7), and the call-weighted SL per day, by Erlang C or
 * Erlang A (when the objective has a patience).
 *
 * @param coverage the schedule's coverage rows (agents on the phones per interval).
 * @param forecast calls and AHT per coverage row, same order and length.
 * @param shrinkage share of scheduled time lost to absence, meetings, etc. beyond
 *   the breaks already placed in the shifts (fraction, default 0).
 * @example scheduleServiceLevels(solution.coverage, forecast, { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 }).value.days[0].serviceLevel //=> 0.83…
 */
export function scheduleServiceLevels(
  coverage: readonly CoverageRow[],
  forecast: readonly IntervalForecast[],
  objective: ServiceObjective,
  shrinkage = 0,
): Result<{ intervals: IntervalServiceLevel[]; days: DayServiceLevel[] }> {
  if (forecast.length !== coverage.length) {
    return invalid(`the forecast has ${forecast.length} intervals for ${coverage.length} scheduled intervals`);
  }
  if (!(shrinkage >= 0 && shrinkage < 1)) return invalid(`shrinkage must be at least 0 and below 1 (got ${shrinkage})`);
  const intervals: IntervalServiceLevel[] = [];
  const byDay = new Map<string, { calls: number; weighted: number }>();
  for (let i = 0; i < coverage.length; i++) {
    const c = coverage[i];
    const f = forecast[i];
    const where = `${c.day} ${c.intervalStart}`;
    if (!(Number.isFinite(f.calls) && f.calls >= 0)) return invalid(`${where}: calls must be ≥ 0 (got ${f.calls})`);
    if (!(Number.isFinite(f.ahtSeconds) && f.ahtSeconds > 0)) return invalid(`${where}: ahtSeconds must be > 0 (got ${f.ahtSeconds})`);
    const agents = agentsOnPhones(c.scheduled, shrinkage);
    const m = intervalMetrics(f, agents, objective, where);
    intervals.push({
      day: c.day,
      intervalStart: c.intervalStart,
      calls: f.calls,
      agents,
      serviceLevel: m.serviceLevel,
      occupancy: m.occupancy,
      abandonRate: m.abandonRate,
    });
    const d = byDay.get(c.day) ?? { calls: 0, weighted: 0 };
    d.calls += f.calls;
    d.weighted += f.calls * m.serviceLevel;
    byDay.set(c.day, d);
  }
  const days = [...byDay.entries()].map(([day, d]) => ({ day, calls: d.calls, serviceLevel: d.calls > 0 ? d.weighted / d.calls : 1 }));
  return success({ intervals, days });
}
