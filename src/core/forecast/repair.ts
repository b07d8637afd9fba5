/**
 * Repairing flagged (accepted) anomalies: by the average of comparable periods, by
 * interpolation, or by model fill (planning-guide.md step 3, "Clean").
 */
import { sundayFirstWeekday } from '../calendar/dates';
import { IntervalRecord } from '../workload/intervalRecord';
import { AnomalyFlag } from './anomalies';
import { DaySeries, sliceDates } from './daySeries';
import { calendarRegression } from './methods/calendarRegression';
import { inferOpenCalendar } from './openCalendar';

export type RepairMethod = 'comparable' | 'interpolate' | 'model';

export interface Repair {
  date: string;
  start: number;
  before: number;
  after: number;
  method: RepairMethod;
}

/**
 * Returns a copy of the series with every accepted flag repaired, and the list of changes.
 * - comparable: mean of the same weekday and interval over the days not flagged;
 * - interpolate: linear between the nearest unflagged intervals of the same day (a whole
 *   flagged day: mean of the nearest unflagged same-weekday days before and after);
 * - model: the calendar regression fitted on the unflagged days, forecast for that day.
 * Flags whose repair has no basis (no comparable day) are left as they were and not listed.
 * @example repairAnomalies(series, detectAnomalies(series), 'comparable').repairs
 */
export function repairAnomalies(series: DaySeries, flags: readonly AnomalyFlag[], method: RepairMethod): { series: DaySeries; repairs: Repair[] } {
  const K = series.starts.length;
  const calls = series.calls.map((r) => Float64Array.from(r));
  const out: DaySeries = { ...series, calls };
  const di = new Map(series.dates.map((d, i) => [d, i]));
  const si = new Map(series.starts.map((s, k) => [s, k]));
  const bad = new Set<string>();
  const badDay = new Set<number>();
  for (const f of flags) {
    if (!f.accepted) continue;
    const i = di.get(f.date);
    if (i === undefined) continue;
    if (f.start === undefined) badDay.add(i);
    else if (si.has(f.start)) bad.add(`${i}|${si.get(f.start)}`);
  }
  const isBad = (i: number, k: number) => badDay.has(i) || bad.has(`${i}|${k}`);
  const targets: [number, number][] = [];
  for (const i of badDay) for (let k = 0; k < K; k++) targets.push([i, k]);
  for (const key of bad) { const [i, k] = key.split('|').map(Number); if (!badDay.has(i)) targets.push([i, k]); }

  let model: ((d: string) => Float64Array | undefined) | undefined;
  if (method === 'model') {
    const keep = series.dates.map((_, i) => i).filter((i) => !badDay.has(i));
    const clean: DaySeries = { ...sliceDates(series), dates: keep.map((i) => series.dates[i]), calls: keep.map((i) => series.calls[i]), workSeconds: keep.map((i) => series.workSeconds[i]), handled: keep.map((i) => series.handled[i]) };
    model = calendarRegression().fit({ series: clean, calendar: inferOpenCalendar(series.dates) });
  }
  const repairs: Repair[] = [];
  for (const [i, k] of targets) {
    const before = series.calls[i][k];
    let after: number | undefined;
    const wd = sundayFirstWeekday(series.dates[i]);
    if (method === 'comparable') {
      let s = 0, n = 0;
      series.dates.forEach((d, j) => {
        if (j === i || sundayFirstWeekday(d) !== wd || isBad(j, k) || Number.isNaN(series.calls[j][k])) return;
        s += series.calls[j][k]; n++;
      });
      if (n > 0) after = s / n;
    } else if (method === 'interpolate') {
      if (badDay.has(i)) {
        const same = series.dates.map((_, j) => j).filter((j) => j !== i && sundayFirstWeekday(series.dates[j]) === wd && !isBad(j, k) && !Number.isNaN(series.calls[j][k]));
        const prev = same.filter((j) => j < i).pop();
        const next = same.find((j) => j > i);
        const vals = [prev, next].filter((j): j is number => j !== undefined).map((j) => series.calls[j][k]);
        if (vals.length) after = vals.reduce((a, b) => a + b, 0) / vals.length;
      } else {
        let a = k - 1; while (a >= 0 && (isBad(i, a) || Number.isNaN(series.calls[i][a]))) a--;
        let b = k + 1; while (b < K && (isBad(i, b) || Number.isNaN(series.calls[i][b]))) b++;
        if (a >= 0 && b < K) after = series.calls[i][a] + ((series.calls[i][b] - series.calls[i][a]) * (k - a)) / (b - a);
        else if (a >= 0) after = series.calls[i][a];
        else if (b < K) after = series.calls[i][b];
      }
    } else if (model) {
      const f = model(series.dates[i]);
      if (f) after = f[k];
    }
    if (after === undefined || !Number.isFinite(after)) continue;
    calls[i][k] = after;
    repairs.push({ date: series.dates[i], start: series.starts[k], before, after, method });
  }
  return { series: out, repairs };
}

/**
 * Back from a day series to interval records (calls only), e.g. after repair.
 * @example fromDaySeries(series)[0] //=> { date: '2003-03-03', start: 420, offered: 111 }
 */
export function fromDaySeries(series: DaySeries): IntervalRecord[] {
  const out: IntervalRecord[] = [];
  series.dates.forEach((date, i) => series.starts.forEach((start, k) => {
    const v = series.calls[i][k];
    if (!Number.isNaN(v)) out.push({ date, start, offered: v });
  }));
  return out;
}
