import { reason } from '../failureReasons';
import { type Result, failure, success } from '../result';
import { queueBoundsFailure } from './bounds';
import { type ErlangAInput, type ErlangAMetrics, erlangAMetrics } from './erlangA';
import { inverseErlangB } from './erlangB';
import { erlangC } from './erlangC';
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
  /** optional cap on the share of offered calls that abandon, fraction in (0, 1) (Erlang A: needs a patience) */
  maxAbandon?: number;
}

/** No realistic answer lies beyond this many agents. */
export const AGENTS_SEARCH_LIMIT = 10_000_000;

/**
 * Smallest whole number of agents whose service level reaches `slTarget`
 * (and whose occupancy stays within `maxOccupancy` when set): Erlang C, or
 * Erlang A when a patience is given. 0 calls need 0 agents. Failures carry
 * their reason: the shared bounds (bounds.ts), an SL target no staffing
 * reaches, or an occupancy cap needing more than AGENTS_SEARCH_LIMIT agents.
 * With `maxAbandon` (Erlang A only) the share that abandons must stay within it too.
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
  if (bounds !== undefined) return bounds;
  if (q.slTarget >= 1) return unreachableSl(q);
  const traffic = trafficErlangs(q.calls, q.ahtSeconds, q.intervalMinutes);
  const cap = q.maxOccupancy ?? 1;
  const capAgents = cap < 1 ? agentsForOccupancy(traffic, cap) : Math.floor(traffic) + 1;
  if (capAgents > AGENTS_SEARCH_LIMIT) {
    return failure('no-answer', reason('unreachableOccupancy', { maxOccupancy: cap, agents: capAgents, max: AGENTS_SEARCH_LIMIT }));
  }
  const slAgents = erlangCAgents(q, traffic);
  if (slAgents < 0) return unreachableSl(q);
  if (q.patienceSeconds === undefined) {
    if (q.maxAbandon !== undefined) return failure('invalid', reason('abandonNeedsPatience', {}));
    return success(slAgents > capAgents ? slAgents : capAgents);
  }
  const found = erlangASearch(q, q.patienceSeconds, traffic, cap, Math.max(slAgents, capAgents));
  if (found >= 0) return success(found);
  return q.maxAbandon === undefined ? unreachableSl(q) : failure('no-answer', reason('unreachableAbandon', { maxAbandon: q.maxAbandon }));
}

function unreachableSl(q: StaffingQuestion): Result<number> {
  return failure('no-answer', reason('unreachableSl', { slTarget: q.slTarget, seconds: q.targetSeconds }));
}

/**
 * Smallest N with traffic / N ≤ cap (the occupancy test used everywhere here);
 * beyond the search limit, ⌈traffic / cap⌉ as it is (where N + 1 may equal N).
 */
function agentsForOccupancy(traffic: number, cap: number): number {
  let agents = Math.max(1, Math.ceil(traffic / cap));
  if (agents > AGENTS_SEARCH_LIMIT) return agents;
  while (traffic / agents > cap) agents += 1;
  while (agents > 1 && traffic / (agents - 1) <= cap) agents -= 1;
  return agents;
}

/** Erlang C agents for the SL alone (always more than the traffic), or −1 beyond the search limit. */
function erlangCAgents(q: StaffingQuestion, traffic: number): number {
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
  return -1;
}

/**
 * The score is convex in N near the answer, so a secant from above falls
 * short; its step is stretched (and the Erlang C slope hint more: abandonment
 * steepens the late share's fall), so a step usually brackets the answer.
 * Tuned on the year benchmark (≈3.5 evaluations with patience 120 s, 4.8 at
 * 30 s); any value only changes the count of steps, never the answer.
 */
const HINT_STRETCH = 1.5;
const SECANT_STRETCH = 1.2;

/**
 * Erlang A: the smallest N meeting the SL (and the caps, when given), from a
 * `guess` (the Erlang C answer, usually a few agents above). A candidate's
 * score is ln((1 − target)/(1 − SL)), and with a cap also ln(cap/occupancy),
 * the smaller of the two: increasing in N, nearly linear (the late share
 * decays about geometrically with N), met when ≥ 0. The guess and its
 * neighbour give a secant; until the answer is bracketed the step at least
 * doubles, then interpolation inside [last failing, first meeting], halving
 * when a step keeps most of the bracket. N < ⌊target·A⌋ always fails
 * (abandonment caps throughput at N/h, so SL ≤ N/A). Typically 3–5 Erlang A
 * evaluations (the bisection it replaces took ≈7); never more than about twice log2 of the distance. −1 beyond the search limit.
 */
