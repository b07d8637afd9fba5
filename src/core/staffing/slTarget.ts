/**
 * The range of a service-level target, in one place: a fraction strictly
 * between 0 and 1 (0.8 = 80%). 0 asks for nothing; 1 (100%) can never be met
 * with finite staff — Erlang C and A both leave a positive chance of waiting
 * past any answer time, even 0 s. The config schema, the scenario schema, the
 * staffing validator and the `=WFM.*` argument table all read it from here.
 */
export const SL_TARGET_RANGE = { min: 0, max: 1 } as const;

/**
 * Whether `x` is a usable SL target: a number in (0, 1), both ends excluded.
 *
 * @example isSlTarget(0.8) //=> true
 * @example isSlTarget(1) //=> false
 */
export const isSlTarget = (x: unknown): x is number => typeof x === 'number' && x > SL_TARGET_RANGE.min && x < SL_TARGET_RANGE.max;

/** The longest answer-time target, seconds: an hour (beyond it "service level" stops meaning anything). */
export const TARGET_SECONDS_MAX = 3600;
