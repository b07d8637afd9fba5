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
  const hours = (settings.openingHours ?? deriveOpeningHours(history, intervalMinutes))[weekday(date)];
  if (hours === null || cut.value <= hours.open || cut.value >= hours.close) {
    return invalidNote(note('reforecast.outsideHours', { date, time: formatClock(cut.value), hours: hours === null ? null : formatDayHours(hours) }));
  }
  const actual = new Map<number, number>();
  for (const r of records) if (r.date === date && r.start < cut.value) actual.set(r.start, (actual.get(r.start) ?? 0) + r.offered);
  if (actual.size === 0) return invalidNote(note('reforecast.noActuals', { date, time: formatClock(cut.value) }));
  const dayAhead = forecastHorizon(history, intervalMinutes, { ...settings, from: date, days: 1 });
  if (!dayAhead.ok) return dayAhead;
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
