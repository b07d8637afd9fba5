/**
 * Dates: ISO dates ('YYYY-MM-DD') as day numbers, and weekdays. All maths is in UTC so
 * that daylight-saving changes never shift a day.
 *
 * Weekdays are numbered ONE way in the engine: ISO 8601, 0 = Monday … 6 = Sunday
 * (`weekday`, `WEEKDAYS`). The few places that keep JavaScript's Sunday-first numbering
 * (the forecast calendar's open weekdays, the import report's `missing-days` weekday as
 * plan.json has it) convert with `sundayFirst` / `fromSundayFirst`. Reading days and
 * clock times a user typed: parse.ts; clock times: clock.ts.
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

/** Day numbers of 0000-01-01 and 9999-12-31: the years written in four digits. */
const FOUR_DIGIT_DAYS = { first: -719_528, last: 2_932_896 } as const;
/** Two digits of 0…99. */
const twoDigits = (x: number): string => (x < 10 ? `0${x}` : `${x}`);

/**
 * ISO date of a day number (inverse of {@link dayNumber}). Whole days of years
 * 0000–9999 by integer arithmetic (the inverse of days_from_civil in Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms", 2013): the forecast asks
 * hundreds of thousands of times, and through a Date each costs five times as
 * much. Anything else as Date's ISO string gives it.
 * @example fromDayNumber(1) //=> '1970-01-02'
 */
export function fromDayNumber(n: number): string {
  if (!Number.isInteger(n) || n < FOUR_DIGIT_DAYS.first || n > FOUR_DIGIT_DAYS.last) return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
  // Days since 0000-03-01, in 400-year eras of 146 097 days; years start on 1 March so that 29 February ends them.
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${twoDigits(Math.floor(y / 100))}${twoDigits(y % 100)}-${twoDigits(m)}-${twoDigits(d)}`;
}

/**
 * Adds whole days to an ISO date.
 * @example addDays('2003-02-28', 1) //=> '2003-03-01'
 */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
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

/** English weekday names in the engine's order: index 0 = Monday … 6 = Sunday (ISO 8601). */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * Weekday of an ISO date, 0 = Monday … 6 = Sunday (ISO 8601; 1970-01-01 was a Thursday, 3).
 * @example weekday('2003-03-03') //=> 0 (a Monday)
 */
export function weekday(iso: string): number {
  return (((dayNumber(iso) + 3) % 7) + 7) % 7;
}

/**
 * A weekday (0 = Monday) in JavaScript's Sunday-first numbering (0 = Sunday … 6 = Saturday).
 * @example sundayFirst(6) //=> 0
 */
export const sundayFirst = (mondayFirst: number): number => (mondayFirst + 1) % 7;

/**
 * A Sunday-first weekday (0 = Sunday) in the engine's numbering (0 = Monday).
 * @example fromSundayFirst(0) //=> 6
 */
export const fromSundayFirst = (sundayFirstDay: number): number => (sundayFirstDay + 6) % 7;

/**
 * ISO-8601 week label 'YYYY-Www' (weeks start Monday; week 1 holds the year's first Thursday).
 * @example isoWeek('2003-03-03') //=> '2003-W10'
 */
export function isoWeek(iso: string): string {
  const thursday = dayNumber(iso) - weekday(iso) + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const jan1 = dayNumber(isoDate(year, 1, 1));
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Weekday of an ISO date in JavaScript's Sunday-first numbering (0 = Sunday … 6 = Saturday):
 * the index of the forecast calendar's open weekdays and of the `missing-days` weekday.
 * @example sundayFirstWeekday('2003-03-03') //=> 1 (a Monday)
 */
export const sundayFirstWeekday = (iso: string): number => sundayFirst(weekday(iso));
