/**
 * Non-seasonal exponential smoothing state-space models, ETS(E,T,N) with additive or
 * multiplicative errors and no, additive or damped trend, fitted by maximum likelihood and
 * chosen by AICc (Hyndman, Koehler, Snyder & Grose 2002, IJF 18; Hyndman, Koehler, Ord &
 * Snyder 2008, "Forecasting with Exponential Smoothing", ch. 2 and 7), as R's
 * forecast::ets(y, model = "ZZN") does: the same recursions, likelihood, parameter bounds
 * (α in [1e-4, 0.9999], β in [1e-4, α], φ in [0.8, 0.98]), initial states estimated with
 * the smoothing constants, and starting values.
 */
import { nelderMead } from './nelderMead';

export type EtsModel = 'ANN' | 'AAN' | 'AAdN' | 'MNN' | 'MAN' | 'MAdN';

export interface EtsFit {
  model: EtsModel;
  alpha: number;
  /** trend smoothing (absent without a trend) */
  beta?: number;
  /** trend damping (absent unless damped) */
  phi?: number;
  /** final level and slope (slope 0 without a trend) */
  level: number;
  slope: number;
  /** corrected Akaike information criterion (smaller is better) */
  aicc: number;
  /** point forecast h ≥ 1 steps after the last observation */
  forecast(h: number): number;
}

const ALPHA = [1e-4, 0.9999] as const;
const BETA_LOWER = 1e-4;
const PHI = [0.8, 0.98] as const;

/** −2 log-likelihood (up to a constant) and final states of one parameter set; Infinity when inadmissible. */
function likelihood(y: ArrayLike<number>, multiplicative: boolean, trend: boolean, alpha: number, beta: number, phi: number, l0: number, b0: number): { lik: number; level: number; slope: number } {
  let l = l0;
  let b = trend ? b0 : 0;
  let sse = 0;
  let logf = 0;
  for (let t = 0; t < y.length; t++) {
    const phib = phi * b;
    const f = l + phib;
    if (multiplicative && !(f > 0)) return { lik: Infinity, level: l, slope: b };
    const e = multiplicative ? (y[t] - f) / f : y[t] - f;
    sse += e * e;
    if (multiplicative) logf += Math.log(Math.abs(f));
    const lNew = f + alpha * (y[t] - f);
    if (trend) b = phib + (beta / alpha) * (lNew - l - phib);
    l = lNew;
  }
  return { lik: y.length * Math.log(sse) + (multiplicative ? 2 * logf : 0), level: l, slope: b };
}

/**
 * ETS model `model` fitted to y by maximum likelihood (Nelder–Mead over the smoothing
 * constants and the initial states); undefined when y is too short (under 10 values) or,
 * for multiplicative errors, not all positive.
 * @example fitEts(y, 'AAdN')?.forecast(48)
 */
export function fitEts(y: ArrayLike<number>, model: EtsModel): EtsFit | undefined {
  const n = y.length;
  if (n < 10) return undefined;
  const multiplicative = model[0] === 'M';
  if (multiplicative) for (let t = 0; t < n; t++) if (!(y[t] > 0)) return undefined;
  const trend = model !== 'ANN' && model !== 'MNN';
  const damped = model.endsWith('dN');
  // Initial states as R's initstate: the first 10 values' mean, or their least-squares line.
  const m = 10;
  let sy = 0;
  let sty = 0;
  for (let t = 0; t < m; t++) { sy += y[t]; sty += (t + 1) * y[t]; }
  const tBar = (m + 1) / 2;
  const stt = (m * (m * m - 1)) / 12;
  const slope0 = (sty - tBar * sy) / stt;
  let l0 = trend ? sy / m - slope0 * tBar : sy / m;
  let b0 = trend ? slope0 : 0;
  if (trend && Math.abs(l0 + b0) < 1e-8) { l0 *= 1.001; b0 *= 0.999; }
  const alpha0 = ALPHA[0] + 0.2 * (ALPHA[1] - ALPHA[0]);
  const beta0 = BETA_LOWER + 0.1 * (alpha0 - BETA_LOWER);
  const phi0 = PHI[0] + 0.99 * (PHI[1] - PHI[0]);
  const unpack = (p: number[]) => {
    let i = 0;
    const alpha = p[i++];
    const beta = trend ? p[i++] : 0;
    const phi = damped ? p[i++] : 1;
    const l = p[i++];
    const b = trend ? p[i++] : 0;
    return { alpha, beta, phi, l, b };
  };
  const objective = (p: number[]) => {
    const q = unpack(p);
    if (q.alpha < ALPHA[0] || q.alpha > ALPHA[1]) return Infinity;
    if (trend && (q.beta < BETA_LOWER || q.beta > q.alpha)) return Infinity;
    if (damped && (q.phi < PHI[0] || q.phi > PHI[1])) return Infinity;
    return likelihood(y, multiplicative, trend, q.alpha, q.beta, q.phi, q.l, q.b).lik;
  };
  const start = [alpha0, ...(trend ? [beta0] : []), ...(damped ? [phi0] : []), l0, ...(trend ? [b0] : [])];
  const best = nelderMead(objective, start);
  if (!Number.isFinite(best.value)) return undefined;
  const q = unpack(best.x);
  const end = likelihood(y, multiplicative, trend, q.alpha, q.beta, q.phi, q.l, q.b);
  const np = start.length + 1; // the parameters and the error variance
  const aicc = end.lik + 2 * np + (2 * np * (np + 1)) / (n - np - 1);
  const { level, slope } = end;
  return {
    model,
    alpha: q.alpha,
    ...(trend ? { beta: q.beta } : {}),
    ...(damped ? { phi: q.phi } : {}),
    level,
    slope,
    aicc,
    forecast: (h) => {
      if (!trend) return level;
      if (!damped) return level + h * slope;
      // φ + φ² + … + φ^h
      return level + slope * ((q.phi * (1 - q.phi ** h)) / (1 - q.phi));
    },
  };
}

/** The models R's ets(model = "ZZN") compares (no multiplicative trend). */
export const NON_SEASONAL_ETS: readonly EtsModel[] = ['ANN', 'AAN', 'AAdN', 'MNN', 'MAN', 'MAdN'];

/**
 * The model with the least AICc among `models` (default all six), each fitted by maximum
 * likelihood; undefined when none can be fitted.
 * @example autoEts(seasonallyAdjusted)?.model //=> 'MAdN'
 */
export function autoEts(y: ArrayLike<number>, models: readonly EtsModel[] = NON_SEASONAL_ETS): EtsFit | undefined {
  let best: EtsFit | undefined;
  for (const m of models) {
    const f = fitEts(y, m);
    if (f && (!best || f.aicc < best.aicc)) best = f;
  }
  return best;
}
