/**
 * The forecasting methods by name.
 */
import { calendarRegression } from './calendarRegression';
import { combination } from './combination';
import { doubleSeasonalHoltWinters } from './doubleSeasonalHoltWinters';
import { ForecastMethod } from './forecastMethod';
import { historicalAverage, movingAverage, weightedMovingAverage } from './movingAverage';
import { ratioDecomposition } from './ratioMethod';
import { regression } from './regression';
import { seasonalNaive } from './seasonalNaive';

export type { ForecastMethod, MethodInput, DayForecast } from './forecastMethod';

/** Names accepted by `forecast` and the CLI's `--method` (plus 'auto'). */
export const METHOD_NAMES = [
  'seasonal-naive', 'moving-average', 'weighted-moving-average', 'historical-average',
  'ratio', 'regression', 'calendar-regression', 'holt-winters', 'combined',
] as const;

export type BaseMethodName = (typeof METHOD_NAMES)[number];
export type MethodName = BaseMethodName | 'auto';

/**
 * The method of a name, with its default settings.
 * @example methodByName('moving-average').description //=> 'mean of the same weekday and interval over the last 4 weeks'
 */
export function methodByName(name: BaseMethodName): ForecastMethod {
  switch (name) {
    case 'seasonal-naive': return seasonalNaive;
    case 'moving-average': return movingAverage(4);
    case 'weighted-moving-average': return weightedMovingAverage(8);
    case 'historical-average': return historicalAverage;
    case 'ratio': return ratioDecomposition;
    case 'regression': return regression;
    case 'calendar-regression': return calendarRegression();
    case 'holt-winters': return doubleSeasonalHoltWinters();
    default: return combination('combined', [calendarRegression(), doubleSeasonalHoltWinters()]);
  }
}
