import { dayNumber, fromDayNumber, sundayFirstWeekday } from '../../calendar/dates';
import type { DaySeries } from '../daySeries';
import { autoArima } from '../arima';
import { autoEts } from '../ets';
import type { OpenCalendar } from '../openCalendar';
import { mstl } from '../stl';
import { ForecastMethod } from './forecastMethod';

/** Point forecasts 1…h steps after the seasonally adjusted series ends (undefined: no model fits). */
type AdjustedForecast = (adjusted: Float64Array) => ((h: number) => number) | undefined;

/** The series on a regular grid: every usually-open weekday from the first to the last date with data, K intervals each. */
interface Grid {
  days: string[];
  values: Float64Array;
}

/**
 * The training days laid on a regular grid of usually-open weekdays (so a holiday or a lost
 * day does not shift the weekly cycle): a day or interval without data takes the mean of
 * the same weekday and interval a week before and a week after (the nearer one alone at an
 * end; the nearest such day with data further away), and 0 where that weekday never has data
 * in the interval (hours the centre is closed that day).
 */
function regularGrid(series: DaySeries, calendar: OpenCalendar): Grid {
  const K = series.starts.length;
  const row = new Map(series.dates.map((d, i) => [d, series.calls[i]]));
  const days: string[] = [];
  for (let n = dayNumber(series.dates[0]); n <= dayNumber(series.dates[series.dates.length - 1]); n++) {
    if (calendar.openWeekdays[(n + 4) % 7]) days.push(fromDayNumber(n));
  }
  const values = new Float64Array(days.length * K);
  const value = (d: string, k: number) => { const r = row.get(d); return r && !Number.isNaN(r[k]) ? r[k] : undefined; };
  const first = dayNumber(days[0]);
  const last = dayNumber(days[days.length - 1]);
  days.forEach((d, i) => {
    const n = dayNumber(d);
    for (let k = 0; k < K; k++) {
      let v = value(d, k);
      for (let weeks = 1; v === undefined && (n - 7 * weeks >= first || n + 7 * weeks <= last); weeks++) {
        const before = value(fromDayNumber(n - 7 * weeks), k);
        const after = value(fromDayNumber(n + 7 * weeks), k);
        v = before !== undefined && after !== undefined ? (before + after) / 2 : before ?? after;
      }
      values[i * K + k] = v ?? 0;
    }
  });
  return { days, values };
}

/**
 * MSTL forecasting: the history (calls per interval on the usually-open weekdays, in order)
 * is decomposed by MSTL into an intraday season (one day's intervals), a weekly one (the
 * open weekdays' intervals) and the seasonally adjusted rest (Bandara, Hyndman & Bergmeir
 * 2021; STL: Cleveland et al. 1990); the adjusted series is forecast by `adjusted`, each
 * season by its last cycle, and the forecast is their sum (R's forecast::stlf; Hyndman &
 * Athanasopoulos, FPP2 §6.8, §11.1). Negative forecasts (an additive decomposition at quiet
 * hours) are clipped to 0. Calendar effects (days after closures, the turn of the month)
 * are not modelled: that is calendar-regression's job.
 */
function mstlMethod(name: string, description: string, adjusted: AdjustedForecast): ForecastMethod {
  return {
    name,
    description,
    fit: ({ series, calendar }) => {
      const K = series.starts.length;
      if (K < 2 || series.dates.length === 0) return () => undefined;
      const grid = regularGrid(series, calendar);
      const openDays = calendar.openWeekdays.filter(Boolean).length;
      const fit = mstl(grid.values, openDays > 1 ? [K, K * openDays] : [K]);
      // The weekly season is needed: without two weeks of history there is no basis.
      if (fit.periods.length < (openDays > 1 ? 2 : 1)) return () => undefined;
      const ahead = adjusted(fit.adjusted);
      if (!ahead) return () => undefined;
      const n = grid.values.length;
      const lastDay = dayNumber(grid.days[grid.days.length - 1]);
      return (target) => {
        const t = dayNumber(target);
        if (t <= lastDay || !calendar.openWeekdays[sundayFirstWeekday(target)]) return undefined;
        let days = 0; // usually-open weekdays after the last day up to the target
        for (let m = lastDay + 1; m <= t; m++) if (calendar.openWeekdays[(m + 4) % 7]) days++;
        const out = new Float64Array(K);
        for (let k = 0; k < K; k++) {
          const h = (days - 1) * K + k + 1;
          let v = ahead(h);
          fit.periods.forEach((p, i) => { v += fit.seasonals[i][n - p + ((h - 1) % p)]; });
          out[k] = Math.max(0, v);
        }
        return out;
      };
    },
  };
}

/**
 * MSTL + ETS: the seasonally adjusted series forecast by the non-seasonal ETS model with the
 * least AICc (Hyndman et al. 2002), as R's stlf(y) with its defaults; on R's taylor data it
 * reproduces stlf's forecast to 1e-8 (test/forecast/mstl.test.ts).
 * @example mstlEts().fit({ series, calendar })('2003-10-27')
 */
export function mstlEts(): ForecastMethod {
  return mstlMethod('mstl-ets', 'MSTL decomposition into intraday and weekly seasons, exponential smoothing (ETS) of the seasonally adjusted series, each season repeated from its last cycle', (adjusted) => {
    const ets = autoEts(adjusted);
    return ets && ((h) => ets.forecast(h));
  });
}

/**
 * MSTL + ARIMA: the seasonally adjusted series forecast by the non-seasonal ARIMA model
 * auto.arima would choose (see autoArima), as R's stlf(y, method = "arima"): on R's taylor
 * data, R's most accurate method of six (test/forecast/mstl.test.ts).
 * @example mstlArima().fit({ series, calendar })('2003-10-27')
 */
export function mstlArima(): ForecastMethod {
  return mstlMethod('mstl-arima', 'MSTL decomposition into intraday and weekly seasons, ARIMA of the seasonally adjusted series, each season repeated from its last cycle', (adjusted) => {
    const arima = autoArima(adjusted);
    if (!arima) return undefined;
    let path: Float64Array = new Float64Array(0);
    return (h) => {
      if (h > path.length) path = arima.forecast(Math.max(h, 2 * path.length));
      return path[h - 1];
    };
  });
}
