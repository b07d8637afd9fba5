/**
 * Step 3's intraday update: today's day-ahead forecast revised from the calls
 * that arrived before a clock time (reforecast.ts), on the history a user
 * gives `npm run forecast -- --reforecast-from HH:MM` or the wizard's "Update
 * today": the days before `date` plus `date`'s intervals before the cut.
 */
import { parseClock } from '../../calendar/parse';
import { formatClock } from '../../calendar/clock';
import { MIN_REFORECAST_HISTORY_DAYS, type Reforecast, historySpanDays, reforecastDay } from '../../forecast/reforecast';
import { weekday } from '../../calendar/dates';
import { type Note, note } from '../../notes/note';
import { invalidNote } from '../../notes/noAnswerNote';
import { type Result, success } from '../../result';
import type { IntervalRecord } from '../../workload/intervalRecord';
import { deriveOpeningHours, formatDayHours } from '../../workload/openingHours';
import { baseStaff } from '../../staffing/baseStaff';
import type { PlanResult } from '../planResult';
import { type ForecastSettings, type HorizonForecast, forecastHorizon } from './forecast';

export interface TodayReforecast {
  /** the day-ahead forecast of `date` from the days before it */
  dayAhead: HorizonForecast;
  revised: Reforecast;
  /** the update in words: the morning against the forecast and the factor applied */
  note: Note;
}

/**
 * Reforecasts `date` from `time` ("HH:MM") on. `records` holds the history
 * and `date`'s intervals so far (those at or after `time` are not read);
 * `settings` are the forecast step's (from and days are set here).
 * @example reforecastToday(records, 5, '2003-10-24', '12:00', settings).value.revised.factor //=> 1.04…
 */
export function reforecastToday(
  records: readonly IntervalRecord[],
  intervalMinutes: number,
  date: string,
  time: string,
  settings: Omit<ForecastSettings, 'from' | 'days'>,
): Result<TodayReforecast> {
  const cut = parseClock(time, 'reforecast time');
  if (!cut.ok) return invalidNote(note('reforecast.badTime', { value: time }));
  const history = records.filter((r) => r.date < date);
  const span = historySpanDays({ dates: [...new Set(history.map((r) => r.date))].sort() }, date);
  if (span < MIN_REFORECAST_HISTORY_DAYS) return invalidNote(note('reforecast.shortHistory', { date, days: span, minDays: MIN_REFORECAST_HISTORY_DAYS }));
  const dayAhead = forecastHorizon(history, intervalMinutes, { ...settings, from: date, days: 1 });
  if (!dayAhead.ok) return dayAhead;
  // a make-up working day (调休) keeps the hours of the weekday it is worked as
  const hours = (settings.openingHours ?? deriveOpeningHours(history, intervalMinutes))[dayAhead.value.makeupDays.get(date) ?? weekday(date)];
  if (hours === null || cut.value <= hours.open || cut.value >= hours.close) {
    return invalidNote(note('reforecast.outsideHours', { date, time: formatClock(cut.value), hours: hours === null ? null : formatDayHours(hours) }));
  }
  const actual = new Map<number, number>();
  for (const r of records) if (r.date === date && r.start < cut.value) actual.set(r.start, (actual.get(r.start) ?? 0) + r.offered);
  if (actual.size === 0) return invalidNote(note('reforecast.noActuals', { date, time: formatClock(cut.value) }));
  const forecastAt = new Map(dayAhead.value.predicted.intervals.filter((i) => i.date === date).map((i) => [i.start, i.calls]));
  let forecastSoFar = 0;
  for (const [s, f] of forecastAt) if (s < cut.value) forecastSoFar += f;
  if (!(forecastSoFar > 0)) return invalidNote(note('reforecast.outsideHours', { date, time: formatClock(cut.value), hours: null }));
  const revised = reforecastDay(forecastAt, actual, cut.value);
  const { actualSoFar, forecastSoFar: expected, weight, factor, localDeviation } = revised;
  return success({
    dayAhead: dayAhead.value,
    revised,
    note: note('reforecast.revised', { date, from: formatClock(cut.value), actual: actualSoFar, forecast: expected, weight, factor, local: localDeviation }),
  });
}

/** One interval of today's revised rest of the day against the plan. */
export interface TodayGapRow {
  /** "HH:MM" */
  start: string;
  /** calls: the plan's forecast and the revised one */
  planCalls: number;
  calls: number;
  /** agents to schedule for the revised calls (base staff at the plan's AHT and objective ÷ (1 − the day's shrinkage), rounded up) */
  required: number;
  /** the plan's agents to schedule for its forecast, rounded up, and the agents its schedule puts on (absent without a schedule) */
  planRequired: number;
  scheduled?: number;
  /** required − scheduled (or − planRequired without a schedule): agents short (> 0) or spare (< 0) */
  gap: number;
}

/**
 * The staffing gap the revised rest of `date` implies against a solved plan:
 * for each revised interval the plan has open, the agents the revised calls
 * need at the plan's AHT, objective and shrinkage (planning guide steps 4 and
 * 6) against what the plan scheduled. Undefined when the plan's horizon does
 * not hold `date`.
 * @example todayGap(plan, '2026-11-02', revised.value.revised).value[0] //=> { start: '12:00', calls: 141.2, required: 36, scheduled: 34, gap: 2, … }
 */
export function todayGap(plan: PlanResult, date: string, revised: Reforecast): Result<TodayGapRow[]> | undefined {
  const rows = new Map(plan.intervals.filter((r) => r.date === date).map((r) => [r.start, r]));
  if (rows.size === 0) return undefined;
  const cover = new Map(plan.schedule.coverage.filter((c) => c.date === date).map((c) => [c.start, c.scheduled]));
  const { slTarget, targetSeconds, maxOccupancy, patienceSeconds } = plan.service;
  const objective = { slTarget, targetSeconds, maxOccupancy, patienceSeconds, intervalMinutes: plan.history.intervalMinutes };
  const out: TodayGapRow[] = [];
  for (const iv of revised.intervals) {
    const start = formatClock(iv.start);
    const row = rows.get(start);
    if (iv.start < revised.from || !row || row.closed) continue;
    const staff = baseStaff([{ calls: iv.calls, ahtSeconds: row.ahtSeconds, label: `${date} ${start}` }], objective);
    if (!staff.ok) return staff;
    const required = Math.ceil(staff.value[0].agents / (1 - row.shrinkage) - 1e-9);
    const planRequired = Math.ceil(row.scheduledRequired - 1e-9);
    const scheduled = cover.get(start);
    out.push({ start, planCalls: row.calls, calls: iv.calls, required, planRequired, ...(scheduled === undefined ? {} : { scheduled }), gap: required - (scheduled ?? planRequired) });
  }
  return success(out);
}
