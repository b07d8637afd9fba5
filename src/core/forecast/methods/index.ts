/**
 * The forecasting methods by name.
 */
import { calendarRegression } from './calendarRegression';
import { combination } from './combination';
import { doubleSeasonalHoltWinters } from './doubleSeasonalHoltWinters';
import { ForecastMethod } from './forecastMethod';
import { mstlArima, mstlEts } from './mstl';
import { historicalAverage, movingAverage, weightedMovingAverage } from './movingAverage';
import { ratioDecomposition } from './ratioMethod';
import { regression } from './regression';
import { seasonalNaive } from './seasonalNaive';

export type { ForecastMethod, MethodInput, DayForecast } from './forecastMethod';

/** Names accepted by `forecast` and the CLI's `--method` (plus 'auto'). */
export const METHOD_NAMES = [
  'seasonal-naive', 'moving-average', 'weighted-moving-average', 'historical-average',
  'ratio', 'regression', 'calendar-regression', 'holt-winters', 'mstl-ets', 'mstl-arima', 'combined',
] as const;

export type BaseMethodName = (typeof METHOD_NAMES)[number];

/**
 * The methods `auto` backtests: every method but the MSTL pair, which are used
 * when named (method "mstl-arima" or "mstl-ets"). Measured through auto's own
 * day-ahead backtest they lost every day on the bank benchmark (0.0855 against
 * calendar-regression's 0.0739) and on R's taylor series (0.0095 against
 * Holt–Winters' 0.0083), while each fit costs about a second: trying them made
 * every plan several seconds slower and changed no choice.
 */
export const AUTO_CANDIDATES: readonly BaseMethodName[] = METHOD_NAMES.filter((m) => m !== 'mstl-ets' && m !== 'mstl-arima');
export type MethodName = BaseMethodName | 'auto';

/** A method trained on the last `days` calendar days only. */
const within = (days: number, m: ForecastMethod): ForecastMethod => ({ ...m, windowDays: days, fit: m.fit });

/**
 * Each name's method with its default settings, made afresh per use (a name without a method
 * does not compile), and its training window: the averages and the plain regression keep the
 * 8 weeks they are defined and tuned on (historical-average is the 8-week baseline; a longer
 * window makes them slower to follow the level and the trend a guess over seasons);
 * calendar-regression takes up to a year (see its doc comment); Holt–Winters 8 weeks (on the
 * benchmark, 12–24 weeks moved it by under 0.001 wMAPE, for three times the fitting); the
 * MSTL methods 15 weeks, the span of their weekly seasonal window (R's s.window 15 cycles:
 * older weeks hardly move the last cycle, and the adjusted series' model is fitted on every
 * interval, so a year costs six times as much for little);
 * combined gives each member its own window.
 */
const METHODS: Readonly<Record<BaseMethodName, () => ForecastMethod>> = {
  'seasonal-naive': () => within(56, seasonalNaive),
  'moving-average': () => within(56, movingAverage(4)),
  'weighted-moving-average': () => within(56, weightedMovingAverage(8)),
  'historical-average': () => within(56, historicalAverage),
  ratio: () => within(56, ratioDecomposition),
  regression: () => within(56, regression),
  'calendar-regression': () => calendarRegression(),
  'holt-winters': () => within(56, doubleSeasonalHoltWinters()),
  'mstl-ets': () => within(105, mstlEts()),
  'mstl-arima': () => within(105, mstlArima()),
  combined: () => combination('combined', [calendarRegression(), within(56, doubleSeasonalHoltWinters())]),
};

/** @example isMethodName('ratio') //=> true; isMethodName('auto') //=> false (auto chooses among these) */
export const isMethodName = (name: string): name is BaseMethodName => Object.hasOwn(METHODS, name);

/**
 * The method of a name, with its default settings.
 * @example methodByName('moving-average').description //=> 'mean of the same weekday and interval over the last 4 weeks'
 */
export const methodByName = (name: BaseMethodName): ForecastMethod => METHODS[name]();
