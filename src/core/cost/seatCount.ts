/** Decimal places of the guard ROUND applied before CEILING in the seat count. */
export const SEAT_ROUND_DIGITS = 6;

/**
 * Seats to provide for a month: peak scheduled agents plus the spare share,
 * rounded up to whole seats. Before rounding up, the product is rounded to 6
 * decimals: in binary floating point 100 × (1 + 0.1) = 110.00000000000001,
 * and a bare CEILING would buy a 111th seat. The budget sheet uses the same
 * expression, CEILING(ROUND(peak × (1 + spare), 6), 1), so both agree.
 *
 * @param peakScheduledAgents agents scheduled in the busiest interval (≥ 0)
 * @param seatSpareRate spare seats as a fraction (≥ 0)
 * @returns whole seats
 * @example seatCount(100, 0.1) //=> 110
 * @example seatCount(37, 0.1) //=> 41 (40.7 rounded up)
 */
export function seatCount(peakScheduledAgents: number, seatSpareRate: number): number {
  const scale = 10 ** SEAT_ROUND_DIGITS;
  const rounded = Math.round(peakScheduledAgents * (1 + seatSpareRate) * scale) / scale;
  return Math.ceil(rounded);
}
