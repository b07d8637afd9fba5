import { inverseErlangB } from './erlangB';

/**
 * Erlang C probability that a call waits, Pw(N, A), for `agents` agents
 * offered `traffic` Erlangs; 1 when agents ≤ traffic (the queue never empties).
 *
 * From Erlang B (planning guide, step 4): `C = N·B / (N − A(1 − B))`,
 * written with y = 1/B as `C = N / (A + (N − A)·y)`, which never divides by
 * a small difference.
 *
 * @example erlangC(10, 14) //=> 0.1741319…
 */
export function erlangC(traffic: number, agents: number): number {
  if (agents <= traffic) return 1;
  return agents / (traffic + (agents - traffic) * inverseErlangB(traffic, agents));
}
