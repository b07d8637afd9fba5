import { dayNumber, sundayFirstWeekday } from '../../calendar/dates';
import { intradayProfile } from '../intradayProfile';
import { dayFeatures } from '../openCalendar';
import { ridgeRegression } from '../ridgeRegression';
import { completeDayTotals } from './dayLevels';
import { ForecastMethod, sameWeekdayDays } from './forecastMethod';

export interface CalendarRegressionOptions {
  /** Ridge penalty on the calendar terms (turn of month, after closure). Default 1. */
  calendarPenalty?: number;
  /** Ridge penalty on the trend (per 4 weeks). Default 3. */
  trendPenalty?: number;
  /** Profile smoothing bandwidth in minutes (Gaussian kernel σ). Default 10. */
  smoothingMinutes?: number;
  /** Carry the last day's residual forward by the residuals' lag-1 autocorrelation. Default true. */
  residualCarry?: boolean;
}

/** Largest residual autocorrelation used: a shock must fade. */
const MAX_PHI = 0.9;

/**
 * Lag-1 autocorrelation of consecutive residuals (least squares through the origin),
 * clamped to [0, MAX_PHI]: a negative estimate from a few dozen days is noise, not a signal.
 * @example residualAutocorrelation([0.1, 0.05, 0.025]) //=> 0.5
 */
export function residualAutocorrelation(res: readonly number[]): number {
  let sxy = 0;
  let sxx = 0;
  for (let i = 1; i < res.length; i++) { sxy += res[i] * res[i - 1]; sxx += res[i - 1] ** 2; }
  return sxx > 0 ? Math.max(0, Math.min(MAX_PHI, sxy / sxx)) : 0;
}

/**
 * Calendar regression: log daily totals fitted by ridge regression on weekday terms, a
 * damped linear trend, turn-of-month terms (1st, 2nd, 3rd and last business day of the
 * month) and after-closure terms (the 1st, 2nd and 3rd open day after a holiday or missing
 * day carry the demand it turned away); the day total is spread by the same weekday's
 * intraday profile smoothed across neighbouring intervals (counts are Poisson-noisy, the
 * profile is smooth). Day levels wander: a day above the model tends to be followed by
 * another, so the last day's log residual is carried forward, fading by the residuals' lag-1
 * autocorrelation per open day (regression with AR(1) errors).
 * Ridge regression: Hoerl & Kennard (1970); log-linear day models with correlated day
 * effects for call-centre arrivals: Weinberg, Brown & Stroud (2007), Shen & Huang (2008).
 * Penalties were chosen on this repository's benchmark (bench/forecast.ts, earlier periods).
 * @example calendarRegression().fit({ series, calendar })('2003-10-27')
 */
export function calendarRegression(opts: CalendarRegressionOptions = {}): ForecastMethod {
  const lamCal = opts.calendarPenalty ?? 1;
  const lamTrend = opts.trendPenalty ?? 3;
  const smoothing = opts.smoothingMinutes ?? 10;
  const carryResidual = opts.residualCarry ?? true;
  return {
    name: 'calendar-regression',
    description: 'log day totals by ridge regression on weekday, trend, turn-of-month and after-closure terms with the last residual carried forward, times a smoothed weekday profile',
    fit: ({ series, calendar, origin }) => {
      const { idx, totals } = completeDayTotals(series);
      if (idx.length === 0) return () => undefined;
      const has = new Set(series.dates);
      const end = series.dates[series.dates.length - 1];
      const wds = calendar.openWeekdays.map((o, w) => (o ? w : -1)).filter((w) => w >= 0 && idx.some((i) => sundayFirstWeekday(series.dates[i]) === w));
      const dummies = wds.slice(1);
      const tEnd = dayNumber(end);
      const row = (d: string) => {
        const f = dayFeatures(calendar, d, (x) => has.has(x), origin ?? end, series.dates[0]);
        // Trend in units of 4 weeks; beyond the history it is held after 4 weeks (damped), so
        // medium-horizon forecasts (1–3 months) do not extrapolate a short-window slope.
        return [1, ...dummies.map((w) => (sundayFirstWeekday(d) === w ? 1 : 0)), f.bd1, f.bd2, f.bd3, f.last, f.afterClosure, f.afterClosure2, f.afterClosure3, Math.min(1, (dayNumber(d) - tEnd) / 28)];
      };
      const X = idx.map((i) => row(series.dates[i]));
      const y = totals.map((t) => Math.log(t));
      const lambda = X[0].map((_, j) => (j <= dummies.length ? 1e-6 : j < X[0].length - 1 ? lamCal : lamTrend));
      const beta = ridgeRegression(X, y, lambda);
      if (!beta) return () => undefined;
      const logFit = (x: readonly number[]) => x.reduce((s, v, j) => s + v * beta[j], 0);
      const residuals = X.map((x, i) => y[i] - logFit(x));
      const phi = carryResidual ? residualAutocorrelation(residuals) : 0;
      const lastResidual = residuals[residuals.length - 1];
      const lastDay = dayNumber(series.dates[idx[idx.length - 1]]);
      const bandwidth = smoothing / series.intervalMinutes;
      return (target) => {
        if (!wds.includes(sundayFirstWeekday(target))) return undefined;
        let steps = 0; // open weekdays from the last complete day to the target
        for (let n = lastDay + 1; n <= dayNumber(target); n++) if (calendar.openWeekdays[(n + 4) % 7]) steps++;
        const total = Math.exp(logFit(row(target)) + lastResidual * phi ** Math.max(1, steps));
        const p = intradayProfile(series, sameWeekdayDays(series, target), { bandwidth });
        return p ? p.map((v) => v * total) : undefined;
      };
    },
  };
}
