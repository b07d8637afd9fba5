import { dayNumber, sundayFirstWeekday } from '../../calendar/dates';
import { intradayProfile, pooledProfile } from '../intradayProfile';
import { dayFeatures } from '../openCalendar';
import { ridgeRegression } from '../ridgeRegression';
import { completeDayTotals } from './dayLevels';
import { ForecastMethod } from './forecastMethod';
import { RECURRING_EVENTS, type RecurringEffect, type RecurringEventDecision } from '../recurringEvents';

export interface CalendarRegressionOptions {
  /** Ridge penalty on the calendar terms (turn of month, after closure). Default 1. */
  calendarPenalty?: number;
  /** Ridge penalty on the trend (per 4 weeks). Default 3. */
  trendPenalty?: number;
  /** Profile smoothing bandwidth in minutes (Gaussian kernel σ). Default 10. */
  smoothingMinutes?: number;
  /** Carry the last day's residual forward by the residuals' lag-1 autocorrelation. Default true. */
  residualCarry?: boolean;
  /** Training window, calendar days: the day model learns calendar effects (closures, turn of
   * month) from every occurrence in it. Default 365 (a year, when the history has one). */
  windowDays?: number;
  /** Decisions on the recurring effects (default: the fit input's, else every measured effect accepted). */
  eventDecisions?: readonly RecurringEventDecision[];
  /** Recent days that set the level and trend; older days (a level per 4 weeks) inform only
   * the weekday and calendar terms. Default 56. */
  levelDays?: number;
  /** Days of history the intraday profile is estimated from (shapes drift with the season). Default 56. */
  profileDays?: number;
  /** Bandwidth in minutes of the smoothing of the weekday's ratio to the pooled profile
   * (see pooledProfile; 0 = the weekday's own profile only). Default 30. */
  ratioSmoothingMinutes?: number;
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
 * day carry the demand it turned away), over up to a year of history: the last 8 weeks set
 * the level and trend, and each older 4-week block has a level of its own, so a year's
 * closures and month turns inform their terms without its seasons bending the trend. Day
 * levels wander: a day above the model tends to be followed by another, so the last day's
 * log residual is carried forward, fading by the residuals' lag-1 autocorrelation per open
 * day (regression with AR(1) errors). The day total is spread by the weekday's intraday
 * profile of the last 8 weeks, pooled with the other weekdays' of the same length (see
 * pooledProfile: counts are Poisson-noisy, the shape the weekdays share is not).
 * On 8 weeks of history the day model is the 8-week model (no older blocks).
 * Ridge regression: Hoerl & Kennard (1970); log-linear day models with correlated day
 * effects for call-centre arrivals: Weinberg, Brown & Stroud (2007), Shen & Huang (2008).
 * Penalties, windows and smoothing were chosen on this repository's benchmark
 * (bench/forecast.ts) over all five periods, not the last alone: on its 8-week protocol the
 * pooled profile gains in every period (0.0003–0.0007 interval wMAPE); given the whole
 * history before each day, the year window gains 0.0013 on average over 8 weeks (the days
 * after closures 8 weeks do not contain); level windows of 4, 8 or 12 weeks, and an 8-week
 * or whole-window profile, were within 0.0004 of each other.
 * @example calendarRegression().fit({ series, calendar })('2003-10-27')
 */
