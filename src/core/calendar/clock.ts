/** Clock times: "HH:MM" ↔ minutes since midnight. */
/** Minutes in a day. */
export const DAY_MINUTES = 1440;

/**
 * Minutes since midnight of a clock time "H:MM" already checked (config fields, the engine's own labels).
 * @example clockMinutes('07:30') //=> 450
 */
export function clockMinutes(hhmm: string): number {
  const colon = hhmm.indexOf(':');
  return Number(hhmm.slice(0, colon)) * 60 + Number(hhmm.slice(colon + 1));
}

/**
 * Formats minutes since midnight as "HH:MM", rounded to the minute. A time past midnight
 * wraps into the next day (the wall clock) unless `wrap` is false, when hours count on
 * (1440 → "24:00", the end of the day; an importer quoting an impossible "24:30").
 *
 * @example formatClock(450) //=> "07:30"
 * @example formatClock(1470) //=> "00:30"
 * @example formatClock(1470, { wrap: false }) //=> "24:30"
 */
export function formatClock(minutes: number, { wrap = true }: { wrap?: boolean } = {}): string {
  const rounded = Math.round(minutes);
  const m = wrap ? ((rounded % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES : rounded;
  const h = Math.floor(m / 60);
  return `${String(h).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
