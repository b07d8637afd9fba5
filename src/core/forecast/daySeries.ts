/**
 * History as a day × interval matrix, the shape every forecasting method reads.
 */
import { IntervalRecord } from '../workload/intervalRecord';

/**
 * Days with data and their intervals. `calls[d][k]` is the calls offered on `dates[d]` in
 * the interval starting at `starts[k]`; NaN marks an interval without data (missing, not
 * zero). Dates without any data are absent from `dates`.
 */
export interface DaySeries {
  intervalMinutes: number;
  /** Interval starts (minutes since midnight), ascending: the union over all days. */
  starts: number[];
  /** ISO dates with data, ascending. */
  dates: string[];
  calls: Float64Array[];
  /** Handle seconds (talk + ACW) per day and interval, NaN when unknown. */
  workSeconds: Float64Array[];
  /** Calls handled (answered, or offered when answered is unknown) matching workSeconds. */
  handled: Float64Array[];
}

/**
 * Builds a {@link DaySeries} from interval records, summing call types.
 * @example toDaySeries([{ date: '2003-03-03', start: 420, offered: 5 }], 30).calls[0][0] //=> 5
 */
export function toDaySeries(records: readonly IntervalRecord[], intervalMinutes: number): DaySeries {
  const starts = [...new Set(records.map((r) => r.start))].sort((a, b) => a - b);
  const dates = [...new Set(records.map((r) => r.date))].sort();
  const si = new Map(starts.map((s, i) => [s, i]));
  const di = new Map(dates.map((d, i) => [d, i]));
  const K = starts.length;
  const calls = dates.map(() => new Float64Array(K).fill(NaN));
  const workSeconds = dates.map(() => new Float64Array(K).fill(NaN));
  const handled = dates.map(() => new Float64Array(K).fill(NaN));
  for (const r of records) {
    const d = di.get(r.date) as number;
    const k = si.get(r.start) as number;
    calls[d][k] = (Number.isNaN(calls[d][k]) ? 0 : calls[d][k]) + r.offered;
    if (r.talkSeconds !== undefined) {
      workSeconds[d][k] = (Number.isNaN(workSeconds[d][k]) ? 0 : workSeconds[d][k]) + r.talkSeconds + (r.acwSeconds ?? 0);
      handled[d][k] = (Number.isNaN(handled[d][k]) ? 0 : handled[d][k]) + (r.answered ?? r.offered);
    }
  }
  return { intervalMinutes, starts, dates, calls, workSeconds, handled };
}

/**
 * Sum of a day's calls over intervals with data.
 * @example dayTotal(new Float64Array([1, NaN, 2])) //=> 3
 */
export function dayTotal(day: Float64Array): number {
  let s = 0;
  for (const v of day) if (!Number.isNaN(v)) s += v;
  return s;
}

/**
 * The part of a series with dates in [from, to) (ISO strings; either bound optional).
 * @example sliceDates(series, '2003-08-01', '2003-10-01')
 */
export function sliceDates(series: DaySeries, from?: string, to?: string): DaySeries {
  const keep: number[] = [];
  series.dates.forEach((d, i) => {
    if ((from === undefined || d >= from) && (to === undefined || d < to)) keep.push(i);
  });
  return {
    intervalMinutes: series.intervalMinutes,
    starts: series.starts,
    dates: keep.map((i) => series.dates[i]),
    calls: keep.map((i) => series.calls[i]),
    workSeconds: keep.map((i) => series.workSeconds[i]),
    handled: keep.map((i) => series.handled[i]),
  };
}
