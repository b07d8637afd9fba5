import { reason } from '../failureReasons';
import { type Result, failure, success } from '../result';

/** No realistic answer lies beyond this many trunks. */
export const TRUNKS_SEARCH_LIMIT = 10_000_000;

/**
 * Smallest number of trunks whose Erlang B blocking is at most `blocking`
 * for an offered trunk load of `traffic` Erlangs (planning guide, step 5),
 * by running the Erlang B recurrence from zero lines until it is met.
 *
 * @param traffic offered trunk load, Erlangs (≥ 0)
 * @param blocking blocking target, fraction in [0, 1]
 * @example trunksRequired(4.461, 0.01) //=> success(10)
 */
export function trunksRequired(traffic: number, blocking: number): Result<number> {
  if (blocking >= 1 || traffic <= 0) return success(0);
  if (blocking <= 0) return failure('no-answer', reason('zeroBlocking', {}));
  const target = 1 / blocking;
  let inverse = 1; // 1 / B(0)
  for (let trunks = 1; trunks <= TRUNKS_SEARCH_LIMIT; trunks += 1) {
    inverse = 1 + (trunks / traffic) * inverse;
    if (inverse >= target) return success(trunks);
  }
  return failure('no-answer', reason('unreachableBlocking', { max: TRUNKS_SEARCH_LIMIT }));
}
