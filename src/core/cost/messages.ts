/** Every failure message of the cost module (step 8), in one place. */

/**
 * A cost too large for a number (the rates' ceilings keep this from any
 * validated plan; it guards drivers from a runaway step).
 *
 * @example costOverflow('2025-01') //=> 'the costs of 2025-01 are too large to compute; check the rates and drivers'
 */
export const costOverflow = (where: string): string => `the costs of ${where} are too large to compute; check the rates and drivers`;
