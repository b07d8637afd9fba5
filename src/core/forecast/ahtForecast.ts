/**
 * AHT forecast per interval, volume-weighted.
 */
import { sundayFirstWeekday } from '../calendar/dates';
import { DaySeries } from './daySeries';

/**
 * AHT in seconds for each interval of a target weekday: Σ handle seconds ÷ Σ handled calls
 * of that weekday and interval in the series (volume-weighted, so busy days count more);
 * falls back to the same interval on all days, then to the whole series. Undefined per
 * interval when the history has no handle times at all.
 * @example ahtByInterval(series, '2003-10-27') // Float64Array-like of seconds per interval
 */
export function ahtByInterval(series: DaySeries, target: string): (number | undefined)[] {
  const K = series.starts.length;
  const wd = sundayFirstWeekday(target);
  const ws = new Float64Array(K), hs = new Float64Array(K), wa = new Float64Array(K), ha = new Float64Array(K);
  let wAll = 0, hAll = 0;
  series.dates.forEach((d, i) => {
    const same = sundayFirstWeekday(d) === wd;
    for (let k = 0; k < K; k++) {
      const w = series.workSeconds[i][k];
      const h = series.handled[i][k];
      if (Number.isNaN(w) || Number.isNaN(h) || h <= 0) continue;
      wa[k] += w; ha[k] += h; wAll += w; hAll += h;
      if (same) { ws[k] += w; hs[k] += h; }
    }
  });
  const out: (number | undefined)[] = [];
  for (let k = 0; k < K; k++) {
    out.push(hs[k] > 0 ? ws[k] / hs[k] : ha[k] > 0 ? wa[k] / ha[k] : hAll > 0 ? wAll / hAll : undefined);
  }
  return out;
}
