/**
 * Seasonal-trend decomposition by loess: STL (Cleveland, Cleveland, McRae & Terpenning
 * 1990, "STL: a seasonal-trend decomposition procedure based on loess", J. Official
 * Statistics 6, 3–73), coded as R's stats::stl (its Fortran stl.f) without the
 * robustness iterations, and MSTL for several seasonal periods (Bandara, Hyndman &
 * Bergmeir 2021, "MSTL: a seasonal-trend decomposition algorithm for time series with
 * multiple seasonal patterns", as R's forecast::mstl). Checked against R's mstl to
 * rounding in test/forecast/mstlEts.test.ts.
 */

/** An STL fit: y = seasonal + trend + remainder, elementwise. */
export interface StlFit {
  seasonal: Float64Array;
  trend: Float64Array;
}

export interface StlOptions {
  /** Seasonal loess span, in cycles (odd, ≥ 3; stl's s.window). The trend span is R's
   * default, the next odd ≥ 1.5 period ÷ (1 − 1.5 ÷ seasonalWindow) points. */
  seasonalWindow: number;
}

/** x rounded, plus 1 when even (R's nextodd). */
const nextOdd = (x: number): number => { const r = Math.round(x); return r % 2 === 0 ? r + 1 : r; };

/**
 * Loess estimate at abscissa `xs` (1-based, as stl.f) from y[nleft..nright] (1-based,
 * inclusive) with tricube weights over the span `len` and local degree 0 or 1; undefined
 * when every weight is 0.
 */

function loessAt(y: ArrayLike<number>, n: number, len: number, degree: number, xs: number, nleft: number, nright: number, w: Float64Array): number | undefined {
  const range = n - 1;
  let h = Math.max(xs - nleft, nright - xs);
  if (len > n) h += Math.floor((len - n) / 2);
  const h9 = 0.999 * h;
  const h1 = 0.001 * h;
  let a = 0;
  for (let j = nleft; j <= nright; j++) {
    w[j] = 0;
    const r = Math.abs(j - xs);
    if (r <= h9) {
      const u = r / h;
      const v = 1 - u * u * u;
      w[j] = r <= h1 ? 1 : v * v * v;
      a += w[j];
    }
  }
  if (a <= 0) return undefined;
  for (let j = nleft; j <= nright; j++) w[j] /= a;
  if (h > 0 && degree > 0) {
    let mean = 0;
    for (let j = nleft; j <= nright; j++) mean += w[j] * j;
    let b = xs - mean;
    let c = 0;
    for (let j = nleft; j <= nright; j++) c += w[j] * (j - mean) * (j - mean);
    if (Math.sqrt(c) > 0.001 * range) {
      b /= c;
      for (let j = nleft; j <= nright; j++) w[j] *= b * (j - mean) + 1;
    }
  }
  let ys = 0;
  for (let j = nleft; j <= nright; j++) ys += w[j] * y[j - 1];
  return ys;
}

/**
 * Loess smooth of y (length n) with span `len`, evaluated every `jump` points and
 * linearly interpolated between them (stl.f's stless).
 */
function loessSmooth(y: ArrayLike<number>, n: number, len: number, degree: number, jump: number): Float64Array {
  const ys = new Float64Array(n);
  if (n < 2) { ys[0] = y[0]; return ys; }
  const w = new Float64Array(n + 1);
  const at = (i: number, nl: number, nr: number) => { ys[i - 1] = loessAt(y, n, len, degree, i, nl, nr, w) ?? y[i - 1]; };
  const step = Math.min(jump, n - 1);
  let nleft = 1;
  let nright = n;
  if (len >= n) {
    for (let i = 1; i <= n; i += step) at(i, 1, n);
  } else if (step === 1) {
    const nsh = Math.floor((len + 1) / 2);
    nright = len;
    for (let i = 1; i <= n; i++) {
      if (i > nsh && nright !== n) { nleft++; nright++; }
      at(i, nleft, nright);
    }
  } else {
    const nsh = Math.floor((len + 1) / 2);
    for (let i = 1; i <= n; i += step) {
      if (i < nsh) { nleft = 1; nright = len; } else if (i >= n - nsh + 1) { nleft = n - len + 1; nright = n; } else { nleft = i - nsh + 1; nright = len + i - nsh; }
      at(i, nleft, nright);
    }
  }
  if (step !== 1) {
    for (let i = 1; i <= n - step; i += step) {
      const delta = (ys[i + step - 1] - ys[i - 1]) / step;
      for (let j = i + 1; j < i + step; j++) ys[j - 1] = ys[i - 1] + delta * (j - i);
    }
    const k = Math.floor((n - 1) / step) * step + 1;
    if (k !== n) {
      at(n, nleft, nright);
      if (k !== n - 1) {
        const delta = (ys[n - 1] - ys[k - 1]) / (n - k);
        for (let j = k + 1; j < n; j++) ys[j - 1] = ys[k - 1] + delta * (j - k);
      }
    }
  }
  return ys;
}

