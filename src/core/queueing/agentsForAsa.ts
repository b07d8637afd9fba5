import { reason } from '../failureReasons';
import { type Result, failure, success } from '../result';
import { queueBoundsFailure } from './bounds';
import { AGENTS_SEARCH_LIMIT } from './agentsRequired';
import { erlangAMetrics } from './erlangA';
import { inverseErlangB } from './erlangB';
import { trafficErlangs } from './traffic';

/** The staffing question for an average-speed-of-answer target (AGENTS_ASA). */
export interface AsaQuestion {
  /** calls offered in the interval (≥ 0) */
  calls: number;
  /** average handle time, seconds (> 0) */
  ahtSeconds: number;
  /** the ASA that must not be exceeded, seconds (> 0) */
  asaTargetSeconds: number;
  /** interval length, minutes */
  intervalMinutes: number;
  /** mean caller patience, seconds: when given, Erlang A is used */
  patienceSeconds?: number;
}

/**
 * Smallest whole number of agents whose ASA is at most the target: Erlang C
 * (ASA = Pw·h/(N − A), defined for N > A), or Erlang A with a patience (ASA of
 * answered calls, any N). ASA falls with every added agent in both models.
 * 0 calls need 0 agents.
 *
 * @example agentsForAsa({ calls: 100, ahtSeconds: 180, asaTargetSeconds: 10, intervalMinutes: 30 }) //=> success(14)
 *   (14 agents give ASA 7.84 s, 13 give 17.6 s)
 */
export function agentsForAsa(q: AsaQuestion): Result<number> {
  if (q.calls <= 0) return success(0);
  const bounds = queueBoundsFailure(q.calls, q.ahtSeconds, q.intervalMinutes, q.patienceSeconds);
  if (bounds !== undefined) return bounds;
  const traffic = trafficErlangs(q.calls, q.ahtSeconds, q.intervalMinutes);
  const erlangCAnswer = erlangCAsaAgents(traffic, q.ahtSeconds, q.asaTargetSeconds);
  if (erlangCAnswer < 0) return failure('no-answer', reason('unreachableAsa', { seconds: q.asaTargetSeconds }));
  const patience = q.patienceSeconds;
  if (patience === undefined) return success(erlangCAnswer);
  // Abandonment only shortens the waits of those who stay, so Erlang A's ASA at the
  // Erlang C answer is within the target: the answer lies in [1, erlangCAnswer].
  const score = (agents: number) =>
    Math.log(q.asaTargetSeconds) -
    Math.log(Math.max(Number.MIN_VALUE, erlangAMetrics({
      calls: q.calls, ahtSeconds: q.ahtSeconds, agents, patienceSeconds: patience, intervalMinutes: q.intervalMinutes, targetSeconds: 0,
    }).asaSeconds));
  return success(downwardSearch(score, erlangCAnswer));
}

/** Secant steps on ln ASA overshoot by this factor so that a step usually brackets the answer. */
const STEP_STRETCH = 1.2;

/**
 * The smallest N in [1, hi] whose `score` (increasing in N) is ≥ 0, given that
 * hi meets: stretched secant steps downward from hi until a candidate fails,
 * then regula falsi inside the bracket with bisection when it stalls.
 * Evaluations far below the load are the costly ones in Erlang A, so the search
 * stays near the answer instead of halving [1, hi].
 */
function downwardSearch(score: (agents: number) => number, hi: number): number {
  let hiScore = score(hi);
  let lo = 0; // 0 agents answer nothing: fails
  let loScore = Number.NaN;
  let n = hi - 1;
  let previous = hi;
  let previousScore = hiScore;
  while (hi - lo > 1) {
    const s = n >= 1 ? score(n) : -Infinity;
    const width = hi - lo;
    if (s >= 0) {
      hi = n;
      hiScore = s;
    } else {
      lo = n;
      loScore = s;
    }
    if (hi - lo <= 1) break;
    if (Number.isNaN(loScore)) {
      const slope = (previousScore - s) / (previous - n);
      const step = slope > 0 ? Math.ceil((STEP_STRETCH * s) / slope) : 2 * (previous - n);
      previous = n;
      previousScore = s;
      n = Math.max(lo + 1, n - Math.max(step, 1));
    } else {
      const crossing = lo + ((hi - lo) * -loScore) / (hiScore - loScore);
      n = hi - lo < 0.6 * width && Number.isFinite(crossing) ? Math.ceil(crossing) : Math.floor((lo + hi) / 2);
      n = Math.min(Math.max(n, lo + 1), hi - 1);
    }
  }
  return hi;
}

/**
 * Erlang C: the smallest N > A with ASA = C·h/(N − A) ≤ target, one agent at
 * a time from ⌊A⌋ + 1 with the Erlang B recurrence in inverse form,
 * 1/B(N) = 1 + (N/A)·1/B(N − 1), and C = N / (A + (N − A)/B): O(1) per
 * candidate. −1 beyond AGENTS_SEARCH_LIMIT.
 */
function erlangCAsaAgents(traffic: number, ahtSeconds: number, asaTargetSeconds: number): number {
  let agents = Math.floor(traffic) + 1;
  let inverseB = inverseErlangB(traffic, agents);
  while (agents <= AGENTS_SEARCH_LIMIT) {
    const spare = agents - traffic;
    // ASA ≤ t ⇔ N·h ≤ t·(N − A)·(A + (N − A)/B), no division
    if (agents * ahtSeconds <= asaTargetSeconds * spare * (traffic + spare * inverseB)) return agents;
    agents += 1;
    inverseB = 1 + (agents / traffic) * inverseB;
  }
  return -1;
}
