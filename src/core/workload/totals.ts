/**
 * Presenting history: totals and shares by year, month, ISO week, date, weekday and
 * interval (planning-guide.md step 2: each level with its share of the level above).
 */
import { WEEKDAYS, isoWeek, weekday } from '../calendar/dates';
import { formatClock } from '../calendar/clock';
import { IntervalRecord } from './intervalRecord';

export type TotalsLevel = 'year' | 'month' | 'week' | 'date' | 'weekday' | 'interval';

export interface TotalRow {
  /** '2003', '2003-03', '2003-W10', '2003-03-03', 'Monday', '07:00'. */
  key: string;
  /** Calls offered. */
  calls: number;
  /** Days with data that contributed. */
  days: number;
  /** Mean calls per day with data (calls ÷ days). */
  perDay: number;
  /** Share of the parent level: year → 1; month of its year; week and date of all; weekday and
   * interval as described in {@link totalsBy}. Sums to 1 over each parent. */
  share: number;
}

/**
 * Totals by level. Shares: month → share of its calendar year's calls in the history;
 * year, week, date → share of all calls; weekday → share of the week computed from mean
 * calls per day with data (so missing weeks don't bias it; ×7 gives the weekday index);
 * interval → share of the day (sum over all days). Sorted by key (weekdays Monday first).
 * @example totalsBy(records, 'weekday') // → [{ key: 'Monday', calls, days, perDay, share }, …]
 */
export function totalsBy(records: readonly IntervalRecord[], level: TotalsLevel): TotalRow[] {
  const calls = new Map<string, number>();
  const days = new Map<string, Set<string>>();
  const parentOf = new Map<string, string>();
  for (const r of records) {
    let key: string;
    let parent = '';
    switch (level) {
      case 'year': key = r.date.slice(0, 4); break;
      case 'month': key = r.date.slice(0, 7); parent = r.date.slice(0, 4); break;
      case 'week': key = isoWeek(r.date); break;
      case 'date': key = r.date; break;
      case 'weekday': key = String(weekday(r.date)); break;
      default: key = String(r.start).padStart(4, '0'); break;
    }
    calls.set(key, (calls.get(key) ?? 0) + r.offered);
    let s = days.get(key);
    if (!s) days.set(key, (s = new Set()));
    s.add(r.date);
    parentOf.set(key, parent);
  }
  const keys = [...calls.keys()].sort();
  const rows = keys.map((k) => {
    const c = calls.get(k) as number;
    const n = (days.get(k) as Set<string>).size;
    return { k, calls: c, days: n, perDay: n > 0 ? c / n : 0 };
  });
  const parentTotal = new Map<string, number>();
  for (const r of rows) {
    const p = parentOf.get(r.k) as string;
    parentTotal.set(p, (parentTotal.get(p) ?? 0) + (level === 'weekday' ? r.perDay : r.calls));
  }
  return rows.map((r) => {
    const base = parentTotal.get(parentOf.get(r.k) as string) ?? 0;
    const part = level === 'weekday' ? r.perDay : r.calls;
    const label = level === 'weekday' ? WEEKDAYS[Number(r.k)] : level === 'interval' ? formatClock(Number(r.k)) : r.k;
    return { key: label, calls: r.calls, days: r.days, perDay: r.perDay, share: base > 0 ? part / base : 0 };
  });
}
