import { sundayFirstWeekday } from '../../calendar/dates';
import { intradayProfile } from '../intradayProfile';
import { completeDayTotals } from './dayLevels';
import { ForecastMethod, sameWeekdayDays } from './forecastMethod';

/**
 * Ratio decomposition at the short horizon (planning-guide.md step 3): the average day
 * over the training window (mean over the seven weekdays of calls per day with data,
 * closed weekdays counting 0) × the target weekday's index (its mean ÷ that average) × the
 * weekday's interval shares of the day.
 * @example ratioDecomposition.fit({ series, calendar })('2003-10-27')
 */
export const ratioDecomposition: ForecastMethod = {
  name: 'ratio',
  description: 'average day × weekday index × interval share of day (ratio decomposition)',
  fit: ({ series }) => {
    const { idx, totals } = completeDayTotals(series);
    const sum = new Array(7).fill(0);
    const n = new Array(7).fill(0);
    idx.forEach((i, j) => { const w = sundayFirstWeekday(series.dates[i]); sum[w] += totals[j]; n[w]++; });
    const mean = sum.map((s, w) => (n[w] > 0 ? s / n[w] : 0));
    const weekAvg = mean.reduce((a, b) => a + b, 0) / 7;
    return (target) => {
      const w = sundayFirstWeekday(target);
      if (n[w] === 0 || weekAvg <= 0) return undefined;
      const index = mean[w] / weekAvg;
      const p = intradayProfile(series, sameWeekdayDays(series, target));
      return p ? p.map((v) => v * weekAvg * index) : undefined;
    };
  },
};
