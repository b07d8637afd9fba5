/**
 * What counts as a late shift when rotations share them out fairly: a shift
 * that ends after 20:00 of the day it starts, or past midnight. (Evening work
 * past 20:00 is the usual threshold of unsocial-hours premiums in contact
 * centres; the EU directive 2003/88/EC art. 2 calls 22:00–05:00 night time,
 * which this includes.)
 */

/** Minutes after its start day's midnight after which a shift's end makes it late (20:00). */
export const LATE_END_MINUTES = 20 * 60;

/**
 * Whether a shift starting at `start` (minutes since midnight) and lasting `minutes` is late.
 * @example isLateShift(14 * 60, 8 * 60) //=> true (ends 22:00)
 * @example isLateShift(12 * 60, 8 * 60) //=> false (ends 20:00 exactly)
 */
export const isLateShift = (start: number, minutes: number): boolean => start + minutes > LATE_END_MINUTES;

/** Saturday and Sunday (0 = Monday). */
export const WEEKEND_DAYS: readonly number[] = [5, 6];
