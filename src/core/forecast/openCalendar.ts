/**
 * Which days a centre is open: weekdays seen in the history, minus holidays. Days without
 * data inside the history are missing (holiday or not recorded), never zero-demand days.
 */
import { dayNumber, fromDayNumber, sundayFirstWeekday } from '../calendar/dates';

export interface OpenCalendar {
  /** Index 0 = Sunday … 6 = Saturday. */
  openWeekdays: boolean[];
  /** ISO dates the centre is closed although their weekday is open. */
  holidays: Set<string>;
}

/**
 * Infers open weekdays from the dates with data: a weekday is open when data exists on at
 * least a quarter of its occurrences between the first and last date.
 * @example inferOpenCalendar(['2003-03-03', '2003-03-04']).openWeekdays //=> [false, true, true, false, false, false, false]
 */
export function inferOpenCalendar(dates: readonly string[], holidays: Iterable<string> = []): OpenCalendar {
  const seen = new Array(7).fill(0);
  const occ = new Array(7).fill(0);
  if (dates.length > 0) {
    for (const d of dates) seen[sundayFirstWeekday(d)]++;
    for (let n = dayNumber(dates[0]); n <= dayNumber(dates[dates.length - 1]); n++) occ[(n + 4) % 7]++;
  }
  return { openWeekdays: seen.map((s, i) => s > 0 && s >= 0.25 * occ[i]), holidays: new Set(holidays) };
}

/**
 * True when the centre is open on `date`.
 * @example isOpen(cal, '2003-10-25') //=> false (a Saturday, for a weekday-only centre)
 */
export function isOpen(cal: OpenCalendar, date: string): boolean {
  return cal.openWeekdays[sundayFirstWeekday(date)] && !cal.holidays.has(date);
}

/**
 * The first open day strictly after `date`.
 * @example nextOpenDay(cal, '2003-10-24') //=> '2003-10-27'
 */
export function nextOpenDay(cal: OpenCalendar, date: string): string {
  let n = dayNumber(date) + 1;
  for (let i = 0; i < 400; i++, n++) if (isOpen(cal, fromDayNumber(n))) return fromDayNumber(n);
  return fromDayNumber(dayNumber(date) + 1);
}

/**
 * Calendar features of an open day used by the calendar regression:
 * business-day position in the month (1st, 2nd, 3rd; last) counting open weekdays, and
 * whether the 1st, 2nd or 3rd usually-open weekday before it was a closure — a holiday or,
 * inside [historyStart, historyEnd], a day without data — so that the demand the closure
 * turned away comes back over the next few days (only the most recent closure counts).
 * @example dayFeatures(cal, '2003-10-01', has) //=> { bd1: 1, bd2: 0, bd3: 0, last: 0, afterClosure: 0, afterClosure2: 0, afterClosure3: 0 }
 */
export function dayFeatures(cal: OpenCalendar, date: string, hasData: (d: string) => boolean, historyEnd: string, historyStart = '0000-01-01'):
  { bd1: number; bd2: number; bd3: number; last: number; afterClosure: number; afterClosure2: number; afterClosure3: number } {
  const n = dayNumber(date);
  const ym = date.slice(0, 7);
  const openWd = (m: number) => cal.openWeekdays[(m + 4) % 7];
  let k = 0;
  for (let m = n; m >= n - 31; m--) {
    if (fromDayNumber(m).slice(0, 7) !== ym) break;
    if (openWd(m) && !cal.holidays.has(fromDayNumber(m))) k++;
  }
  let e = 0;
  for (let m = n + 1; m <= n + 31; m++) {
    if (fromDayNumber(m).slice(0, 7) !== ym) break;
    if (openWd(m) && !cal.holidays.has(fromDayNumber(m))) e++;
  }
  // Inside the history, a usually-open day without data was closed; outside it, only listed holidays are.
  const closedOn = (p: string) => cal.holidays.has(p) || (p >= historyStart && p <= historyEnd && !hasData(p));
  // Open days since the most recent closure among the last three usually-open weekdays (0 = none).
  let age = 0;
  let prev = n;
  for (let j = 1; j <= 3 && age === 0; j++) {
    let guard = 0;
    prev--;
    while (!openWd(prev) && guard++ < 7) prev--;
    if (closedOn(fromDayNumber(prev))) age = j;
  }
  return { bd1: k === 1 ? 1 : 0, bd2: k === 2 ? 1 : 0, bd3: k === 3 ? 1 : 0, last: e === 0 ? 1 : 0, afterClosure: age === 1 ? 1 : 0, afterClosure2: age === 2 ? 1 : 0, afterClosure3: age === 3 ? 1 : 0 };
}