export function calendarRegression(opts: CalendarRegressionOptions = {}): ForecastMethod & { lastEffects?: RecurringEffect[] } {
  const lamCal = opts.calendarPenalty ?? 1;
  const lamTrend = opts.trendPenalty ?? 3;
  const smoothing = opts.smoothingMinutes ?? 5;
  const carryResidual = opts.residualCarry ?? true;
  const profileDays = opts.profileDays ?? 56;
  const ratioSmoothing = opts.ratioSmoothingMinutes ?? 30;
  const levelDays = opts.levelDays ?? 56;
  const method: ForecastMethod & { lastEffects?: RecurringEffect[] } = {
    name: 'calendar-regression',
    windowDays: opts.windowDays ?? 365,
    description: 'log day totals by ridge regression on weekday, trend, turn-of-month and after-closure terms with the last residual carried forward, times a smoothed weekday profile',
    fit: ({ series, calendar, origin, eventDecisions }) => {
      const decided = new Map((opts.eventDecisions ?? eventDecisions ?? []).map((d) => [d.event, d]));
      const { idx, totals } = completeDayTotals(series);
      if (idx.length === 0) return () => undefined;
      const has = new Set(series.dates);
      const end = series.dates[series.dates.length - 1];
      const wds = calendar.openWeekdays.map((o, w) => (o ? w : -1)).filter((w) => w >= 0 && idx.some((i) => sundayFirstWeekday(series.dates[i]) === w));
      const dummies = wds.slice(1);
      const tEnd = dayNumber(end);
      // Days older than the recent `levelDays` get a level of their own per 4-week block: they
      // inform the weekday and calendar terms, not today's level (a year has seasons a linear
      // trend cannot follow).
      const LEVEL_BLOCK = 28;
      const block = (d: string) => Math.floor((tEnd - dayNumber(d)) / LEVEL_BLOCK) - Math.floor(levelDays / LEVEL_BLOCK);
      const blocks = [...new Set(idx.map((i) => block(series.dates[i])).filter((b) => b >= 0))].sort((a, b) => a - b);
      const row = (d: string) => {
        const f = dayFeatures(calendar, d, (x) => has.has(x), origin ?? end, series.dates[0]);
        const b = block(d);
        // Trend in units of 4 weeks over the recent days; beyond the history it is held after
        // 4 weeks (damped), so medium-horizon forecasts (1–3 months) do not extrapolate a
        // short-window slope.
        const trend = Math.max(-levelDays / LEVEL_BLOCK, Math.min(1, (dayNumber(d) - tEnd) / LEVEL_BLOCK));
        return [1, ...dummies.map((w) => (sundayFirstWeekday(d) === w ? 1 : 0)), ...blocks.map((x) => (x === b ? 1 : 0)), f.bd1, f.bd2, f.bd3, f.last, f.afterClosure, f.afterClosure2, f.afterClosure3, trend];
      };
      const X = idx.map((i) => row(series.dates[i]));
      const y = totals.map((t) => Math.log(t));
      const free = 1 + dummies.length + blocks.length;
      const lambda = X[0].map((_, j) => (j < free ? 1e-6 : j < X[0].length - 1 ? lamCal : lamTrend));
      // A decided effect is fixed: its log factor (0 when rejected) is taken out of the data
      // and its coefficient pinned there by a huge penalty.
      const fixed = RECURRING_EVENTS.map((e) => {
        const d = decided.get(e);
        return d === undefined ? undefined : d.accept ? (d.factor === undefined ? undefined : Math.log(Math.max(d.factor, 1e-6))) : 0;
      });
      const measuredFit = ridgeRegression(X, y, lambda);
      const yFixed = X.map((x, i) => y[i] - fixed.reduce((o: number, f, e) => o + (f === undefined ? 0 : f * x[free + e]), 0));
      fixed.forEach((f, e) => { if (f !== undefined) lambda[free + e] = 1e12; });
      const fitted = fixed.some((f) => f !== undefined) ? ridgeRegression(X, yFixed, lambda) : measuredFit;
      if (!fitted || !measuredFit) return () => undefined;
      const beta = fitted.map((b, j) => (j >= free && j < free + RECURRING_EVENTS.length && fixed[j - free] !== undefined ? fixed[j - free]! : b));
      method.lastEffects = RECURRING_EVENTS.map((event, e) => ({
        event,
        dates: idx.filter((_, r) => X[r][free + e] === 1).map((i) => series.dates[i]),
        effect: Math.exp(beta[free + e]) - 1,
        measured: Math.exp(measuredFit[free + e]) - 1,
        accepted: decided.get(event)?.accept ?? true,
        overridden: decided.has(event),
      }));
      const logFit = (x: readonly number[]) => x.reduce((s, v, j) => s + v * beta[j], 0);
      const residuals = X.map((x, i) => y[i] - logFit(x));
      const phi = carryResidual ? residualAutocorrelation(residuals) : 0;
      const lastResidual = residuals[residuals.length - 1];
      const lastDay = dayNumber(series.dates[idx[idx.length - 1]]);
      const bandwidth = smoothing / series.intervalMinutes;
      const recent = series.dates.map((_, i) => i).filter((i) => tEnd - dayNumber(series.dates[i]) < profileDays);
      // The pool: recent days of the weekdays open about as many intervals as the target's
      // (a Saturday open half the day has another shape, not a noisier one).
      const present = series.calls.map((row) => row.reduce((n, v) => n + (Number.isNaN(v) ? 0 : 1), 0));
      const span = new Array<number>(7).fill(0);
      for (const i of recent) span[sundayFirstWeekday(series.dates[i])] = Math.max(span[sundayFirstWeekday(series.dates[i])], present[i]);
      return (target) => {
        if (!wds.includes(sundayFirstWeekday(target))) return undefined;
        let steps = 0; // open weekdays from the last complete day to the target
        for (let n = lastDay + 1; n <= dayNumber(target); n++) if (calendar.openWeekdays[(n + 4) % 7]) steps++;
        const total = Math.exp(logFit(row(target)) + lastResidual * phi ** Math.max(1, steps));
        const w = sundayFirstWeekday(target);
        let own = recent.filter((i) => sundayFirstWeekday(series.dates[i]) === w);
        if (own.length === 0) own = series.dates.map((_, i) => i).filter((i) => sundayFirstWeekday(series.dates[i]) === w);
        const pool = recent.filter((i) => Math.abs(span[sundayFirstWeekday(series.dates[i])] - span[w]) <= 0.1 * span[w]);
        const p = ratioSmoothing > 0
          ? pooledProfile(series, own, pool, { bandwidth, ratioBandwidth: ratioSmoothing / series.intervalMinutes })
          : intradayProfile(series, own, { bandwidth });
        return p ? p.map((v) => v * total) : undefined;
      };
    },
  };
  return method;
}
