/**
 * The inputs of ratio decomposition derived from a history given as parallel arrays
 * (what a custom function receives from sheet ranges): month share of year, weekday index,
 * interval share of day.
 */
import { Result, success, invalid, noAnswer } from '../result';
import { weekday as weekdayOfDate } from '../calendar/dates';
import { formatClock } from '../calendar/clock';
import { parseDate } from './parseDate';
import { parseNumber } from './parseNumber';
import { parseTime } from './parseTime';

interface Row { date: string; start: number; calls: number }

/** Calls in one history row beyond this are not data (and their sums would overflow). */
export const MAX_HISTORY_CALLS = 1_000_000_000_000;

/**
 * Reads parallel history arrays: dates (ISO text, other date text or Excel serials),
 * optional interval starts (minutes since midnight when ≥ 1, Excel day fractions when < 1,
 * or 'HH:MM' text) and calls. Blank rows (all empty) are skipped; anything else malformed
 * is invalid, naming the 1-based position.
 */
export function readHistoryArrays(dates: readonly unknown[], starts: readonly unknown[] | undefined, calls: readonly unknown[]): Result<Row[]> {
  if (dates.length !== calls.length || (starts && starts.length !== dates.length)) {
    return invalid(`history ranges must have the same length (dates ${dates.length}, ${starts ? `starts ${starts.length}, ` : ''}calls ${calls.length})`);
  }
  const out: Row[] = [];
  for (let i = 0; i < dates.length; i++) {
    const blank = (v: unknown) => v === null || v === undefined || v === '';
    if (blank(dates[i]) && blank(calls[i]) && (!starts || blank(starts[i]))) continue;
    const d = parseDate(dates[i]);
    if (!d) return invalid(`date ${i + 1} ("${String(dates[i])}") is not a date`);
    let start = 0;
    if (starts) {
      const s = starts[i];
      const t = typeof s === 'number' && s >= 1 ? (s < 1440 ? s : undefined) : parseTime(s);
      if (t === undefined) return invalid(`interval start ${i + 1} ("${String(s)}") is not a time of day`);
      start = t;
    }
    const c = parseNumber(calls[i]);
    if (c === undefined || c < 0) return invalid(`calls ${i + 1} ("${String(calls[i])}") must be a number of calls, 0 or more`);
    if (c > MAX_HISTORY_CALLS) return invalid(`calls ${i + 1} ("${String(calls[i])}") must be at most ${MAX_HISTORY_CALLS.toLocaleString('en-US')} calls`);
    out.push({ date: d.iso, start, calls: c });
  }
  if (out.length === 0) return noAnswer('the history is empty');
  return success(out);
}

/**
 * Month share of year: calls in calendar month `month` (1–12) ÷ calls in its year, summed
 * over the years of the history that have data in all 12 months (or only `year` when given).
 * @example monthShareOfYear(dates, calls, 1) // January's share, e.g. 0.071
 */
export function monthShareOfYear(dates: readonly unknown[], calls: readonly unknown[], month: number, year?: number): Result<number> {
  if (!Number.isInteger(month) || month < 1 || month > 12) return invalid(`month must be a whole number 1–12 (got ${month})`);
  const rows = readHistoryArrays(dates, undefined, calls);
  if (!rows.ok) return rows;
  const byYear = new Map<number, { months: Set<number>; total: number; inMonth: number }>();
  for (const r of rows.value) {
    const y = Number(r.date.slice(0, 4));
    const m = Number(r.date.slice(5, 7));
    let e = byYear.get(y);
    if (!e) byYear.set(y, (e = { months: new Set(), total: 0, inMonth: 0 }));
    e.months.add(m);
    e.total += r.calls;
    if (m === month) e.inMonth += r.calls;
  }
  let num = 0;
  let den = 0;
  const full: number[] = [];
  for (const [y, e] of byYear) {
    if (year !== undefined && y !== year) continue;
    if (e.months.size < 12) continue;
    full.push(y);
    num += e.inMonth;
    den += e.total;
  }
  if (full.length === 0) {
    return noAnswer(year !== undefined ? `the history has no data in every month of ${year}` : 'the history covers no full calendar year (data in all 12 months): a month share of year needs one');
  }
  if (den <= 0) return noAnswer('the history has no calls in its full years');
  return success(num / den);
}

/**
 * Weekday index: mean calls on `weekday` days ÷ the mean over the seven weekdays (its share
 * of the week ÷ 1/7; planning-guide.md step 3). Means are per day with data, so missing
 * days are not read as zero; a weekday with no data at all counts as closed (0).
 * `weekday` is ISO: 1 = Monday … 7 = Sunday.
 * @example weekdayIndex(dates, calls, 1) // e.g. 1.469 for a busy Monday
 */
export function weekdayIndex(dates: readonly unknown[], calls: readonly unknown[], weekday: number): Result<number> {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) return invalid(`weekday must be 1 (Monday) to 7 (Sunday) (got ${weekday})`);
  const rows = readHistoryArrays(dates, undefined, calls);
  if (!rows.ok) return rows;
  const total = new Array(7).fill(0);
  const days: Set<string>[] = Array.from({ length: 7 }, () => new Set<string>());
  for (const r of rows.value) {
    const w = weekdayOfDate(r.date); // Monday = 0
    total[w] += r.calls;
    days[w].add(r.date);
  }
  const mean = total.map((t, i) => (days[i].size > 0 ? t / days[i].size : 0));
  const avg = mean.reduce((a, b) => a + b, 0) / 7;
  if (avg <= 0) return noAnswer('the history has no calls');
  // At most 7 (one weekday carries every call); rounding of the average could pass it by an ulp.
  return success(Math.min(7, mean[weekday - 1] / avg));
}

/**
 * Interval share of day: calls in the interval starting at `start` ÷ calls on the same
 * days, over all days with data (or only days of ISO `weekday` 1–7 when given).
 * `start` as minutes since midnight, an Excel time fraction, or 'HH:MM'.
 * @example intervalShareOfDay(dates, starts, calls, '10:00', 1) // share of a Monday in 10:00–10:30
 */
export function intervalShareOfDay(dates: readonly unknown[], starts: readonly unknown[], calls: readonly unknown[], start: unknown, weekday?: number): Result<number> {
  if (weekday !== undefined && (!Number.isInteger(weekday) || weekday < 1 || weekday > 7)) return invalid(`weekday must be 1 (Monday) to 7 (Sunday) (got ${weekday})`);
  const s = typeof start === 'number' && start >= 1 ? start : parseTime(start);
  if (s === undefined || s >= 1440) return invalid(`interval start "${String(start)}" is not a time of day`);
  const rows = readHistoryArrays(dates, starts, calls);
  if (!rows.ok) return rows;
  let num = 0;
  let den = 0;
  let seen = false;
  for (const r of rows.value) {
    if (weekday !== undefined && weekdayOfDate(r.date) !== weekday - 1) continue;
    den += r.calls;
    if (Math.abs(r.start - s) < 1e-6) { num += r.calls; seen = true; }
  }
  if (den <= 0) return noAnswer(weekday !== undefined ? `the history has no calls on weekday ${weekday}` : 'the history has no calls');
  if (!seen) return noAnswer(`the history has no interval starting at ${formatClock(s)}`);
  return success(num / den);
}
