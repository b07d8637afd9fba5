import { dayNumber, sundayFirstWeekday } from '../../calendar/dates';
import { intradayProfile } from '../intradayProfile';
import { ridgeRegression } from '../ridgeRegression';
import { completeDayTotals } from './dayLevels';
import { ForecastMethod, sameWeekdayDays } from './forecastMethod';

/**
 * Regression with trend and seasonal terms: daily totals fitted by ordinary least squares
 * on an intercept, a linear trend in days and weekday dummies (Montgomery, Jennings &
 * Kulahci, "Introduction to Time Series Analysis and Forecasting", ch. 3), spread over the
 * day by the same weekday's mean profile. Negative forecasts are clipped to 0.
 * @example regression.fit({ series, calendar })('2003-10-27')
 */
export const regression: ForecastMethod = {
  name: 'regression',
  description: 'daily totals by least squares on trend + weekday terms, times the weekday profile',
  fit: ({ series, calendar }) => {
    const { idx, totals } = completeDayTotals(series);
    const open = calendar.openWeekdays.map((o, w) => (o ? w : -1)).filter((w) => w >= 0);
    const wds = open.filter((w) => idx.some((i) => sundayFirstWeekday(series.dates[i]) === w));
    const dummies = wds.slice(1);
    const t0 = idx.length ? dayNumber(series.dates[idx[0]]) : 0;
    const row = (d: string) => [1, (dayNumber(d) - t0) / 7, ...dummies.map((w) => (sundayFirstWeekday(d) === w ? 1 : 0))];
    const X = idx.map((i) => row(series.dates[i]));
    const distinctDays = new Set(idx.map((i) => dayNumber(series.dates[i]))).size;
    const beta = X.length >= 2 + dummies.length && distinctDays >= 2 ? ridgeRegression(X, totals, X[0].map(() => 0)) : undefined;
    return (target) => {
      if (!beta || !wds.includes(sundayFirstWeekday(target))) return undefined;
      const x = row(target);
      const total = Math.max(0, x.reduce((s, v, j) => s + v * beta[j], 0));
      const p = intradayProfile(series, sameWeekdayDays(series, target));
      return p ? p.map((v) => v * total) : undefined;
    };
  },
};
