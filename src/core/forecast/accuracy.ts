/**
 * Forecast accuracy measures (planning-guide.md step 3, "Accuracy"; FORECAST_ACCURACY).
 */
import { Result, success, invalid, noAnswer } from '../result';

export type AccuracyMetric = 'MAPE' | 'WMAPE' | 'BIAS' | 'HIT_RATE' | 'R2';

export interface AccuracyFigures {
  /** Mean absolute percentage error over intervals with actual > 0 (fraction). */
  mape: number | undefined;
  /** Σ|forecast − actual| ÷ Σ actual (fraction). */
  wmape: number | undefined;
  /** (Σ forecast − Σ actual) ÷ Σ actual: positive = over-forecast (fraction). */
  bias: number | undefined;
  /** Share of intervals with |forecast − actual| ≤ tolerance × actual. */
  hitRate: number | undefined;
  /** 1 − SS_res ÷ SS_tot. */
  r2: number | undefined;
  /** Intervals compared. */
  n: number;
}

/**
 * Signed percent error of each interval, (forecast − actual) ÷ actual; undefined where
 * actual is 0 (no percentage exists).
 * @example percentErrors([100, 0], [110, 3]) //=> [0.1, undefined]
 */
export function percentErrors(actual: readonly number[], forecast: readonly number[]): (number | undefined)[] {
  return actual.map((a, i) => (a > 0 ? (forecast[i] - a) / a : undefined));
}

function check(actual: readonly number[], forecast: readonly number[]): string | undefined {
  if (actual.length !== forecast.length) return `actual and forecast must have the same length (got ${actual.length} and ${forecast.length})`;
  if (actual.length === 0) return 'actual and forecast are empty';
  for (let i = 0; i < actual.length; i++) {
    if (typeof actual[i] !== 'number' || !Number.isFinite(actual[i])) return `actual ${i + 1} must be a number (got ${String(actual[i])})`;
    if (typeof forecast[i] !== 'number' || !Number.isFinite(forecast[i])) return `forecast ${i + 1} must be a number (got ${String(forecast[i])})`;
    if (actual[i] < 0) return `actual ${i + 1} must be 0 or more calls (got ${actual[i]})`;
  }
  return undefined;
}

/**
 * All accuracy figures at once; figures that do not exist for the data are undefined.
 * @example accuracyFigures([100, 200], [110, 180], 0.1) //=> { mape: 0.1, wmape: 30/300, bias: -10/300, hitRate: 1, r2: 1 - 500/5000, n: 2 }
 */
export function accuracyFigures(actual: readonly number[], forecast: readonly number[], tolerance = 0.1): AccuracyFigures {
  let sa = 0, sf = 0, sabs = 0, ape = 0, napes = 0, hits = 0;
  const n = actual.length;
  for (let i = 0; i < n; i++) {
    const a = actual[i];
    const f = forecast[i];
    sa += a;
    sf += f;
    sabs += Math.abs(f - a);
    if (a > 0) { ape += Math.abs(f - a) / a; napes++; }
    if (Math.abs(f - a) <= tolerance * a + 1e-12) hits++;
  }
  const mean = n > 0 ? sa / n : 0;
  let ssTot = 0, ssRes = 0;
  for (let i = 0; i < n; i++) {
    ssTot += (actual[i] - mean) ** 2;
    ssRes += (forecast[i] - actual[i]) ** 2;
  }
  return {
    mape: napes > 0 ? ape / napes : undefined,
    wmape: sa > 0 ? sabs / sa : undefined,
    bias: sa > 0 ? (sf - sa) / sa : undefined,
    hitRate: n > 0 ? hits / n : undefined,
    r2: ssTot > 0 ? 1 - ssRes / ssTot : undefined,
    n,
  };
}

/**
 * One accuracy figure over two equal-length ranges: 'MAPE' (default), 'WMAPE', 'BIAS',
 * 'HIT_RATE' (share of intervals within ±tolerance of actual, tolerance a fraction,
 * default 0.1) or 'R2'. Invalid on bad input; no-answer when the figure does not exist
 * (all actuals 0 for MAPE/WMAPE/BIAS, constant actuals for R2).
 * @example forecastAccuracy([100, 200], [110, 180], 'WMAPE') //=> success(0.1)
 */
export function forecastAccuracy(actual: readonly number[], forecast: readonly number[], metric: AccuracyMetric = 'MAPE', tolerance = 0.1): Result<number> {
  const bad = check(actual, forecast);
  if (bad) return invalid(bad);
  const m = String(metric).toUpperCase();
  if (!['MAPE', 'WMAPE', 'BIAS', 'HIT_RATE', 'R2'].includes(m)) return invalid(`metric must be MAPE, WMAPE, BIAS, HIT_RATE or R2 (got ${String(metric)})`);
  if (!Number.isFinite(tolerance) || tolerance < 0) return invalid(`tolerance must be a fraction 0 or more (got ${tolerance})`);
  const f = accuracyFigures(actual, forecast, tolerance);
  switch (m) {
    case 'MAPE': return f.mape === undefined ? noAnswer('every actual is 0: MAPE is undefined') : success(f.mape);
    case 'WMAPE': return f.wmape === undefined ? noAnswer('actuals sum to 0: WMAPE is undefined') : success(f.wmape);
    case 'BIAS': return f.bias === undefined ? noAnswer('actuals sum to 0: bias is undefined') : success(f.bias);
    case 'HIT_RATE': return success(f.hitRate as number);
    default: return f.r2 === undefined ? noAnswer('actuals are all equal: R² is undefined') : success(f.r2);
  }
}
