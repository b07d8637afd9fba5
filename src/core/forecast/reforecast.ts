/**
 * Intraday reforecast: the rest of today from the day-ahead forecast and the
 * calls that arrived so far. Two corrections multiply the day-ahead forecast
 * after the cut:
 * - the day's level, `1 + w·(R − 1)`: R = actual ÷ forecast calls before the
 *   cut, shrunk toward 1 by w = the share of the day's forecast calls already
 *   seen (credibility weighting: an early, small morning says little about the
 *   day; Bühlmann 1967; the day-level update of Weinberg, Brown & Stroud 2007,
 *   "Bayesian forecasting of an inhomogeneous Poisson process with
 *   applications to call center data", JASA 102, section 5);
 * - the last half hour's deviation from that level, of which LOCAL_SHARE is
 *   carried on and fades with a half-life of LOCAL_HALF_LIFE minutes (the
 *   intraday autocorrelation that exponentially weighted updating exploits:
 *   Taylor 2008, "Exponentially weighted methods for forecasting intraday
 *   time series with multiple seasonal cycles", IJF 24; Shen & Huang 2008,
 *   Ann. Appl. Stat. 2, "dynamic within-day updating").
 * The two constants were chosen on the bank's 40 weekdays before the
 * benchmark's 20 (bench/forecast.ts, section 4), not on those 20.
 */
import { dayNumber } from '../calendar/dates';
import type { DaySeries } from './daySeries';

/** Minutes before the cut whose deviation is the local one. */
const LOCAL_MINUTES = 30;
/** Share of the last half hour's deviation carried on into the rest of the day. */
const LOCAL_SHARE = 0.5;
/** Half-life of the carried local deviation, minutes after the cut. */
const LOCAL_HALF_LIFE = 120;

/** One interval of the revised day. */
export interface ReforecastInterval {
  /** minutes since midnight */
  start: number;
  /** the day-ahead forecast, calls */
  dayAhead: number;
  /** calls that arrived (intervals before the cut), undefined after it */
  actual?: number;
  /** the revised forecast, calls: the actual before the cut, the corrected day-ahead forecast from it */
  calls: number;
}

export interface Reforecast {
  /** cut, minutes since midnight: intervals starting at or after it are revised */
  from: number;
  /** calls before the cut: what arrived and what the day-ahead forecast expected */
  actualSoFar: number;
  forecastSoFar: number;
  /** the share of the day's forecast calls before the cut (0–1): the weight of the level correction */
  weight: number;
  /** the level factor, 1 + weight·(actualSoFar ÷ forecastSoFar − 1) */
  factor: number;
  /** the last half hour's deviation from the level-corrected forecast, fraction (its LOCAL_SHARE carries on, fading) */
  localDeviation: number;
  /** calls after the cut: the day-ahead and the revised forecast */
  restDayAhead: number;
  restRevised: number;
  intervals: ReforecastInterval[];
}

/**
 * Revises a day from `cut` (minutes) on. `dayAhead` is the day-ahead
 * forecast by interval start (calls); `actual` the calls that arrived by
 * interval start (only those before the cut are read). The caller has
 * checked that the forecast before the cut is above 0.
 * @example reforecastDay(new Map([[690, 100], [720, 100]]), new Map([[690, 120]]), 720).intervals[1].calls //=> 100 · 1.1 · (1 + 0.5 · 0.0909) ≈ 115
 */
export function reforecastDay(dayAhead: ReadonlyMap<number, number>, actual: ReadonlyMap<number, number>, cut: number): Reforecast {
  const starts = [...dayAhead.keys()].sort((a, b) => a - b);
  let actualSoFar = 0;
  let forecastSoFar = 0;
  let restDayAhead = 0;
  let actualLocal = 0;
  let forecastLocal = 0;
  for (const s of starts) {
    const f = dayAhead.get(s) ?? 0;
    if (s >= cut) { restDayAhead += f; continue; }
    const a = actual.get(s) ?? 0;
    forecastSoFar += f;
    actualSoFar += a;
    if (s >= cut - LOCAL_MINUTES) { forecastLocal += f; actualLocal += a; }
  }
  const ratio = forecastSoFar > 0 ? actualSoFar / forecastSoFar : 1;
  const weight = forecastSoFar + restDayAhead > 0 ? forecastSoFar / (forecastSoFar + restDayAhead) : 0;
  const factor = Math.max(0, 1 + weight * (ratio - 1));
  const localDeviation = forecastLocal > 0 && factor > 0 ? actualLocal / (forecastLocal * factor) - 1 : 0;
  let restRevised = 0;
  const intervals: ReforecastInterval[] = starts.map((start) => {
    const f = dayAhead.get(start) ?? 0;
    if (start < cut) {
      const a = actual.get(start) ?? 0;
      return { start, dayAhead: f, actual: a, calls: a };
    }
    const fade = 0.5 ** ((start - cut) / LOCAL_HALF_LIFE);
    const calls = Math.max(0, f * factor * (1 + LOCAL_SHARE * localDeviation * fade));
    restRevised += calls;
    return { start, dayAhead: f, calls };
  });
  return { from: cut, actualSoFar, forecastSoFar, weight, factor, localDeviation, restDayAhead, restRevised, intervals };
}

/** Calendar days a history must span before a reforecast (two weeks: every weekday seen twice). */
export const MIN_REFORECAST_HISTORY_DAYS = 14;

/**
 * Calendar days from the first day of `series` to the day before `date`.
 * @example historySpanDays(series, '2003-03-17') //=> 14 (history from 2003-03-03)
 */
export function historySpanDays(series: Pick<DaySeries, 'dates'>, date: string): number {
  return series.dates.length === 0 ? 0 : dayNumber(date) - dayNumber(series.dates[0]);
}
