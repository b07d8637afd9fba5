/**
 * Day totals for level models: complete days only.
 */
import { sundayFirstWeekday } from '../../calendar/dates';
import { dayTotal, DaySeries } from '../daySeries';

/**
 * Indices and totals of the days usable for a level model: days with calls whose share of
 * missing intervals, relative to the day of the same weekday with the most intervals, is
 * under 10% (so a Saturday open 8 hours is complete against other Saturdays, not against
 * 12-hour weekdays).
 * @example completeDayTotals(series) //=> { idx: [0, 1, …], totals: [31000, …] }
 */
export function completeDayTotals(series: DaySeries): { idx: number[]; totals: number[] } {
  const present = series.calls.map((row) => row.reduce((n, v) => n + (Number.isNaN(v) ? 0 : 1), 0));
  const weekday = series.dates.map(sundayFirstWeekday);
  const most = new Array<number>(7).fill(0);
  present.forEach((p, i) => { most[weekday[i]] = Math.max(most[weekday[i]], p); });
  const idx: number[] = [];
  const totals: number[] = [];
  series.calls.forEach((row, i) => {
    const t = dayTotal(row);
    if (present[i] >= 0.9 * most[weekday[i]] && t > 0) { idx.push(i); totals.push(t); }
  });
  return { idx, totals };
}
