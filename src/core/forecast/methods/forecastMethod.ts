/**
 * The shape shared by every forecasting method: fit once on a training series, then give
 * calls per interval for any open target day.
 */
import { addDays, sundayFirstWeekday } from '../../calendar/dates';
import { DaySeries, sliceDates } from '../daySeries';
import { OpenCalendar } from '../openCalendar';
import type { RecurringEventDecision } from '../recurringEvents';

export interface MethodInput {
  /** Training days (already limited to the training window). */
  series: DaySeries;
  calendar: OpenCalendar;
  /** The last day whose outcome is known (ISO, inclusive): usually-open days up to it without
   * data were closed or lost. Default: the last date with data. A backtest sets it to the day
   * before the target. */
  origin?: string;
  /** The user's decisions on recurring calendar effects (methods that model them apply them). */
  eventDecisions?: readonly RecurringEventDecision[];
}

/** Calls per interval, aligned with `series.starts`, or undefined when the method has no basis for that day. */
export type DayForecast = (target: string) => Float64Array | undefined;

export interface ForecastMethod {
  readonly name: string;
  readonly description: string;
  /** The training window the method is tuned for, calendar days before the origin; absent =
   * every day given. Callers give `fit` that window (see trainingWindow). */
  readonly windowDays?: number;
  fit(input: MethodInput): DayForecast;
}

/** The most history any method trains on: a year, plus the days `auto` backtests. */
export const MAX_HISTORY_DAYS = 400;

/**
 * The part of `series` a method trains on: its `windowDays` (or `override`) calendar days
 * up to and including `end` (default: the last date).
 * @example trainingWindow(series, historicalAverage).dates.length // the last 8 weeks' days
 */
export function trainingWindow(series: DaySeries, method: ForecastMethod, end = series.dates[series.dates.length - 1], override?: number): DaySeries {
  const days = override ?? method.windowDays ?? MAX_HISTORY_DAYS;
  return sliceDates(series, addDays(end, -days + 1), addDays(end, 1));
}

/**
 * Indices of training days on the same weekday as `target`, oldest first.
 * @example sameWeekdayDays(series, '2003-10-27') // the Mondays
 */
export function sameWeekdayDays(series: DaySeries, target: string): number[] {
  const w = sundayFirstWeekday(target);
  const out: number[] = [];
  series.dates.forEach((d, i) => { if (sundayFirstWeekday(d) === w) out.push(i); });
  return out;
}

/**
 * Weighted mean per interval of the given days, skipping missing (NaN) values; intervals
 * with no value anywhere get 0. Undefined when `days` is empty.
 * @example weightedDayMean(series, [0, 1], [1, 1])
 */
export function weightedDayMean(series: DaySeries, days: readonly number[], weights?: readonly number[]): Float64Array | undefined {
  if (days.length === 0) return undefined;
  const K = series.starts.length;
  const s = new Float64Array(K);
  const w = new Float64Array(K);
  days.forEach((d, j) => {
    const wt = weights ? weights[j] : 1;
    const row = series.calls[d];
    for (let k = 0; k < K; k++) if (!Number.isNaN(row[k])) { s[k] += wt * row[k]; w[k] += wt; }
  });
  for (let k = 0; k < K; k++) s[k] = w[k] > 0 ? s[k] / w[k] : 0;
  return s;
}
