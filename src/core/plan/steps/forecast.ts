/**
 * Step 3, forecast: the history cleaned (anomalies flagged, the user's
 * decisions applied, accepted ones repaired), then calls and AHT forecast per
 * interval over the planning horizon, and calls per month for the budget year.
 * `npm run forecast`, the plan and the forecasting benchmark all forecast
 * through `forecastHorizon`.
 */
import { type ForecastResult, forecast } from '../../forecast/forecast';
import { dayAfterHolidayNote, holidayOptions } from '../../forecast/holidaySettings';
import type { RecurringEventDecision } from '../../forecast/recurringEvents';
import { type Result, success } from '../../result';
import { addDays } from '../../calendar/dates';
import type { HolidaySpec } from '../../calendar/regions';
import type { IntervalRecord } from '../../workload/intervalRecord';
import { type OpeningHours, deriveOpeningHours } from '../../workload/openingHours';
import { type BudgetMonth, budgetYear } from '../budgetYear';
import { type CleanedHistory, type CleaningSettings, cleanHistory } from '../cleanHistory';
import type { PlanConfig } from '../planConfig';
import type { ForecastSummary } from '../planResult';

/** What the horizon's forecast needs from the plan's `forecast` settings. */
export type ForecastSettings = Pick<PlanConfig['forecast'], 'method' | 'from' | 'days' | 'events'> & {
  /** closed days: dates, or a region's public holidays and make-up days (the plan's `forecast.holidays`; default none) */
  holidays?: HolidaySpec;
  cleaning: CleaningSettings;
  /** no calls outside them (default: read from the history) */
  openingHours?: OpeningHours;
  /** the user's decisions on the recurring effects the history shows (turn of month, days
   * after closures), as forecast.cleaning.overrides are on anomalies (default: all accepted
   * as measured): the plan's `forecast.recurringEvents` */
  recurringEvents?: readonly RecurringEventDecision[];
};

export interface HorizonForecast {
  cleaned: CleanedHistory;
  predicted: ForecastResult;
  /** the make-up working days (China's 调休) the horizon works, each with the weekday (0 = Monday) it is worked as (holidaySettings.ts) */
  makeupDays: ReadonlyMap<string, number>;
  /** first and last day of the horizon, 'YYYY-MM-DD' */
  from: string;
  to: string;
}

/**
 * The horizon's forecast: `settings.days` days from `settings.from` (default:
 * the day after the history), trained on the cleaned history (`cleaned`: the
 * same records already cleaned with `settings.cleaning`, when several methods
 * forecast one history).
 * `settings.holidays`: dates, or a region whose holidays' effect the history decides (holidaySettings.ts).
 * @example forecastHorizon(records, 30, { method: 'auto', days: 7, holidays: 'US-CA', events: [], cleaning: DEFAULT_CLEANING })
 */
export function forecastHorizon(
  records: readonly IntervalRecord[],
  intervalMinutes: number,
  settings: ForecastSettings,
  cleaned: CleanedHistory = cleanHistory(records, intervalMinutes, settings.cleaning),
): Result<HorizonForecast> {
  const lastDay = records.reduce((last, r) => (r.date > last ? r.date : last), '');
  const from = settings.from ?? addDays(lastDay, 1);
  const to = addDays(from, settings.days - 1);
  // holiday effects from the raw records: cleaning would repair a quiet holiday into a normal day
  const closed = holidayOptions(records, intervalMinutes, settings.holidays, from, to);
  const predicted = forecast(cleaned.records, {
    intervalMinutes,
    method: settings.method,
    from,
    to,
    holidays: closed.holidays,
    makeupDays: closed.makeupDays,
    events: [...closed.events, ...settings.events.map((e) => ({ name: e.name, from: e.from, to: e.to, factor: e.factor }))],
    openingHours: settings.openingHours ?? deriveOpeningHours(records, intervalMinutes),
    eventDecisions: settings.recurringEvents,
  });
  if (!predicted.ok) return { ...predicted, message: `forecast: ${predicted.message}` };
  predicted.value.notes.push(...closed.notes);
  const dayAfter = dayAfterHolidayNote(predicted.value.days, closed.holidays, predicted.value.method, predicted.value.recurringEvents);
  if (dayAfter) predicted.value.notes.push(dayAfter);
  return success({ cleaned, predicted: predicted.value, makeupDays: closed.makeupDays, from, to });
}

export interface PlanForecast {
  horizon: HorizonForecast;
  /** calls per month of the budget year, from the horizon's first day */
  months: BudgetMonth[];
  summary: ForecastSummary;
}

/** The plan's step 3: the horizon's forecast and the budget year, with the summary plan.json reports. */
export function forecastStep(
  records: readonly IntervalRecord[],
  intervalMinutes: number,
  settings: PlanConfig['forecast'] & { openingHours: OpeningHours },
): Result<PlanForecast> {
  const horizon = forecastHorizon(records, intervalMinutes, settings);
  if (!horizon.ok) return horizon;
  const { cleaned, predicted, from, to } = horizon.value;
  const year = budgetYear(cleaned.records, from, settings.growth);
  return success({
    horizon: horizon.value,
    months: year.months,
    summary: {
      method: predicted.method,
      backtest: (predicted.selection ?? []).map((s) => ({ method: s.method, wmape: s.wmape })),
      from,
      to,
      totalCalls: predicted.intervals.reduce((s, i) => s + i.calls, 0),
      monthly: year.months.map((m) => ({ month: m.month, calls: m.calls })),
      notes: [...cleaned.notes, ...predicted.notes, ...year.notes],
      repairMethod: settings.cleaning.repair,
      anomalies: cleaned.anomalies,
      recurringEvents: predicted.recurringEvents,
    },
  });
}
