import { inverseErlangB } from './erlangB';
import type { QueueMetrics } from './erlangCMetrics';
import { palmSums } from './palmSeries';

/** One interval's question for Erlang A. */
export interface ErlangAInput {
  /** calls offered in the interval */
  calls: number;
  /** average handle time, seconds (> 0) */
  ahtSeconds: number;
  /** agents on the phones (whole, ≥ 0) */
  agents: number;
  /** mean caller patience, seconds (> 0): patience is exponential */
  patienceSeconds: number;
  /** interval length, minutes */
  intervalMinutes: number;
  /** answer-time target for the service level, seconds (≥ 0) */
  targetSeconds: number;
}

/** Erlang A adds abandonment to the Erlang C metrics. */
export interface ErlangAMetrics extends QueueMetrics {
  /** share of offered calls that abandon */
  abandonProbability: number;
}

/**
 * Exact Erlang A (M/M/N+M, Palm's queue): Poisson arrivals λ, exponential
 * service 1/h and exponential patience θ = 1/patience; valid for any N,
 * including N ≤ A.
 *
 * Derivation (checked against a 50-digit independent computation in the
 * tests). With x = Nμ/θ, y = λ/θ, B = ErlangB(N, A) and J = Σ t_j (palmSeries):
 *  - state N has probability π_N = B / (1 + (J − 1)·B); P(wait) = π_N·J
 *    (Mandelbaum & Zeltyn, "The Palm/Erlang-A queue", 2007).
 *  - An arrival finding N+k waits (if patient) a sum of exponentials with rates
 *    Nμ + iθ, i = 0…k; summed over k with π_{N+k} the density of that wait v is
 *    π_N·Nμ·exp(−Nμv + y(1 − e^{−θv})). Weighting by e^{−θv}, the chance the
 *    caller is still there, and substituting u = e^{−θv} gives the weighted
 *    sums of palmSeries for: served after a wait, abandoned, their waiting time,
 *    and (with y·e^{−θt} in place of y) served after waiting longer than t.
 * SL counts calls answered within t among all offered (abandons are misses);
 * ASA is over answered calls; occupancy = A(1 − P(abandon))/N.
 *
 * @example erlangAMetrics({ calls: 100, ahtSeconds: 180, agents: 14,
 *   patienceSeconds: 300, intervalMinutes: 30, targetSeconds: 20 }).serviceLevel //=> 0.916792…
 */
export function erlangAMetrics(input: ErlangAInput): ErlangAMetrics {
  const { calls, ahtSeconds, agents, patienceSeconds, intervalMinutes, targetSeconds } = input;
  const arrivalRate = calls / (intervalMinutes * 60);
  const traffic = arrivalRate * ahtSeconds;
  const inverseB = inverseErlangB(traffic, agents);
  if (calls <= 0 || inverseB === Infinity) {
    // Nobody calls, or so many agents that nobody ever finds them all busy.
    return { waitProbability: 0, abandonProbability: 0, serviceLevel: 1, asaSeconds: 0, occupancy: traffic / Math.max(agents, 1) };
  }
  const x = (agents * patienceSeconds) / ahtSeconds;
  const y = arrivalRate * patienceSeconds;
  const decay = targetSeconds / patienceSeconds;
  const sums = palmSums(x, y, Math.exp(-decay));
  // π_N·(true sum) = (scaled sum) / denominator.
  const noWaitScaled = Math.exp(-sums.logScale) * (inverseB - 1);
  const denominator = noWaitScaled + sums.total;
  const noWait = noWaitScaled / denominator;
  const waitProbability = sums.total / denominator;
  const abandonProbability = sums.abandon / denominator;
  const servedAfterWait = (x * sums.served) / denominator;
  const answered = noWait + servedAfterWait;

  // Served after waiting longer than t: π_N·x·e^{−(x+1)θt + y(1−e^{−θt})}·M(x, y·e^{−θt}),
  // M's served sum being the discounted one (q = e^{−θt}) of the same pass when it has it.
  let servedLate = 0;
  if (servedAfterWait > 0) {
    const exponent = -(x + 1) * decay - y * Math.expm1(-decay);
    if (sums.servedDiscounted !== undefined) {
      // In log form, so a large scaled sum and a small exponential do not underflow apart.
      servedLate = sums.servedDiscounted > 0 ? (x * Math.exp(exponent + Math.log(sums.servedDiscounted))) / denominator : 0;
    } else {
      const late = palmSums(x, y * Math.exp(-decay));
      servedLate = (x * late.served * Math.exp(exponent + late.logScale - sums.logScale)) / denominator;
    }
  }
  const waitSeconds = (x * patienceSeconds * sums.waitMoment) / denominator;
  // Each share is a ratio of sums within the denominator; min(1, …) keeps rounding inside [0, 1].
  return {
    waitProbability: Math.min(1, waitProbability),
    abandonProbability: Math.min(1, abandonProbability),
    serviceLevel: Math.min(1, Math.max(0, answered - servedLate)),
    asaSeconds: answered > 0 ? waitSeconds / answered : Infinity,
    occupancy: agents > 0 ? Math.min(1, (traffic * (1 - abandonProbability)) / agents) : 0,
  };
}
