import { isSlTarget, SL_TARGET_RANGE } from '../staffing/slTarget';
import { slLooksLikePercent, slOutOfRange, slUnreachable } from './messages';

/**
 * Why a number is not an SL target (the range: SL_TARGET_RANGE): 'unreachable'
 * for 100% (1, or 100 typed as a percent); 'percent' for 2 … 100 (exclusive),
 * which reads as a percentage (85 for 0.85); 'tooLow' / 'tooHigh' otherwise.
 *
 * @example slTargetFault(0.8) //=> undefined
 * @example slTargetFault(85) //=> 'percent'
 */
export type SlTargetFault = 'unreachable' | 'percent' | 'tooLow' | 'tooHigh';
export function slTargetFault(slTarget: number): SlTargetFault | undefined {
  if (isSlTarget(slTarget)) return undefined;
  if (slTarget === 1 || slTarget === 100) return 'unreachable';
  if (slTarget >= 2 && slTarget < 100) return 'percent';
  return slTarget <= SL_TARGET_RANGE.min || Number.isNaN(slTarget) ? 'tooLow' : 'tooHigh';
}

/**
 * What is wrong with an SL target, if anything, in words (see `slTargetFault`).
 *
 * @param where prefix for the message, e.g. 'min: '
 * @returns undefined when fine, else the message
 * @example slTargetProblem(1, 'max: ') //=> 'max: an SL target of 100% can never be reached with finite staff'
 */
export function slTargetProblem(slTarget: unknown, where = ''): string | undefined {
  const fault = typeof slTarget === 'number' ? slTargetFault(slTarget) : 'tooLow';
  if (fault === 'unreachable') return slUnreachable(where);
  if (fault === 'percent') return slLooksLikePercent(where, slTarget as number);
  return fault ? slOutOfRange(where, slTarget) : undefined;
}
