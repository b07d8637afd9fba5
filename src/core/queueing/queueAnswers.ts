import { reason } from '../failureReasons';
import { type Result, failure, success } from '../result';
import { queueBoundsFailure } from './bounds';
import { type ErlangAInput, type ErlangAMetrics, erlangAMetrics } from './erlangA';
import { erlangC } from './erlangC';
import { erlangCMetrics } from './erlangCMetrics';
import { trafficErlangs } from './traffic';

/** One interval's queue with a given staffing (the arguments of SERVICE_LEVEL, ASA, OCCUPANCY…). */
export interface QueueQuestion {
  /** calls offered in the interval (≥ 0) */
  calls: number;
  /** average handle time, seconds (> 0) */
  ahtSeconds: number;
  /** agents on the phones (whole, ≥ 0) */
  agents: number;
  /** interval length, minutes (> 0) */
  intervalMinutes: number;
  /** answer-time target, seconds (≥ 0) */
  targetSeconds: number;
  /** mean caller patience, seconds: when given, Erlang A is used */
  patienceSeconds?: number;
}

/**
 * The queue's metrics by Erlang C, or Erlang A when a patience is given,
 * within the shared bounds (bounds.ts); Erlang C has no abandonment.
 *
 * @example queueMetrics({ calls: 100, ahtSeconds: 180, agents: 14, intervalMinutes: 30, targetSeconds: 20 })
 *   //=> success({ serviceLevel: 0.88835…, abandonProbability: 0, … })
 */
export function queueMetrics(q: QueueQuestion): Result<ErlangAMetrics> {
  const bounds = queueBoundsFailure(q.calls, q.ahtSeconds, q.intervalMinutes, q.patienceSeconds);
  if (bounds !== undefined) return bounds;
  if (q.patienceSeconds !== undefined) return success(erlangAMetrics(q as ErlangAInput));
  const m = erlangCMetrics(trafficErlangs(q.calls, q.ahtSeconds, q.intervalMinutes), q.agents, q.ahtSeconds, q.targetSeconds);
  return success({ waitProbability: m.waitProbability, serviceLevel: m.serviceLevel, asaSeconds: m.asaSeconds, occupancy: m.occupancy, abandonProbability: 0 });
}

/**
 * Probability that a call waits: Erlang C (1 when agents ≤ traffic), or Erlang A with a patience.
 * @example waitProbabilityOf({ calls: 100, ahtSeconds: 180, agents: 14, intervalMinutes: 30, targetSeconds: 0 }) //=> success(0.1741…)
 */
export function waitProbabilityOf(q: QueueQuestion): Result<number> {
  if (q.patienceSeconds !== undefined) {
    const m = queueMetrics(q);
    return m.ok ? success(m.value.waitProbability) : m;
  }
  const bounds = queueBoundsFailure(q.calls, q.ahtSeconds, q.intervalMinutes);
  return bounds ?? success(erlangC(trafficErlangs(q.calls, q.ahtSeconds, q.intervalMinutes), q.agents));
}

/**
 * Fraction of offered calls answered within the target (Erlang A: abandons are misses).
 * @example serviceLevelOf({ calls: 100, ahtSeconds: 180, agents: 14, intervalMinutes: 30, targetSeconds: 20 }) //=> success(0.88835…)
 */
export function serviceLevelOf(q: QueueQuestion): Result<number> {
  if (q.patienceSeconds !== undefined) {
    const m = queueMetrics(q);
    return m.ok ? success(m.value.serviceLevel) : m;
  }
  const bounds = queueBoundsFailure(q.calls, q.ahtSeconds, q.intervalMinutes);
  if (bounds !== undefined) return bounds;
  return success(erlangCMetrics(trafficErlangs(q.calls, q.ahtSeconds, q.intervalMinutes), q.agents, q.ahtSeconds, q.targetSeconds).serviceLevel);
}

/**
 * Share of offered calls that abandon (0 by Erlang C, which has no patience).
 * @example abandonRateOf({ calls: 100, ahtSeconds: 180, agents: 14, intervalMinutes: 30, targetSeconds: 0, patienceSeconds: 300 }) //=> success(0.0186…)
 */
export function abandonRateOf(q: QueueQuestion): Result<number> {
  const m = queueMetrics(q);
  return m.ok ? success(m.value.abandonProbability) : m;
}

/**
 * ASA, seconds, over answered calls; no answer when it is unbounded (Erlang C
 * with agents ≤ traffic) or undefined (0 agents, calls offered).
 * @example asaOf({ calls: 100, ahtSeconds: 180, agents: 14, intervalMinutes: 30, targetSeconds: 0 }) //=> success(7.836…)
 */
export function asaOf(q: QueueQuestion): Result<number> {
  const m = queueMetrics(q);
  if (!m.ok) return m;
  if (q.patienceSeconds !== undefined && q.calls > 0 && q.agents === 0) return failure('no-answer', reason('noAnswered', {}));
  if (m.value.asaSeconds === Infinity) {
    const traffic = trafficErlangs(q.calls, q.ahtSeconds, q.intervalMinutes);
    return failure('no-answer', reason('unstableAsa', { agents: q.agents, traffic }));
  }
  return success(m.value.asaSeconds);
}

/**
 * Occupancy, fraction of agents' time busy; no answer with 0 agents.
 * @example occupancyOf({ calls: 100, ahtSeconds: 180, agents: 14, intervalMinutes: 30, targetSeconds: 0 }) //=> success(0.714…)
 */
export function occupancyOf(q: QueueQuestion): Result<number> {
  if (q.agents === 0) {
    const bounds = queueBoundsFailure(q.calls, q.ahtSeconds, q.intervalMinutes, q.patienceSeconds);
    return bounds ?? failure('no-answer', reason('noAgentsOccupancy', {}));
  }
  const m = queueMetrics(q);
  return m.ok ? success(m.value.occupancy) : m;
}
