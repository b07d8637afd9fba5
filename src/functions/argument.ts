import { type CellError, type CellValue, valueError } from './cellError';
import { type FunctionMessages, type UnitKey, messages } from './messages';

/**
 * How one numeric argument is read: its bounds live here, in the function
 * table, and nowhere else.
 */
export interface NumberArgument {
  /** the name a user sees in Excel's formula help */
  readonly name: string;
  /** absent optional arguments take this value (undefined: "not given") */
  readonly optional?: { readonly default: number | undefined };
  /** a fraction that may also be typed as a percentage number (80 → 0.8) */
  readonly percent?: boolean;
  readonly min?: number;
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
  readonly whole?: boolean;
  /** unit the bounds are stated in (messages name it in the user's language) */
  readonly unit?: UnitKey;
}

/** Empty cells and omitted arguments arrive as null, undefined or "". */
export const isEmpty = (value: CellValue): boolean => value === null || value === undefined || value === '';

/**
 * Reads one argument value: empty → default, the percent rule (a value
 * > 1 where a fraction is expected is a percentage; > 100 is an error), then
 * the bounds. Returns the number, undefined for an absent optional, or an error
 * worded from `msgs` (English by default).
 */
export function readNumber(spec: NumberArgument, value: CellValue, msgs: FunctionMessages = messages): number | undefined | CellError {
  if (isEmpty(value)) return spec.optional ? spec.optional.default : valueError(msgs.required(spec.name));
  if (typeof value !== 'number') return valueError(msgs.notNumber(spec.name, value));
  if (!Number.isFinite(value)) return valueError(msgs.notFinite(spec.name));
  let number = value;
  if (spec.percent) {
    if (Math.abs(number) > 100) return valueError(msgs.fraction(spec.name, value));
    if (Math.abs(number) > 1) number /= 100;
  }
  const unit = spec.unit;
  if (spec.min !== undefined) {
    if (spec.minExclusive ? number <= spec.min : number < spec.min) {
      if (spec.percent) {
        return valueError(spec.minExclusive ? msgs.fractionAbove(spec.name, spec.min, value) : msgs.fraction(spec.name, value));
      }
      return valueError(
        spec.minExclusive ? msgs.greaterThan(spec.name, spec.min, unit, value) : msgs.atLeast(spec.name, spec.min, unit, value),
      );
    }
  }
  if (spec.max !== undefined) {
    if (spec.maxExclusive ? number >= spec.max : number > spec.max) {
      if (spec.percent) return valueError(spec.maxExclusive ? msgs.fractionBelow(spec.name, spec.max, value) : msgs.fraction(spec.name, value));
      return valueError(msgs.atMost(spec.name, spec.max, unit, value));
    }
  }
  if (spec.whole && !Number.isInteger(number)) return valueError(msgs.whole(spec.name, value));
  return number;
}
