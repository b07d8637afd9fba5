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

/** Each name's method with its default settings, made afresh per use (a name without a method does not compile). */
const METHODS: Readonly<Record<BaseMethodName, () => ForecastMethod>> = {
  'seasonal-naive': () => seasonalNaive,
  'moving-average': () => movingAverage(4),
  'weighted-moving-average': () => weightedMovingAverage(8),
  'historical-average': () => historicalAverage,
  ratio: () => ratioDecomposition,
  regression: () => regression,
  'calendar-regression': () => calendarRegression(),
  'holt-winters': () => doubleSeasonalHoltWinters(),
  combined: () => combination('combined', [calendarRegression(), doubleSeasonalHoltWinters()]),
};

/** @example isMethodName('ratio') //=> true; isMethodName('auto') //=> false (auto chooses among these) */
export const isMethodName = (name: string): name is BaseMethodName => Object.hasOwn(METHODS, name);

/**
 * The method of a name, with its default settings.
 * @example methodByName('moving-average').description //=> 'mean of the same weekday and interval over the last 4 weeks'
 */
export const methodByName = (name: BaseMethodName): ForecastMethod => METHODS[name]();
