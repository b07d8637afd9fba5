/**
 * Day totals for level models: complete days only.
 */
import { dayTotal, DaySeries } from '../daySeries';

/**
 * Indices and totals of the days usable for a level model: days whose share of missing
 * intervals (relative to the day with the most intervals) is under 10% and whose total is > 0.
 * @example completeDayTotals(series) //=> { idx: [0, 1, …], totals: [31000, …] }
 */
export function completeDayTotals(series: DaySeries): { idx: number[]; totals: number[] } {
  const present = series.calls.map((row) => row.reduce((n, v) => n + (Number.isNaN(v) ? 0 : 1), 0));
  const most = Math.max(0, ...present);
  const idx: number[] = [];
  const totals: number[] = [];
  series.calls.forEach((row, i) => {
    const t = dayTotal(row);
    if (present[i] >= 0.9 * most && t > 0) { idx.push(i); totals.push(t); }
  });
  return { idx, totals };
}
