/**
 * Which days a centre is open: weekdays seen in the history, minus holidays. Days without
 * data inside the history are missing (holiday or not recorded), never zero-demand days.
 */
import { addDays, dayNumber, fromDayNumber, sundayFirstWeekday, weekday } from '../calendar/dates';
import { type DaySeries, dayTotal } from './daySeries';

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

/** Weeks either side of a day whose same weekday makes its normal level (holiday effects). */
const LEVEL_WEEKS = 4;
/** A measured holiday level within this of normal (fraction) is taken as normal: day-to-day noise. */
const NORMAL_LEVEL_BAND = 0.03;

/** What a region's public holidays do to the centre's calls, from the history or assumed. */
export interface HolidayEffect {
  /** whether the centre opens on a public holiday */
  open: boolean;
  /** calls on an open holiday against a normal day of its weekday (1 = as normal; 0 when closed) */
  factor: number;
  /** true when the history held holidays on usually-open weekdays (else: assumed closed) */
  learned: boolean;
  /** those holidays in the history */
  seen: number;
}

/**
 * How a centre treats public holidays, learned from the holidays that fall in
 * the history on usually-open weekdays: without data on most of them it
 * closes; with data it opens, at the median ratio of each holiday's calls to
 * the mean of its weekday in the LEVEL_WEEKS weeks either side (other
 * holidays left out). No such holiday in the history: assumed closed, as a
 * public holiday usually is. The days after a closure are calendar
 * regression's afterClosure effect, learned there.
 * @example holidayEffect(series, new Set(['2003-05-26', '2003-07-04', '2003-09-01']), cal.openWeekdays) //=> { open: false, factor: 0, learned: true, seen: 3 }
 */
export function holidayEffect(series: DaySeries, holidays: ReadonlySet<string>, openWeekdays: readonly boolean[]): HolidayEffect {
  const first = series.dates[0];
  const last = series.dates[series.dates.length - 1];
  const totals = new Map(series.dates.map((d, i) => [d, dayTotal(series.calls[i])]));
  const ratios: number[] = [];
  let seen = 0;
  for (const d of holidays) {
    if (first === undefined || d < first || d > last || !openWeekdays[sundayFirstWeekday(d)]) continue;
    seen++;
    const calls = totals.get(d);
    if (calls === undefined) continue;
    let sum = 0;
    let n = 0;
    for (let w = -LEVEL_WEEKS; w <= LEVEL_WEEKS; w++) {
      const other = addDays(d, 7 * w);
      const t = totals.get(other);
      if (w === 0 || t === undefined || holidays.has(other)) continue;
      sum += t;
      n++;
    }
    if (n > 0 && sum > 0) ratios.push(calls / (sum / n));
  }
  if (seen === 0) return { open: false, factor: 0, learned: false, seen };
  if (ratios.length * 2 <= seen) return { open: false, factor: 0, learned: true, seen };
  const sorted = [...ratios].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { open: true, factor: Math.abs(median - 1) < NORMAL_LEVEL_BAND ? 1 : median, learned: true, seen };
}

/**
 * Whether the centre works the official make-up working days (China's 调休):
 * learned from those in the history (data on most of them: it does), assumed
 * when none is (it does: they are working days for the whole economy).
 * @example worksMakeupDays(series, new Set(['2025-01-26', '2025-02-08'])) //=> { open: true, learned: true, seen: 2 }
 */
export function worksMakeupDays(series: DaySeries, makeupDays: ReadonlySet<string>): { open: boolean; learned: boolean; seen: number } {
  const first = series.dates[0];
  const last = series.dates[series.dates.length - 1];
  const has = new Set(series.dates);
  let seen = 0;
  let worked = 0;
  for (const d of makeupDays) {
    if (first === undefined || d < first || d > last) continue;
    seen++;
    if (has.has(d)) worked++;
  }
  return seen === 0 ? { open: true, learned: false, seen } : { open: worked * 2 > seen, learned: true, seen };
}

/**
 * The weekday (0 = Monday) whose pattern a make-up working day takes, by its
 * place in the working week: after a rest day it opens the working week, so a
 * Monday's (the backlog of the days off arrives, as on Mondays and the days
 * after holidays: Brown et al. 2005, "Statistical analysis of a telephone
 * call center", JASA 100); otherwise it closes one, so a Friday's. The State
 * Council's notices declare the day a working day without naming a weekday's
 * timetable, so this is our rule (each make-up day is listed in the forecast.makeupDays note with the weekday it takes).
 * @example makeupPattern('2025-01-26', (d) => d === '2025-01-25') //=> 0 (Sunday 26 Jan 2025, after Saturday off: a Monday)
 * @example makeupPattern('2025-02-08', (d) => d === '2025-02-09') //=> 4 (Saturday 8 Feb 2025, after a working Friday: a Friday)
 */
export function makeupPattern(date: string, isRestDay: (d: string) => boolean): number {
  return isRestDay(addDays(date, -1)) ? 0 : 4;
}

/**
 * The day whose forecast a make-up day borrows: the nearest day after `date`
 * with the pattern's weekday for a Monday (the working week it opens), the
 * nearest before it for a Friday (the one it closes), or a week later when that
 * is not after `origin` (the last day the forecast knows).
 * @example proxyDay('2025-02-08', 4, '2025-01-31') //=> '2025-02-07'
 */
export function proxyDay(date: string, pattern: number, origin: string): string {
  const shift = pattern === 0 ? (7 + pattern - weekday(date)) % 7 || 7 : -((7 + weekday(date) - pattern) % 7 || 7);
  const proxy = addDays(date, shift);
  return proxy > origin ? proxy : addDays(proxy, 7);
}