function erlangASearch(q: StaffingQuestion, patienceSeconds: number, traffic: number, cap: number, guess: number): number {
  const input: ErlangAInput = {
    calls: q.calls, ahtSeconds: q.ahtSeconds, agents: 0, patienceSeconds,
    intervalMinutes: q.intervalMinutes, targetSeconds: q.targetSeconds,
  };
  const allowedLate = Math.log(1 - q.slTarget);
  const logCap = q.maxOccupancy === undefined ? Infinity : Math.log(cap);
  const logAbandon = q.maxAbandon === undefined ? Infinity : Math.log(q.maxAbandon);
  const capped = logCap !== Infinity;
  let lo = Math.max(-1, Math.floor(q.slTarget * traffic) - 1); // fails (or −1: nothing below 0)
  let loScore = Number.NaN; // unknown until evaluated
  let hi = Infinity;
  let hiScore = Number.NaN;
  let n = Math.max(lo + 1, guess);
  let previous = Number.NaN;
  let previousScore = Number.NaN;
  // The first step's slope: the Erlang C late share's, per agent at the guess (abandonment
  // changes it little); later steps use the secant of the Erlang A scores.
  let stride = 0;
  let oneSided = 0;
  const slopeHint = n - 1 > traffic ? logLateC(traffic, n - 1, q) - logLateC(traffic, n, q) : 0;
  for (;;) {
    if (n > AGENTS_SEARCH_LIMIT) return -1;
    input.agents = n;
    const metrics = erlangAMetrics(input);
    const s = score(metrics, allowedLate, logCap, logAbandon);
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
      const crossing = lo + ((hi - lo) * -loScore) / (hiScore - loScore);
      next = hi - lo < 0.6 * width ? Math.ceil(crossing) : Math.floor((lo + hi) / 2);
    } else {
      // One side only: the stretched secant's step (the first from the Erlang C hint);
      // doubling after three one-sided steps, or when the secant is flat or undefined.
      const slope = (s - previousScore) / (n - previous);
      oneSided += 1;
      if (stride === 0) {
        // the abandonment cap binding: its log falls about as fast as the wait probability's (t = 0)
        const abandonBinds = s === logAbandon - Math.log(Math.max(metrics.abandonProbability, Number.MIN_VALUE));
        const hint = abandonBinds ? (n - 1 > traffic ? logWaitC(traffic, n - 1) - logWaitC(traffic, n) : 0) : capped ? 0 : slopeHint;
        stride = hint > 0 ? Math.floor((HINT_STRETCH * Math.abs(s)) / hint) + 1 : 1;
      }
      else if (slope > 0 && oneSided <= 3) stride = Math.ceil((SECANT_STRETCH * Math.abs(s)) / slope);
      else stride *= 2;
      next = s >= 0 ? n - stride : n + stride;
    }
    previous = n;
    previousScore = s;
    n = Math.min(Math.max(next, lo + 1), hi === Infinity ? next : hi - 1);
  }
}

/**
 * A candidate's score: ln((1 − target)/(1 − SL)), and the smaller with
 * ln(cap/occupancy) under an occupancy cap and ln(maxAbandon/abandonment)
 * under an abandonment cap (each increasing in N, so their minimum is too).
 */
function score(m: ErlangAMetrics, allowedLate: number, logCap: number, logAbandon: number): number {
  const sl = allowedLate - Math.log(Math.max(1 - m.serviceLevel, Number.MIN_VALUE));
  const occupancy = logCap === Infinity ? Infinity : logCap - Math.log(Math.max(m.occupancy, Number.MIN_VALUE));
  const abandon = logAbandon === Infinity ? Infinity : logAbandon - Math.log(Math.max(m.abandonProbability, Number.MIN_VALUE));
  return Math.min(sl, occupancy, abandon);
}

/** ln of the Erlang C wait probability, for N > A. */
function logWaitC(traffic: number, agents: number): number {
  return Math.log(Math.max(erlangC(traffic, agents), Number.MIN_VALUE));
}

/** ln of the Erlang C late share, ln(C·e^{−(N−A)t/h}), for N > A. */
function logLateC(traffic: number, agents: number, q: StaffingQuestion): number {
  return Math.log(Math.max(erlangC(traffic, agents), Number.MIN_VALUE)) - ((agents - traffic) * q.targetSeconds) / q.ahtSeconds;
}
