/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') and minutes since midnight.
 * All maths is done in UTC so that daylight-saving changes never shift a day.
 */

const MS_PER_DAY = 86_400_000;

/**
 * Day number (days since 1970-01-01, UTC) of an ISO date.
 * @example dayNumber('1970-01-02') //=> 1
 */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/**
 * ISO date of a day number (inverse of {@link dayNumber}).
 * @example fromDayNumber(1) //=> '1970-01-02'
 */
export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Adds whole days to an ISO date.
 * @example addDays('2003-02-28', 1) //=> '2003-03-01'
 */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/**
 * Day of week, 0 = Sunday … 6 = Saturday (as JavaScript's getUTCDay).
 * @example dayOfWeek('2003-03-03') //=> 1 (a Monday)
 */
export function dayOfWeek(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/**
 * Number of days in a month (month 1–12), Gregorian leap-year rule.
 * @example daysInMonth(2004, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True when y-m-d is a real calendar date.
 * @example isValidYmd(2003, 2, 29) //=> false
 */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Formats y-m-d as an ISO date string.
 * @example isoDate(2003, 3, 3) //=> '2003-03-03'
 */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * ISO-8601 week label 'YYYY-Www' (weeks start Monday; week 1 holds the year's first Thursday).
 * @example isoWeek('2003-03-03') //=> '2003-W10'
 */
export function isoWeek(iso: string): string {
  const n = dayNumber(iso);
  const dow = (dayOfWeek(iso) + 6) % 7; // Monday = 0
  const thursday = n - dow + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const jan1 = dayNumber(isoDate(year, 1, 1));
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Formats minutes since midnight as 'HH:MM'.
 * @example formatMinutes(420) //=> '07:00'
 */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** English weekday names, index 0 = Sunday. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
