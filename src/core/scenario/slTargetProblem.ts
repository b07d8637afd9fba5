import { slLooksLikePercent, slOutOfRange, slUnreachable } from './messages';

/**
 * What is wrong with an SL target, if anything: it must be a fraction strictly
 * between 0 and 1. 100% (1) can never be met with finite staff — Erlang C and
 * A both leave a positive chance of waiting past any answer time, even 0 s.
 *
 * @param where prefix for the message, e.g. 'scenario high: '
 * @returns undefined when fine, else the message
 * @example slTargetProblem(1, 'scenario high: ') //=> 'scenario high: an SL target of 100% can never be reached with finite staff'
 */
export function slTargetProblem(slTarget: unknown, where = ''): string | undefined {
  if (typeof slTarget !== 'number' || Number.isNaN(slTarget)) return slOutOfRange(where, slTarget);
  if (slTarget === 1) return slUnreachable(where);
  if (slTarget > 1 && slTarget <= 100 && Number.isFinite(slTarget)) {
    return slTarget === 100 ? slUnreachable(where) : slLooksLikePercent(where, slTarget);
  }
  if (!(slTarget > 0 && slTarget < 1)) return slOutOfRange(where, slTarget);
  return undefined;
}
