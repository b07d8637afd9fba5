import { ForecastMethod, sameWeekdayDays, weightedDayMean } from './forecastMethod';

/**
 * Moving average of the same interval over the last `weeks` same-weekday days (calls per
 * interval; missing intervals skipped).
 * @example movingAverage(4).fit({ series, calendar })('2003-10-27')
 */
export function movingAverage(weeks = 4): ForecastMethod {
  return {
    name: 'moving-average',
    description: `mean of the same weekday and interval over the last ${weeks} weeks`,
    fit: ({ series }) => (target) => weightedDayMean(series, sameWeekdayDays(series, target).slice(-weeks)),
  };
}

/**
 * Weighted moving average: the last `weeks` same-weekday days with linearly decreasing
 * weights (most recent `weeks`, oldest 1).
 * @example weightedMovingAverage(8).fit({ series, calendar })('2003-10-27')
 */
export function weightedMovingAverage(weeks = 8): ForecastMethod {
  return {
    name: 'weighted-moving-average',
    description: `same weekday and interval over the last ${weeks} weeks, linearly decaying weights`,
    fit: ({ series }) => (target) => {
      const days = sameWeekdayDays(series, target).slice(-weeks);
      return weightedDayMean(series, days, days.map((_, j) => j + 1));
    },
  };
}

/**
 * Historical average of comparable periods: mean of the same weekday and interval over
 * every such day in the training window (the "plain 8-week average" baseline when the
 * window is 8 weeks).
 * @example historicalAverage.fit({ series, calendar })('2003-10-27')
 */
export const historicalAverage: ForecastMethod = {
  name: 'historical-average',
  description: 'mean of the same weekday and interval over the training window',
  fit: ({ series }) => (target) => weightedDayMean(series, sameWeekdayDays(series, target)),
};
