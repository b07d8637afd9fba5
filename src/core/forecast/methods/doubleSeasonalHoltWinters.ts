import { sundayFirstWeekday } from '../../calendar/dates';
import { ForecastMethod } from './forecastMethod';

export interface HoltWintersOptions {
  /** Grids searched for the smoothing constants (level α, intraday δ, weekly ω). */
  alphas?: number[];
  deltas?: number[];
  omegas?: number[];
}

const EPS = 1e-6;

/**
 * Double-seasonal Holt–Winters exponential smoothing, multiplicative, with an intraday
 * cycle (one value per interval of the day) and a weekly cycle (one value per weekday and
 * interval) — Taylor (2003), J. Oper. Res. Soc. 54, and Taylor (2008), "A comparison of
 * univariate time series methods for forecasting intraday arrivals at a call center",
 * Management Science 54. The series is the open days with data in date order; the weekly
 * index is taken from the calendar weekday, so holidays and closed days do not shift it.
 *   l_t = α y_t/(d w) + (1−α) l_{t−1};  d = δ y_t/(l_t w) + (1−δ) d;  w = ω y_t/(l_t d) + (1−ω) w
 * Smoothing constants minimise the day-ahead squared error (each day forecast from the
 * states at the end of the day before) over a small grid.
 * Forecast = l_T × d_k × w_{weekday,k}.
 * @example doubleSeasonalHoltWinters().fit({ series, calendar })('2003-10-27')
 */
export function doubleSeasonalHoltWinters(opts: HoltWintersOptions = {}): ForecastMethod {
  const alphas = opts.alphas ?? [0.002, 0.01, 0.05];
  const deltas = opts.deltas ?? [0.01, 0.05, 0.15];
  const omegas = opts.omegas ?? [0.05, 0.15, 0.3];
  return {
    name: 'holt-winters',
    description: 'double-seasonal (intraday × weekly) multiplicative exponential smoothing (Taylor)',
    fit: ({ series }) => {
      const K = series.starts.length;
      const days = series.dates.map((d, i) => ({ w: sundayFirstWeekday(d), y: series.calls[i] }));
      if (days.length < 2 || K === 0) return () => undefined;
      // Initial states from the whole training window.
      let sum = 0;
      let n = 0;
      for (const d of days) for (let k = 0; k < K; k++) if (!Number.isNaN(d.y[k])) { sum += d.y[k]; n++; }
      if (n === 0 || sum <= 0) return () => undefined;
      const l0 = sum / n;
      const d0 = new Float64Array(K);
      const dn = new Float64Array(K);
      for (const d of days) for (let k = 0; k < K; k++) if (!Number.isNaN(d.y[k])) { d0[k] += d.y[k] / l0; dn[k]++; }
      for (let k = 0; k < K; k++) d0[k] = dn[k] > 0 ? Math.max(EPS, d0[k] / dn[k]) : EPS;
      const w0: Float64Array[] = Array.from({ length: 7 }, () => new Float64Array(K).fill(1));
      const wn: Float64Array[] = Array.from({ length: 7 }, () => new Float64Array(K));
      const wsum: Float64Array[] = Array.from({ length: 7 }, () => new Float64Array(K));
      for (const d of days) for (let k = 0; k < K; k++) if (!Number.isNaN(d.y[k])) { wsum[d.w][k] += d.y[k] / (l0 * d0[k]); wn[d.w][k]++; }
      for (let w = 0; w < 7; w++) for (let k = 0; k < K; k++) if (wn[w][k] > 0) w0[w][k] = Math.max(EPS, wsum[w][k] / wn[w][k]);

      const run = (a: number, dl: number, om: number, keep: boolean) => {
        let l = l0;
        const d = Float64Array.from(d0);
        const w = w0.map((x) => Float64Array.from(x));
        let sse = 0;
        for (const day of days) {
          const ww = w[day.w];
          const lDay = l; // the level known at the end of the previous day: day-ahead errors
          for (let k = 0; k < K; k++) {
            const y = day.y[k];
            if (Number.isNaN(y)) continue;
            const f = lDay * d[k] * ww[k];
            sse += (y - f) ** 2;
            const lNew = a * (y / (d[k] * ww[k])) + (1 - a) * l;
            const dNew = dl * (y / (lNew * ww[k])) + (1 - dl) * d[k];
            ww[k] = Math.max(EPS, om * (y / (lNew * d[k])) + (1 - om) * ww[k]);
            d[k] = Math.max(EPS, dNew);
            l = Math.max(EPS, lNew);
          }
        }
        return keep ? { sse, l, d, w } : { sse, l, d: d0, w: w0 };
      };
      let best = { a: alphas[0], dl: deltas[0], om: omegas[0], sse: Infinity };
      for (const a of alphas) for (const dl of deltas) for (const om of omegas) {
        const r = run(a, dl, om, false);
        if (r.sse < best.sse) best = { a, dl, om, sse: r.sse };
      }
      const final = run(best.a, best.dl, best.om, true);
      const seen = new Set(days.map((x) => x.w));
      return (target) => {
        const wd = sundayFirstWeekday(target);
        if (!seen.has(wd)) return undefined;
        const out = new Float64Array(K);
        for (let k = 0; k < K; k++) out[k] = Math.max(0, final.l * final.d[k] * final.w[wd][k]);
        return out;
      };
    },
  };
}
