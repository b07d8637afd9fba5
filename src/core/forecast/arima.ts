/**
 * Non-seasonal ARIMA(p, d, q) models fitted by conditional sum of squares and chosen by
 * AICc over p ≤ 2, q ≤ 2 (Box & Jenkins 1970; Hyndman & Khandakar 2008, "Automatic time
 * series forecasting: the forecast package for R", J. Stat. Software 27, whose auto.arima
 * this follows: d from KPSS tests at 5%, a mean only when d = 0, AICc to compare orders).
 * Stationarity and invertibility are enforced by fitting partial autocorrelations
 * (Jones 1980, Technometrics 22; as R's arima transform.pars). Conditional least squares
 * instead of R's exact likelihood: on series of thousands of values the two agree closely,
 * at a fraction of the cost.
 */
import { nelderMead } from './nelderMead';

export interface ArimaFit {
  p: number;
  d: number;
  q: number;
  ar: number[];
  ma: number[];
  /** mean of the differenced series (0 unless d = 0) */
  mean: number;
  aicc: number;
  /** point forecasts 1…h steps after the last observation */
  forecast(h: number): Float64Array;
}

/** KPSS level-stationarity statistic (Kwiatkowski et al. 1992) with R urca's short lag, trunc(4 (n/100)^¼). */
function kpssStatistic(x: ArrayLike<number>): number {
  const n = x.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += x[t] / n;
  const e = Float64Array.from({ length: n }, (_, t) => x[t] - mean);
  let s = 0;
  let eta = 0;
  for (let t = 0; t < n; t++) { s += e[t]; eta += s * s; }
  eta /= n * n;
  const lags = Math.trunc(4 * (n / 100) ** 0.25);
  let lr = 0;
  for (let t = 0; t < n; t++) lr += e[t] * e[t];
  for (let l = 1; l <= lags; l++) {
    let c = 0;
    for (let t = l; t < n; t++) c += e[t] * e[t - l];
    lr += 2 * (1 - l / (lags + 1)) * c;
  }
  return eta / (lr / n);
}

/** 5% critical value of the KPSS level test. */
const KPSS_CRITICAL = 0.463;

/** Largest AR and MA order searched (auto.arima's stepwise search rarely goes further on long series; 9 fits instead of 16). */
const MAX_ORDER = 2;

const diff = (x: ArrayLike<number>): Float64Array => Float64Array.from({ length: x.length - 1 }, (_, t) => x[t + 1] - x[t]);

/** Partial autocorrelations (each in (−1, 1)) → coefficients of a stationary AR polynomial (Durbin–Levinson). */
function fromPacf(r: readonly number[]): number[] {
  const a = r.slice();
  const work = r.slice();
  for (let j = 1; j < r.length; j++) {
    for (let k = 0; k < j; k++) work[k] = a[k] - a[j] * a[j - k - 1];
    for (let k = 0; k < j; k++) a[k] = work[k];
  }
  return a;
}

/** Conditional residuals of ARMA(ar, ma) on w − mean (the first max(p, q) conditioned out), and their sum of squares. */
function cssResiduals(w: Float64Array, mean: number, ar: readonly number[], ma: readonly number[]): { e: Float64Array; sse: number; used: number } {
  const n = w.length;
  const p = ar.length;
  const q = ma.length;
  const e = new Float64Array(n);
  const start = Math.max(p, q);
  let sse = 0;
  for (let t = start; t < n; t++) {
    let v = w[t] - mean;
    for (let i = 0; i < p; i++) v -= ar[i] * (w[t - i - 1] - mean);
    for (let j = 0; j < q; j++) v -= ma[j] * e[t - j - 1];
    e[t] = v;
    sse += v * v;
  }
  return { e, sse, used: n - start };
}

/**
 * ARIMA(p, d, q) fitted to x by conditional sum of squares; undefined when x is too short.
 * @example fitArima(y, 1, 1, 3)?.forecast(48)
 */
export function fitArima(x: ArrayLike<number>, p: number, d: number, q: number): ArimaFit | undefined {
  let w: Float64Array = Float64Array.from(x);
  const tails: number[] = [];
  for (let i = 0; i < d; i++) { tails.push(w[w.length - 1]); w = diff(w); }
  const n = w.length;
  if (n < 3 * (p + q + 1) + 10) return undefined;
  let mu0 = 0;
  for (let t = 0; t < n; t++) mu0 += w[t] / n;
  let sd = 0;
  for (let t = 0; t < n; t++) sd += (w[t] - mu0) ** 2 / n;
  sd = Math.sqrt(sd) || 1;
  const withMean = d === 0;
  // Parameters: atanh of the AR and MA partial autocorrelations, then the mean in sd units.
  const unpack = (z: number[]) => {
    const ar = fromPacf(z.slice(0, p).map(Math.tanh));
    // The MA polynomial 1 + θ₁B + …: invertible when −θ is the AR polynomial of stationary PACFs.
    const ma = fromPacf(z.slice(p, p + q).map(Math.tanh)).map((v) => -v);
    const mean = withMean ? mu0 + sd * z[p + q] : 0;
    return { ar, ma, mean };
  };
  const objective = (z: number[]) => {
    if (z.some((v) => Math.abs(v) > 20)) return Infinity;
    const u = unpack(z);
    return cssResiduals(w, u.mean, u.ar, u.ma).sse;
  };
  const k = p + q + (withMean ? 1 : 0);
  let best = { x: [] as number[], value: objective([]) };
  if (k > 0) best = nelderMead(objective, new Array<number>(k).fill(0), { steps: new Array<number>(k).fill(0.1) });
  if (!Number.isFinite(best.value)) return undefined;
  const u = unpack(best.x);
  const { e, sse, used } = cssResiduals(w, u.mean, u.ar, u.ma);
  const np = k + 1;
  const aicc = used * Math.log(sse / used) + 2 * np + (2 * np * (np + 1)) / (used - np - 1);
  return {
    p, d, q, ar: u.ar, ma: u.ma, mean: u.mean, aicc,
    forecast: (h) => {
      const past = Array.from(w);
      const errs = Array.from(e);
      const out = new Float64Array(h);
      for (let s = 0; s < h; s++) {
        const t = past.length;
        let v = u.mean;
        for (let i = 0; i < p; i++) v += u.ar[i] * (past[t - i - 1] - u.mean);
        for (let j = 0; j < q; j++) v += u.ma[j] * (errs[t - j - 1] ?? 0);
        past.push(v);
        errs.push(0);
        out[s] = v;
      }
      // Undo the differencing, innermost last.
      for (let i = tails.length - 1; i >= 0; i--) {
        let level = tails[i];
        for (let s = 0; s < h; s++) { level += out[s]; out[s] = level; }
      }
      return out;
    },
  };
}

/**
 * auto.arima's choice, non-seasonal: d the fewest differences (0–2) after which the KPSS
 * test does not reject level stationarity at 5%, then the (p, q), p ≤ 2 and q ≤ 2, with
 * the least AICc.
 * @example autoArima(seasonallyAdjusted)?.forecast(169)
 */
export function autoArima(x: ArrayLike<number>): ArimaFit | undefined {
  let d = 0;
  let w: Float64Array = Float64Array.from(x);
  while (d < 2 && w.length > 20 && kpssStatistic(w) > KPSS_CRITICAL) { w = diff(w); d++; }
  let best: ArimaFit | undefined;
  for (let p = 0; p <= MAX_ORDER; p++) for (let q = 0; q <= MAX_ORDER; q++) {
    const f = fitArima(x, p, d, q);
    if (f && (!best || f.aicc < best.aicc)) best = f;
  }
  return best;
}
