import { type Result, noAnswer, success } from '../result';
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
 * Erlang A when a patience is given. 0 calls need 0 agents.
 *
 * Erlang C: the Erlang B recurrence is run once up to ⌊A⌋ + 1 and then
 * continued one agent at a time, each candidate costing O(1).
 * Erlang A: SL and occupancy are monotone in N, so a bisection between
 * ⌊target·A⌋ (abandonment caps throughput at N/h, so SL ≤ N/A) and a
 * doubling upper bound.
 *
 * @example agentsRequired({ calls: 2000, ahtSeconds: 210, slTarget: 0.8,
 *   targetSeconds: 20, intervalMinutes: 30 }) //=> success(243)
 */
export function agentsRequired(question: StaffingQuestion): Result<number> {
  const { calls, slTarget } = question;
  if (calls <= 0) return success(0);
  if (slTarget >= 1) return noAnswer(unreachable(question));
  return question.patienceSeconds === undefined ? erlangCAgents(question) : erlangAAgents(question);
}

function unreachable(q: StaffingQuestion): string {
  return `no agent count reaches ${formatPercent(q.slTarget)} within ${q.targetSeconds} s`;
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}

function erlangCAgents(q: StaffingQuestion): Result<number> {
  const traffic = trafficErlangs(q.calls, q.ahtSeconds, q.intervalMinutes);
  const cap = q.maxOccupancy ?? 1;
  const allowedLate = 1 - q.slTarget;
  let agents = Math.floor(traffic) + 1;
  let inverseB = inverseErlangB(traffic, agents);
  const perAgent = 1 / traffic;
  // SL ≥ target ⇔ C·e^{−(N−A)t/h} ≤ 1 − target, with C = N / (A + (N − A)·y):
  // no division, and the exponential advances by one factor per agent.
  const decayPerAgent = Math.exp(-q.targetSeconds / q.ahtSeconds);
  let decay = Math.exp(-((agents - traffic) * q.targetSeconds) / q.ahtSeconds);
  while (agents <= AGENTS_SEARCH_LIMIT) {
    if (
      agents * decay <= allowedLate * (traffic + (agents - traffic) * inverseB) &&
      traffic / agents <= cap
    ) {
      return success(agents);
    }
    agents += 1;
    inverseB = 1 + agents * perAgent * inverseB;
    decay *= decayPerAgent;
  }
  return noAnswer(unreachable(q));
}

function erlangAAgents(q: StaffingQuestion): Result<number> {
  const patienceSeconds = q.patienceSeconds as number;
  const cap = q.maxOccupancy ?? 1;
  const traffic = trafficErlangs(q.calls, q.ahtSeconds, q.intervalMinutes);
  const meets = (agents: number): boolean => {
    const m = erlangAMetrics({ ...q, agents, patienceSeconds });
    return m.serviceLevel >= q.slTarget && m.occupancy <= cap;
  };
  let low = Math.max(0, Math.floor(q.slTarget * traffic * Math.min(1, cap)) - 1);
  if (meets(low)) return success(low);
  let high = Math.max(low + 1, Math.ceil(traffic));
  while (!meets(high)) {
    low = high;
    high *= 2;
    if (high > AGENTS_SEARCH_LIMIT) return noAnswer(unreachable(q));
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (meets(middle)) high = middle;
    else low = middle;
  }
  return success(high);
}
