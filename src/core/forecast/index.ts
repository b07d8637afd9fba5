/**
 * Forecasting (planning-guide.md step 3): clean → forecast → measure accuracy.
 */
export { forecastRatio, monthlyTotals } from './ratioDecomposition';
export type { AccuracyMetric, AccuracyFigures } from './accuracy';
export { forecastAccuracy, accuracyFigures, percentErrors } from './accuracy';
export type { DaySeries } from './daySeries';
export { toDaySeries, sliceDates, dayTotal } from './daySeries';
export type { OpenCalendar } from './openCalendar';
export { inferOpenCalendar, isOpen, nextOpenDay } from './openCalendar';
export type { ForecastMethod, MethodInput, DayForecast, MethodName, BaseMethodName } from './methods/index';
export { methodByName, METHOD_NAMES } from './methods/index';
export type { CalendarRegressionOptions } from './methods/calendarRegression';
export { calendarRegression } from './methods/calendarRegression';
export { doubleSeasonalHoltWinters } from './methods/doubleSeasonalHoltWinters';
export { combination } from './methods/combination';
export type { BacktestOptions, BacktestResult, MethodScore } from './backtest';
export { rollingOriginBacktest } from './backtest';
export type { AutoOptions, AutoChoice } from './autoSelect';
export { chooseMethod, autoMethod } from './autoSelect';
export type { ForecastOptions, ForecastResult, ForecastInterval, ForecastDay } from './forecast';
export { forecast } from './forecast';
export { ahtByInterval } from './ahtForecast';
export type { EventAdjustment } from './events';
export { applyEvents, validateEvents, estimateEventFactor } from './events';
export type { AnomalyFlag, AnomalyOptions } from './anomalies';
export { detectAnomalies } from './anomalies';
export type { RepairMethod, Repair } from './repair';
export { repairAnomalies, fromDaySeries } from './repair';
export { gaussianSmooth, intradayProfile } from './intradayProfile';
