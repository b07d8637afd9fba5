/**
 * Caller patience for Erlang A, estimated from waiting times and abandons.
 */
import { Result, success, invalid, noAnswer } from '../result';

export interface PatienceEstimate {
  /** Calls abandoned while queued. */
  abandons: number;
  /** Total seconds waited in queue by all queued calls (answered and abandoned). */
  totalWaitSeconds: number;
  /** Abandonment rate θ per second of waiting = abandons ÷ total wait. */
  abandonRatePerSecond: number;
  /** Mean patience 1/θ in seconds: the `patience` argument of the Erlang A functions. */
  meanPatienceSeconds: number;
}

/**
 * Exponential-patience estimate (maximum likelihood with censoring): every queued call
 * exposes its waiting time to the risk of abandoning, so θ = abandons ÷ total time waited
 * and mean patience = total time waited ÷ abandons (Brown et al. 2005, "Statistical analysis
 * of a telephone call center", JASA 100; Mandelbaum & Zeltyn's Erlang A notes).
 * @example estimatePatience(10, 3000) //=> success({ abandons: 10, totalWaitSeconds: 3000, abandonRatePerSecond: 1/300, meanPatienceSeconds: 300 })
 */
export function estimatePatience(abandons: number, totalWaitSeconds: number): Result<PatienceEstimate> {
  if (!Number.isFinite(abandons) || abandons < 0) return invalid(`abandons must be 0 or more (got ${abandons})`);
  if (!Number.isFinite(totalWaitSeconds) || totalWaitSeconds < 0) return invalid(`total wait must be 0 or more seconds (got ${totalWaitSeconds})`);
  if (abandons === 0) return noAnswer('no call abandoned: patience cannot be estimated (it is longer than any wait seen)');
  if (totalWaitSeconds === 0) return noAnswer('no call waited: patience cannot be estimated');
  return success({
    abandons,
    totalWaitSeconds,
    abandonRatePerSecond: abandons / totalWaitSeconds,
    meanPatienceSeconds: totalWaitSeconds / abandons,
  });
}
