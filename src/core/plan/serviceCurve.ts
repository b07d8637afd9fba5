/**
 * Step 1's preview: service level and staff cost against agents for one
 * interval, so the planner sees where returns diminish (the knee). Pure.
 * Units: calls per interval, seconds, minutes, money per paid hour.
 */
import { trafficErlangs } from '../queueing/traffic';
import { type Result, invalid, success } from '../result';
import { queueMetrics } from '../staffing/queueMetrics';
import { averageHandleTime, type IntervalRecord } from '../workload/intervalRecord';

export interface ServiceCurveInput {
  calls: number;
  ahtSeconds: number;
  intervalMinutes: number;
  targetSeconds: number;
  /** Erlang A when given (mean patience, seconds); Erlang C otherwise */
  patienceSeconds?: number;
  /** agent wage per paid hour and on-cost fraction: cost per hour = agents × wage × (1 + on-cost) */
  hourlyWage: number;
  onCostRate: number;
  /** stop once SL reaches this (default 0.995) or after `maxPoints` agents (default 40) */
  stopAt?: number;
  maxPoints?: number;
}

export interface ServiceCurvePoint {
  agents: number;
  serviceLevel: number;
  /** seconds; null when the queue is unstable */
  asaSeconds: number | null;
  occupancy: number;
  costPerHour: number;
  /** SL gained by this agent over one fewer (0 for the first point) */
  gain: number;
}

/**
 * SL and cost for each whole number of agents from just above the traffic
 * until SL ≥ `stopAt`.
 *
 * @example serviceCurve({ calls: 100, ahtSeconds: 180, intervalMinutes: 30, targetSeconds: 20, hourlyWage: 20, onCostRate: 0.25 }).value[0]
 *   //=> { agents: 11, serviceLevel: 0.3896…, asaSeconds: 122.78…, occupancy: 0.909…, costPerHour: 275, gain: 0 } (traffic 10 Erlangs)
 */
export function serviceCurve(input: ServiceCurveInput): Result<ServiceCurvePoint[]> {
  const { calls, ahtSeconds, intervalMinutes } = input;
  if (!(calls > 0) || !(ahtSeconds > 0) || !(intervalMinutes > 0)) return invalid('the interval needs calls and an AHT above 0');
  const traffic = trafficErlangs(calls, ahtSeconds, intervalMinutes);
  const stopAt = input.stopAt ?? 0.995;
  const maxPoints = input.maxPoints ?? 40;
  const points: ServiceCurvePoint[] = [];
  let previous = 0;
  for (let agents = Math.max(1, Math.floor(traffic) + 1); points.length < maxPoints; agents += 1) {
    const m = queueMetrics(calls, ahtSeconds, agents, input);
    points.push({
      agents,
      serviceLevel: m.serviceLevel,
      asaSeconds: m.asaSeconds,
      occupancy: m.occupancy,
      costPerHour: agents * input.hourlyWage * (1 + input.onCostRate),
      gain: points.length === 0 ? 0 : m.serviceLevel - previous,
    });
    previous = m.serviceLevel;
    if (m.serviceLevel >= stopAt) break;
  }
  return success(points);
}

/** The history's busiest interval (most calls offered) and its AHT. */
export function busiestInterval(records: readonly IntervalRecord[]): { date: string; start: number; calls: number; ahtSeconds: number | undefined } | undefined {
  let best: IntervalRecord | undefined;
  for (const r of records) if (!best || r.offered > best.offered) best = r;
  return best && { date: best.date, start: best.start, calls: best.offered, ahtSeconds: averageHandleTime([best]) };
}
