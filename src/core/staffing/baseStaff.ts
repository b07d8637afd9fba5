import { agentsRequired } from '../queueing';
import { invalid, success, type Result } from '../result';
import { intervalMetrics } from './intervalMetrics';
import type { IntervalForecast, IntervalStaffing, ServiceObjective } from './types';
import { intervalLabel, validateForecast } from './validateForecast';

/**
 * Base staff per interval (planning step 4): in every interval the smallest
 * whole number of agents whose SL meets the target (and whose occupancy stays
 * within the cap), by Erlang C or, with a patience, Erlang A; with the traffic,
 * SL, ASA, abandonment and occupancy that staffing gives.
 *
 * @returns one row per interval, or a failure naming the interval.
 * @example baseStaff([{ calls: 100, ahtSeconds: 180 }], { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 })
 *   //=> success([{ agents: 14, serviceLevel: 0.888…, … }])
 */
export function baseStaff(forecast: readonly IntervalForecast[], objective: ServiceObjective): Result<IntervalStaffing[]> {
  const v = validateForecast(forecast, objective);
  if (!v.ok) return v;
  const out: IntervalStaffing[] = [];
  for (let i = 0; i < forecast.length; i++) {
    const f = forecast[i];
    const label = intervalLabel(f, i);
    const n = agentsRequired({ ...objective, calls: f.calls, ahtSeconds: f.ahtSeconds });
    if (!n.ok) return { ...n, message: `${label}: ${n.message}` };
    if (!Number.isFinite(n.value)) return invalid(`${label}: agent count is not finite`);
    out.push(intervalMetrics(f, n.value, objective, label));
  }
  return success(out);
}

/** Agent-hours of a staffing: Σ agents × interval length. */
export function agentHours(rows: readonly IntervalStaffing[], intervalMinutes: number): number {
  return rows.reduce((s, r) => s + r.agents, 0) * (intervalMinutes / 60);
}

/**
 * Call-weighted service level over a period: Σ calls·SL ÷ Σ calls (1 when no calls).
 *
 * @example periodServiceLevel([{ calls: 100, serviceLevel: 0.9 }, { calls: 300, serviceLevel: 0.7 }]) //=> 0.75
 */
export function periodServiceLevel(rows: readonly Pick<IntervalStaffing, 'calls' | 'serviceLevel'>[]): number {
  const calls = rows.reduce((s, r) => s + r.calls, 0);
  return calls > 0 ? rows.reduce((s, r) => s + r.calls * r.serviceLevel, 0) / calls : 1;
}
