/** Clock times and days as a user types them (shift templates, requirement files), read into the engine's numbers with a message naming the field. */
import { invalid, success, type Result } from '../result';
import { WEEKDAYS, fromSundayFirst } from './dates';

/**
 * Parses a clock time "HH:MM" (00:00–24:00) into minutes since midnight.
 *
 * @param text clock time, hours 0–24 and minutes 0–59 ("7:30" is accepted).
 * @param field the field name used in the error message.
 * @example parseClock('07:30', 'start') //=> success(450)
 */
export function parseClock(text: string, field: string): Result<number> {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return invalid(`${field} must be a time "HH:MM" (got "${text}")`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) {
    return invalid(`${field} must be a time between 00:00 and 24:00 (got "${text}")`);
  }
  return success(h * 60 + min);
}

/**
 * Weekday (0 = Monday … 6 = Sunday) of a weekday name or a date "YYYY-MM-DD".
 * Names are case-insensitive; the three-letter forms (Mon, Tue…) are accepted.
 *
 * @example weekdayOf('tue') //=> success(1)
 * @example weekdayOf('2003-03-03') //=> success(0) (a Monday)
 */
export function weekdayOf(day: string): Result<number> {
  const t = day.trim().toLowerCase();
  const byName = WEEKDAYS.findIndex((w) => w.toLowerCase() === t || w.toLowerCase().slice(0, 3) === t);
  if (byName >= 0 && t.length >= 3) return success(byName);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const back = new Date(Date.UTC(y, mo - 1, d));
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return success(fromSundayFirst(back.getUTCDay()));
    return invalid(`day "${day}" is not a valid calendar date`);
  }
  return invalid(`day "${day}" is neither a weekday name (Monday…Sunday) nor a date YYYY-MM-DD`);
}
