/**
 * How well the forecast step forecasts a history, measured as a user would
 * measure it: for each of the last `days` days with data, the history of the
 * `windowDays` calendar days before it is given to `forecastHorizon` exactly
 * as `npm run forecast -- --from D --to D` gives it (cleaned, calendar
 * inferred from that window, the given holidays), and the day-ahead interval
 * forecast is scored against what happened (rolling origin; Tashman 2000,
 * "Out-of-sample tests of forecasting accuracy", IJF 16). `npm run forecast --
 * --backtest` and the forecasting benchmark both measure through this.
 */
import { type AccuracyFigures, accuracyFigures } from '../../forecast/accuracy';
import type { MethodName } from '../../forecast/methods/index';
import { type Result, invalid, success } from '../../result';
import { addDays } from '../../calendar/dates';
import type { HolidaySpec } from '../../calendar/regions';
import type { IntervalRecord } from '../../workload/intervalRecord';
import { DEFAULT_CLEANING, cleanHistory } from '../cleanHistory';
import { type ForecastSettings, forecastHorizon } from './forecast';

export interface DayAheadOptions {
  /** target days: the last `days` days with data */
  days: number;
  /** training window, calendar days before each target (default 56 = 8 weeks) */
  windowDays?: number;
  /** closed days: dates, or a region (forecast.holidays) */
  holidays?: HolidaySpec;
  /** interval tolerance for the hit rate, fraction (default 0.1) */
  tolerance?: number;
  /** what is done with anomalies in each window (default: the plan's default) */
  cleaning?: ForecastSettings['cleaning'];
}

export interface DayAheadScore {
  method: MethodName;
  /** over all scored intervals of all target days */
  figures: AccuracyFigures;
  /** interval wMAPE of each target day; undefined when the forecast failed or the day had no calls */
  perDay: { date: string; wmape: number | undefined }[];
  /** target days the forecast step could not forecast */
  missed: number;
  /** the method auto chose on each target day (auto only) */
  chosen?: string[];
}

export interface DayAheadAccuracy {
  targets: string[];
  scores: DayAheadScore[];
}

/**
 * Day-ahead accuracy of each method through the forecast step. Intervals the
 * target day has no record for are not scored; an interval the forecast lacks
 * counts as forecast 0.
 * @example dayAheadAccuracy(records, 5, ['auto', 'historical-average'], { days: 20 }).value.scores[0].figures.wmape //=> 0.078…
 */
export function dayAheadAccuracy(
  records: readonly IntervalRecord[],
  intervalMinutes: number,
  methods: readonly MethodName[],
  options: DayAheadOptions,
): Result<DayAheadAccuracy> {
  const n = Math.floor(options.days);
  const dates = [...new Set(records.map((r) => r.date))].sort();
  if (!(n >= 1)) return invalid(`backtest days must be 1 or more (got ${options.days})`);
  if (dates.length < n + 1) return invalid(`backtesting ${n} days needs more than ${n} days of history (got ${dates.length})`);
  const windowDays = options.windowDays ?? 56;
  const cleaning = options.cleaning ?? DEFAULT_CLEANING;
  const targets = dates.slice(-n);
  const byDate = new Map<string, IntervalRecord[]>();
  for (const r of records) {
    const day = byDate.get(r.date);
    if (day) day.push(r);
    else byDate.set(r.date, [r]);
  }

  const tallies = methods.map(() => ({ actual: [] as number[], forecast: [] as number[], perDay: [] as DayAheadScore['perDay'], missed: 0, chosen: [] as string[] }));
  for (const target of targets) {
    const first = addDays(target, -windowDays);
    const window = records.filter((r) => r.date >= first && r.date < target);
    const cleaned = cleanHistory(window, intervalMinutes, cleaning);
    const actual = byDate.get(target) ?? [];
    methods.forEach((method, m) => {
      const tally = tallies[m];
      const settings: ForecastSettings = { method, from: target, days: 1, holidays: options.holidays, events: [], cleaning };
      const horizon = window.length > 0 ? forecastHorizon(window, intervalMinutes, settings, cleaned) : undefined;
      if (!horizon?.ok) {
        tally.missed += 1;
        tally.perDay.push({ date: target, wmape: undefined });
        return;
      }
      if (method === 'auto') tally.chosen.push(horizon.value.predicted.method);
      const forecastAt = new Map(horizon.value.predicted.intervals.map((i) => [i.start, i.calls]));
      let error = 0;
      let calls = 0;
      for (const r of actual) {
        const f = forecastAt.get(r.start) ?? 0;
        tally.actual.push(r.offered);
        tally.forecast.push(f);
        error += Math.abs(f - r.offered);
        calls += r.offered;
      }
      tally.perDay.push({ date: target, wmape: calls > 0 ? error / calls : undefined });
    });
  }
  return success({
    targets,
    scores: methods.map((method, m) => ({
      method,
      figures: accuracyFigures(tallies[m].actual, tallies[m].forecast, options.tolerance ?? 0.1),
      perDay: tallies[m].perDay,
      missed: tallies[m].missed,
      ...(method === 'auto' ? { chosen: tallies[m].chosen } : {}),
    })),
  });
}
