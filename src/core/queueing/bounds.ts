import { type Failure, failure } from '../result';
import { reason } from '../failureReasons';
import { trafficErlangs } from './traffic';

/** Offered load beyond which the engine does not compute, Erlangs (its searches grow with the load). */
export const MAX_TRAFFIC_ERLANGS = 1_000_000;

/**
 * Calls arriving within one mean patience (λ × patience) beyond which Erlang A
 * is not computed: the Palm series sums O(√(λ·patience)) terms, so this keeps
 * every call within milliseconds. 3,000 calls a half hour with a 10-day
 * patience is 1.44 million.
 */
export const MAX_PATIENCE_ARRIVALS = 10_000_000;

/**
 * The bounds every queueing question shares: the offered load, and for Erlang
 * A (a patience given) the arrivals within one mean patience. Undefined when
 * both hold; otherwise the `invalid` failure with its reason.
 *
 * @example queueBoundsFailure(1e7, 0.001, 1, 86_400)?.reason //=> { code: 'patienceArrivalsTooMany', … }
 */
export function queueBoundsFailure(
  calls: number,
  ahtSeconds: number,
  intervalMinutes: number,
  patienceSeconds?: number,
): Failure | undefined {
  const load = trafficErlangs(calls, ahtSeconds, intervalMinutes);
  if (!(load <= MAX_TRAFFIC_ERLANGS)) {
    return failure('invalid', reason('loadTooLarge', { load, max: MAX_TRAFFIC_ERLANGS }));
  }
  if (patienceSeconds !== undefined) {
    const arrivals = (calls / (intervalMinutes * 60)) * patienceSeconds;
    if (!(arrivals <= MAX_PATIENCE_ARRIVALS)) {
      return failure('invalid', reason('patienceArrivalsTooMany', { arrivals, max: MAX_PATIENCE_ARRIVALS }));
    }
  }
  return undefined;
}
