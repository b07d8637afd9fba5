import { erlangC } from './erlangC';

/** What an interval's callers get from a given staffing, by Erlang C (M/M/N). */
export interface QueueMetrics {
  /** probability that a call waits at all */
  waitProbability: number;
  /** fraction of offered calls answered within the target time */
  serviceLevel: number;
  /** average speed of answer, seconds (over answered calls); Infinity when the queue is unstable */
  asaSeconds: number;
  /** fraction of agents' time busy with calls */
  occupancy: number;
}

/**
 * Erlang C service level, ASA and occupancy (planning guide, step 4):
 * `SL = 1 − Pw·exp(−(N − A)·t/h)`, `ASA = Pw·h/(N − A)`, occupancy `A/N`.
 * With N ≤ A the queue grows without limit: SL 0, ASA Infinity, occupancy 1.
 *
 * @param traffic offered load, Erlangs
 * @param agents agents on the phones (whole, ≥ 0)
 * @param ahtSeconds average handle time h, seconds (> 0)
 * @param targetSeconds answer-time target t, seconds (≥ 0)
 * @example erlangCMetrics(10, 14, 180, 20).serviceLevel //=> 0.88835…
 */
export function erlangCMetrics(
  traffic: number,
  agents: number,
  ahtSeconds: number,
  targetSeconds: number,
): QueueMetrics {
  if (traffic <= 0) return { waitProbability: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0 };
  if (agents <= traffic) return { waitProbability: 1, serviceLevel: 0, asaSeconds: Infinity, occupancy: 1 };
  const wait = erlangC(traffic, agents);
  const spare = agents - traffic;
  return {
    waitProbability: wait,
    serviceLevel: 1 - wait * Math.exp((-spare * targetSeconds) / ahtSeconds),
    asaSeconds: (wait * ahtSeconds) / spare,
    occupancy: traffic / agents,
  };
}
