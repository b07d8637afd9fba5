/**
 * Intraday profile: each interval's share of the day.
 */
import { DaySeries, dayTotal } from './daySeries';

/**
 * Gaussian kernel smoothing of a curve over neighbouring intervals (bandwidth in
 * intervals; 0 = none). Counts per 5-minute interval are Poisson-noisy while the underlying
 * profile is smooth, so smoothing cuts noise. Edges renormalise the kernel.
 * @example gaussianSmooth([0, 3, 0], 0) //=> [0, 3, 0]
 */
export function gaussianSmooth(values: ArrayLike<number>, bandwidth: number): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (!(bandwidth > 0.05)) {
    for (let i = 0; i < n; i++) out[i] = values[i];
    return out;
  }
  const reach = Math.ceil(3 * bandwidth);
  for (let i = 0; i < n; i++) {
    let sw = 0;
    let s = 0;
    for (let j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++) {
      const v = values[j];
      if (Number.isNaN(v)) continue;
      const w = Math.exp(-0.5 * ((j - i) / bandwidth) ** 2);
      sw += w;
      s += w * v;
    }
    out[i] = sw > 0 ? s / sw : 0;
  }
  return out;
}

/**
 * Mean share of the day of each interval over the given day indices (days with no calls
 * are skipped; missing intervals contribute nothing), smoothed over `bandwidth` intervals
 * and renormalised to sum to 1. Returns undefined when no day has calls.
 * @example intradayProfile(series, [0, 5, 10], { bandwidth: 2 }) // Float64Array summing to 1
 */
export function intradayProfile(series: DaySeries, dayIdx: readonly number[], opts: { bandwidth?: number } = {}): Float64Array | undefined {
  const K = series.starts.length;
  const acc = new Float64Array(K);
  const cnt = new Float64Array(K);
  let used = 0;
  for (const d of dayIdx) {
    const day = series.calls[d];
    const t = dayTotal(day);
    if (t <= 0) continue;
    used++;
    for (let k = 0; k < K; k++) if (!Number.isNaN(day[k])) { acc[k] += day[k] / t; cnt[k]++; }
  }
  if (used === 0) return undefined;
  let p: Float64Array = new Float64Array(K);
  for (let k = 0; k < K; k++) p[k] = cnt[k] > 0 ? acc[k] / cnt[k] : NaN;
  p = gaussianSmooth(p, opts.bandwidth ?? 0) as Float64Array;
  let sum = 0;
  for (let k = 0; k < K; k++) { if (Number.isNaN(p[k])) p[k] = 0; sum += p[k]; }
  if (sum <= 0) return undefined;
  for (let k = 0; k < K; k++) p[k] /= sum;
  return p;
}

export interface PooledProfileOptions {
  /** Bandwidth (intervals) of the pooled profile's smoothing. */
  bandwidth?: number;
  /** Bandwidth (intervals) of the smoothing of the weekday's ratio to the pooled profile. */
  ratioBandwidth?: number;
}

/**
 * A weekday's intraday profile as the profile pooled over more days (`allIdx`, e.g. every
 * open day) times the weekday's own ratio to it, the ratio smoothed over a wider kernel: the
 * weekdays share the fine structure of the day (estimated from five times the data) and
 * differ from it in broad strokes (a busier Monday morning). Where the weekday or the pool
 * has no calls (a Saturday closing earlier) the weekday's own profile is kept. Renormalised
 * to sum to 1; undefined when the weekday's days have no calls.
 * Shrinking day-specific intraday shapes towards a common one: Weinberg, Brown & Stroud
 * (2007), JASA 102; Shen & Huang (2008), Ann. Appl. Stat. 2.
 * @example pooledProfile(series, sameWeekdayDays(series, target), series.dates.map((_, i) => i), { bandwidth: 1, ratioBandwidth: 6 })
 */
export function pooledProfile(series: DaySeries, dayIdx: readonly number[], allIdx: readonly number[], opts: PooledProfileOptions = {}): Float64Array | undefined {
  const own = intradayProfile(series, dayIdx);
  const pool = intradayProfile(series, allIdx);
  if (!own || !pool) return own;
  const K = own.length;
  const ratio = new Float64Array(K);
  for (let k = 0; k < K; k++) ratio[k] = own[k] > 0 && pool[k] > 0 ? own[k] / pool[k] : NaN;
  const r = gaussianSmooth(ratio, opts.ratioBandwidth ?? 0);
  const base = gaussianSmooth(pool, opts.bandwidth ?? 0);
  const p = new Float64Array(K);
  let sum = 0;
  for (let k = 0; k < K; k++) {
    p[k] = own[k] > 0 && pool[k] > 0 ? base[k] * r[k] : own[k];
    sum += p[k];
  }
  if (!(sum > 0)) return own;
  for (let k = 0; k < K; k++) p[k] /= sum;
  return p;
}
