/**
 * The one place that picks the queueing model for a queue's metrics: Erlang A when the
 * objective has a mean caller patience, Erlang C otherwise (planning guide, step 4).
 * Units: calls per interval, seconds, minutes.
 */
import { erlangAMetrics } from '../queueing/erlangA';
import { erlangCMetrics } from '../queueing/erlangCMetrics';
import { trafficErlangs } from '../queueing/traffic';
import type { ServiceObjective } from './types';

/** The model a queue is computed by, as the plan reports it. */
export type QueueModel = 'Erlang C' | 'Erlang A';

/** @example queueModel(undefined) //=> 'Erlang C' */
export const queueModel = (patienceSeconds: number | undefined): QueueModel => (patienceSeconds === undefined ? 'Erlang C' : 'Erlang A');

/** What `agents` give a queue: offered load (Erlangs), SL, ASA (null when unstable), abandonment and occupancy (fractions). */
export interface QueueMetrics {
  readonly traffic: number;
  readonly serviceLevel: number;
  readonly asaSeconds: number | null;
  readonly abandonRate: number;
  readonly occupancy: number;
}

/**
 * SL, ASA, abandonment and occupancy of `agents` answering `calls` of `ahtSeconds`, by the
 * objective's model (`queueModel`). Erlang C has no abandonment (0); an unstable Erlang C
 * queue (agents ≤ traffic) reports SL 0, occupancy 1 and ASA null.
 *
 * @example queueMetrics(100, 180, 14, { targetSeconds: 20, intervalMinutes: 30 })
 *   //=> { traffic: 10, serviceLevel: 0.88835…, asaSeconds: 7.836…, abandonRate: 0, occupancy: 0.714… }
 */
export function queueMetrics(
  calls: number,
  ahtSeconds: number,
  agents: number,
  objective: Pick<ServiceObjective, 'targetSeconds' | 'intervalMinutes' | 'patienceSeconds'>,
): QueueMetrics {
  const { targetSeconds, intervalMinutes, patienceSeconds } = objective;
  const traffic = trafficErlangs(calls, ahtSeconds, intervalMinutes);
  const m =
    patienceSeconds !== undefined
      ? erlangAMetrics({ calls, ahtSeconds, agents, patienceSeconds, intervalMinutes, targetSeconds })
      : { ...erlangCMetrics(traffic, agents, ahtSeconds, targetSeconds), abandonProbability: 0 };
  return {
    traffic,
    serviceLevel: m.serviceLevel,
    asaSeconds: Number.isFinite(m.asaSeconds) ? m.asaSeconds : null,
    abandonRate: m.abandonProbability,
    occupancy: m.occupancy,
  };
}
