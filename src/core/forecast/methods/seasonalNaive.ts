import { ForecastMethod, sameWeekdayDays, weightedDayMean } from './forecastMethod';

/**
 * Seasonal naive: each interval as on the most recent day of the same weekday.
 * (Hyndman & Athanasopoulos, FPP3 §5.2, with the weekly season taken by calendar date.)
 * @example seasonalNaive.fit({ series, calendar })('2003-10-27') // last Monday's counts
 */
export const seasonalNaive: ForecastMethod = {
  name: 'seasonal-naive',
  description: 'same interval on the most recent same weekday',
  fit: ({ series }) => (target) => {
    const days = sameWeekdayDays(series, target);
    return days.length ? weightedDayMean(series, days.slice(-1)) : undefined;
  },
};
