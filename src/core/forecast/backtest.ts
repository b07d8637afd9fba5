/**
 * Rolling-origin backtests (Tashman 2000, "Out-of-sample tests of forecasting accuracy",
 * IJF 16): for each of the last N days with data, fit on the days before it only (within the
 * method's window) and score the day-ahead interval forecast against what happened.
 */
import { Result, success, invalid } from '../result';
import { addDays } from '../calendar/dates';
import { accuracyFigures, AccuracyFigures } from './accuracy';
import { DaySeries, sliceDates } from './daySeries';
import { ForecastMethod, trainingWindow } from './methods/forecastMethod';
import { OpenCalendar } from './openCalendar';
import type { RecurringEventDecision } from './recurringEvents';

export interface BacktestOptions {
  /** Number of origins: the last `days` days with data are forecast one at a time. */
  days: number;
  /** Training window in calendar days before each target, for every method (default: each
   * method's own `windowDays`, or every day before the target). */
  windowDays?: number;
  /** Interval tolerance for the hit rate (fraction, default 0.1). */
  tolerance?: number;
  /** The user's decisions on recurring calendar effects, given to every fit as the forecast gives them. */
  eventDecisions?: readonly RecurringEventDecision[];
}

export interface MethodScore {
  method: string;
  /** Accuracy over all scored intervals of all target days. */
  figures: AccuracyFigures;
  /** Interval wMAPE of each target day (undefined when the method could not forecast it). */
  perDay: { date: string; wmape: number | undefined }[];
  /** Target days the method could not forecast (no comparable day in the window). */
  missed: number;
}

export interface BacktestResult {
  targets: string[];
  scores: MethodScore[];
}

/**
 * Backtests each method on the last `days` days of the series (day-ahead, rolling origin).
 * Missing actual intervals are not scored; a day a method cannot forecast is counted in
 * `missed`, left out of that method's figures, and listed with wmape undefined.
 * @example rollingOriginBacktest(series, calendar, [historicalAverage], { days: 20 })
 */
export function rollingOriginBacktest(series: DaySeries, calendar: OpenCalendar, methods: readonly ForecastMethod[], opts: BacktestOptions): Result<BacktestResult> {
  const n = Math.floor(opts.days);
  if (!(n >= 1)) return invalid(`backtest days must be 1 or more (got ${opts.days})`);
  if (series.dates.length < n + 1) return invalid(`backtesting ${n} days needs more than ${n} days of history (got ${series.dates.length})`);
  const targets = series.dates.slice(-n);
  const K = series.starts.length;
  const scores: MethodScore[] = methods.map((m) => {
    const actual: number[] = [];
    const fc: number[] = [];
    const perDay: { date: string; wmape: number | undefined }[] = [];
    let missed = 0;
    for (const t of targets) {
      const origin = addDays(t, -1);
      const train = trainingWindow(sliceDates(series, undefined, t), m, origin, opts.windowDays);
      const f = train.dates.length > 0 ? m.fit({ series: train, calendar, origin, eventDecisions: opts.eventDecisions })(t) : undefined;
      if (!f) { missed++; perDay.push({ date: t, wmape: undefined }); continue; }
      const a = series.calls[series.dates.indexOf(t)];
      let num = 0;
      let den = 0;
      for (let k = 0; k < K; k++) {
        if (Number.isNaN(a[k])) continue;
        actual.push(a[k]);
        fc.push(f[k]);
        num += Math.abs(f[k] - a[k]);
        den += a[k];
      }
      perDay.push({ date: t, wmape: den > 0 ? num / den : undefined });
    }
    return { method: m.name, figures: accuracyFigures(actual, fc, opts.tolerance ?? 0.1), perDay, missed };
  });
  return success({ targets, scores });
}
