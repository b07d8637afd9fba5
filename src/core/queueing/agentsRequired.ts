import { reason } from '../failureReasons';
import { type Result, failure, success } from '../result';
import { queueBoundsFailure } from './bounds';
import { erlangAMetrics } from './erlangA';
import { inverseErlangB } from './erlangB';
import { trafficErlangs } from './traffic';

/** The staffing question for one interval. */
export interface StaffingQuestion {
  /** calls offered in the interval (≥ 0) */
  calls: number;
  /** average handle time, seconds (> 0) */
  ahtSeconds: number;
  /** service-level target as a fraction, 0 < target < 1 */
  slTarget: number;
  /** answer-time target, seconds (≥ 0) */
  targetSeconds: number;
  /** interval length, minutes */
  intervalMinutes: number;
  /** optional occupancy cap, fraction in (0, 1] */
  maxOccupancy?: number;
  /** mean caller patience, seconds: when given, Erlang A is used */
  patienceSeconds?: number;
}

/** No realistic answer lies beyond this many agents. */
export const AGENTS_SEARCH_LIMIT = 10_000_000;

/**
 * Smallest whole number of agents whose service level reaches `slTarget`
 * (and whose occupancy stays within `maxOccupancy` when set): Erlang C, or
 * Erlang A when a patience is given. 0 calls need 0 agents. Failures carry
 * their reason: the shared bounds (bounds.ts), an SL target no staffing
 * reaches, or an occupancy cap needing more than AGENTS_SEARCH_LIMIT agents.
 *
 * The cap alone needs ⌈A / cap⌉ agents (occupancy A/N; with abandonment
 * occupancy is lower, so the Erlang A search may end below it).
 * Erlang C: the Erlang B recurrence is run once up to ⌊A⌋ + 1 and then
 * continued one agent at a time, each candidate costing O(1).
 * Erlang A: SL and occupancy are monotone in N; the search starts at the
 * Erlang C answer and closes a bracket by secant steps (erlangASearch).
 *
 * @example agentsRequired({ calls: 2000, ahtSeconds: 210, slTarget: 0.8,
 *   targetSeconds: 20, intervalMinutes: 30 }) //=> success(243)
 */
export function agentsRequired(q: StaffingQuestion): Result<number> {
  if (q.calls <= 0) return success(0);
  const bounds = queueBoundsFailure(q.calls, q.ahtSeconds, q.intervalMinutes, q.patienceSeconds);
  if (bounds) return bounds;
  const unreachableSl = () => failure('no-answer', reason('unreachableSl', { slTarget: q.slTarget, seconds: q.targetSeconds }));
  if (q.slTarget >= 1) return unreachableSl();
  const traffic = trafficErlangs(q.calls, q.ahtSeconds, q.intervalMinutes);
  const cap = q.maxOccupancy ?? 1;
  const capAgents = agentsForOccupancy(traffic, cap);
  if (capAgents > AGENTS_SEARCH_LIMIT) {
    return failure('no-answer', reason('unreachableOccupancy', { maxOccupancy: cap, agents: capAgents, max: AGENTS_SEARCH_LIMIT }));
  }
  const slAgents = erlangCAgents(q, traffic);
  if (slAgents === undefined) return unreachableSl();
  if (q.patienceSeconds === undefined) return success(Math.max(slAgents, capAgents));
  const found = erlangASearch(q, q.patienceSeconds, traffic, cap, Math.max(slAgents, capAgents));
  return found === undefined ? unreachableSl() : success(found);
}

/** Smallest N with traffic / N ≤ cap (the occupancy test used everywhere here). */
function agentsForOccupancy(traffic: number, cap: number): number {
  let agents = Math.max(1, Math.ceil(traffic / cap));
  while (traffic / agents > cap) agents += 1;
  while (agents > 1 && traffic / (agents - 1) <= cap) agents -= 1;
  return agents;
}

/** Erlang C agents for the SL alone, or undefined beyond the search limit. */
function erlangCAgents(q: StaffingQuestion, traffic: number): number | undefined {
  const allowedLate = 1 - q.slTarget;
  let agents = Math.floor(traffic) + 1;
  let inverseB = inverseErlangB(traffic, agents);
  const perAgent = 1 / traffic;
  // SL ≥ target ⇔ C·e^{−(N−A)t/h} ≤ 1 − target, with C = N / (A + (N − A)·y):
  // no division, and the exponential advances by one factor per agent.
  const decayPerAgent = Math.exp(-q.targetSeconds / q.ahtSeconds);
  let decay = Math.exp(-((agents - traffic) * q.targetSeconds) / q.ahtSeconds);
  while (agents <= AGENTS_SEARCH_LIMIT) {
    if (agents * decay <= allowedLate * (traffic + (agents - traffic) * inverseB)) return agents;
    agents += 1;
    inverseB = 1 + agents * perAgent * inverseB;
    decay *= decayPerAgent;
  }
  return undefined;
}

/**
 * Erlang A: the smallest N meeting both SL and cap, from a `guess` (the Erlang
 * C answer, usually a few agents above). Each candidate is scored
 * s(N) = min(SL − target, cap − occupancy), increasing in N, met when ≥ 0.
 * The guess and its neighbour give a secant; later steps interpolate inside
 * the bracket [last failing, first meeting], falling back to halving when the
 * bracket shrinks too slowly. N < ⌊target·A⌋ always fails (abandonment caps
 * throughput at N/h, so SL ≤ N/A). Typically 3–5 Erlang A evaluations.
 */
function erlangASearch(q: StaffingQuestion, patienceSeconds: number, traffic: number, cap: number, guess: number): number | undefined {
  const input = {
    calls: q.calls, ahtSeconds: q.ahtSeconds, agents: 0, patienceSeconds,
    intervalMinutes: q.intervalMinutes, targetSeconds: q.targetSeconds,
  };
  const score = (agents: number): number => {
    input.agents = agents;
    const m = erlangAMetrics(input);
    return Math.min(m.serviceLevel - q.slTarget, cap - m.occupancy);
  };
  let lo = Math.max(-1, Math.floor(q.slTarget * traffic) - 1); // fails (or −1: nothing below 0)
  let loScore = Number.NaN; // unknown until evaluated
  let hi = Infinity;
  let hiScore = Number.NaN;
  let n = Math.max(lo + 1, guess);
  let previous = -1;
  let previousScore = Number.NaN;
  for (;;) {
    if (n > AGENTS_SEARCH_LIMIT) return undefined;
    const s = score(n);
    const width = hi - lo;
    if (s >= 0) {
      hi = n;
      hiScore = s;
    } else {
      lo = n;
      loScore = s;
    }
    if (hi - lo <= 1) return hi;
    let next: number;
    if (!Number.isNaN(loScore) && !Number.isNaN(hiScore)) {
      // Inside a bracket: interpolate; halve when the last step kept most of it.
      const crossing = lo + ((hi - lo) * -loScore) / (hiScore - loScore);
      next = hi - lo < 0.6 * width ? Math.ceil(crossing) : Math.floor((lo + hi) / 2);
    } else if (previous < 0) {
      next = s >= 0 ? n - 1 : n + 1; // the guess's neighbour: done if the guess was right
    } else {
      // One side only: extrapolate the secant through the last two points (at least one step).
      const slope = (s - previousScore) / (n - previous);
      const step = slope > 0 ? Math.ceil(Math.abs(s) / slope) : 1;
      next = s >= 0 ? n - Math.max(1, step) : n + Math.max(1, 2 * step);
    }
    previous = n;
    previousScore = s;
    n = Math.min(Math.max(next, lo + 1), hi === Infinity ? next : hi - 1);
  }
}