/** Moving average of length `len`: n − len + 1 values. */
function movingAverage(x: Float64Array, len: number): Float64Array {
  const out = new Float64Array(x.length - len + 1);
  let v = 0;
  for (let i = 0; i < len; i++) v += x[i];
  out[0] = v / len;
  for (let j = 1; j < out.length; j++) { v += x[j + len - 1] - x[j - 1]; out[j] = v / len; }
  return out;
}

/**
 * STL of y with seasonal period `period` (≥ 2 points; y should hold two cycles or more):
 * inner loops of cycle-subseries loess (degree 0), low-pass filter (moving averages of
 * period, period and 3, then loess of degree 1 over the next odd ≥ period) and trend
 * loess (degree 1), with R's default jumps (a tenth of each span).
 * @example stl(y, 48, { seasonalWindow: 11 }).seasonal
 */
export function stl(y: ArrayLike<number>, period: number, opts: StlOptions): StlFit {
  const n = y.length;
  const np = Math.max(2, period);
  const ns = Math.max(3, nextOdd(opts.seasonalWindow));
  const nt = Math.max(3, nextOdd(Math.ceil((1.5 * period) / (1 - 1.5 / opts.seasonalWindow))));
  const nl = Math.max(3, nextOdd(period));
  const [sJump, tJump, lJump] = [ns, nt, nl].map((s) => Math.ceil(s / 10));
  const trend = new Float64Array(n);
  const seasonal = new Float64Array(n);
  const detrended = new Float64Array(n);
  const cycle = new Float64Array(n + 2 * np);
  const sub = new Float64Array(Math.ceil(n / np) + 2);
  const w = new Float64Array(Math.ceil(n / np) + 3);
  // R's two inner iterations without robustness weights.
  for (let iter = 0; iter < 2; iter++) {
    for (let i = 0; i < n; i++) detrended[i] = y[i] - trend[i];
    // Cycle-subseries smoothing, each subseries extended by one cycle at either end.
    for (let j = 1; j <= np; j++) {
      const k = Math.floor((n - j) / np) + 1;
      for (let i = 1; i <= k; i++) sub[i - 1] = detrended[(i - 1) * np + j - 1];
      const sm = loessSmooth(sub, k, ns, 0, sJump);
      const first = loessAt(sub, k, ns, 0, 0, 1, Math.min(ns, k), w) ?? sm[0];
      const last = loessAt(sub, k, ns, 0, k + 1, Math.max(1, k - ns + 1), k, w) ?? sm[k - 1];
      cycle[j - 1] = first;
      for (let m = 0; m < k; m++) cycle[(m + 1) * np + j - 1] = sm[m];
      cycle[(k + 1) * np + j - 1] = last;
    }
    const low = loessSmooth(movingAverage(movingAverage(movingAverage(cycle, np), np), 3), n, nl, 1, lJump);
    for (let i = 0; i < n; i++) seasonal[i] = cycle[np + i] - low[i];
    for (let i = 0; i < n; i++) detrended[i] = y[i] - seasonal[i];
    trend.set(loessSmooth(detrended, n, nt, 1, tJump));
  }
  return { seasonal, trend };
}

/** An MSTL fit: y = Σ seasonal[i] + trend + remainder. */
export interface MstlFit {
  /** Seasonal periods used, ascending (those under half the series). */
  periods: number[];
  /** One seasonal component per period. */
  seasonals: Float64Array[];
  trend: Float64Array;
  /** y less every seasonal component (trend + remainder). */
  adjusted: Float64Array;
}

/**
 * MSTL: each seasonal component in turn re-estimated by STL on the series less the other
 * components, twice (R's iterate = 2), seasonal windows 7 + 4i for the i-th period
 * (i = 1, 2, …; R's default 11, 15, …); periods of half the series or more are dropped.
 * @example mstl(y, [48, 336]).adjusted
 */
export function mstl(y: ArrayLike<number>, periods: readonly number[]): MstlFit {
  const n = y.length;
  const ps = periods.filter((p) => p < n / 2).sort((a, b) => a - b);
  const seasonals: Float64Array[] = ps.map(() => new Float64Array(n));
  const adjusted = Float64Array.from(y);
  let trend: Float64Array = new Float64Array(n);
  for (let it = 0; it < 2; it++) {
    ps.forEach((p, i) => {
      for (let t = 0; t < n; t++) adjusted[t] += seasonals[i][t];
      const fit = stl(adjusted, p, { seasonalWindow: 7 + 4 * (i + 1) });
      seasonals[i] = fit.seasonal;
      trend = fit.trend;
      for (let t = 0; t < n; t++) adjusted[t] -= seasonals[i][t];
    });
  }
  return { periods: ps, seasonals, trend, adjusted };
}
