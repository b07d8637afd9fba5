/**
 * The forecast entry point used by the CLI and the plan runner.
 */
import { Result, success, invalid } from '../result';
import { WEEKDAYS, addDays, dayNumber, weekday } from '../calendar/dates';
import { IntervalRecord } from '../workload/intervalRecord';
import { ahtByInterval } from './ahtForecast';
import { autoMethod, AutoOptions } from './autoSelect';
import { DaySeries, sliceDates, toDaySeries } from './daySeries';
import { applyEvents, EventAdjustment, validateEvents } from './events';
import { METHOD_NAMES, MethodName, isMethodName, methodByName } from './methods/index';
import { MAX_HISTORY_DAYS, trainingWindow } from './methods/forecastMethod';
import { calendarRegression } from './methods/calendarRegression';
import type { RecurringEffect, RecurringEventDecision } from './recurringEvents';

/** Smallest recurring effect listed (±3% of the day's calls): smaller ones are within day-to-day noise. */
const MIN_EVENT_EFFECT = 0.03;
import { inferOpenCalendar, isOpen, OpenCalendar, proxyDay } from './openCalendar';
import { detectIntervalMinutes } from '../workload/intervalTable';
import { type Note, note } from '../notes/note';
import type { OpeningHours } from '../workload/openingHours';

export interface ForecastOptions {
  /** Interval length, minutes (default: detected from the records). */
  intervalMinutes?: number;
  /** Method name (default 'auto'). */
  method?: MethodName;
  /** First and last date to forecast (inclusive). Default: the `days` days after the history. */
  from?: string;
  to?: string;
  /** Number of calendar days after the last history date (default 7) when from/to are not given. */
  days?: number;
  /** Training window, calendar days before the history end, for every method (default: each
   * method's own window, up to a year; AHT from the last 8 weeks). */
  windowDays?: number;
  /** Dates the centre is closed although their weekday is open. */
  holidays?: string[];
  /** Make-up working days (China's 调休) the centre works, each with the weekday (0 = Monday) whose pattern it takes: open whatever their weekday, forecast as that weekday (openCalendar.ts, `makeupPattern`). */
  makeupDays?: ReadonlyMap<string, number>;
  /** Open weekdays, 0 = Sunday … 6 = Saturday (default: inferred from the history). */
  openWeekdays?: number[];
  /** Event factors applied after the base forecast. */
  events?: EventAdjustment[];
  /** The centre's opening hours: no calls are forecast outside them (a weekday without hours is closed). */
  openingHours?: OpeningHours;
  /** Options of the `auto` selection. */
  auto?: AutoOptions;
  /** The user's decisions on the recurring effects the history shows (default: all accepted as measured). */
  eventDecisions?: readonly RecurringEventDecision[];
}

export interface ForecastInterval {
  date: string;
  /** Minutes since midnight. */
  start: number;
  /** Calls forecast (unrounded, ≥ 0; 0 for closed periods). */
  calls: number;
  /** Forecast AHT, seconds (volume-weighted history); absent when the history has no handle times. */
  aht?: number;
  /** True for a closed day (weekend, holiday) or an interval outside the opening hours: calls are 0 by definition. */
  closed?: boolean;
  /** Events applied to this interval. */
  events?: string[];
}

export interface ForecastDay {
  date: string;
  total: number;
  closed: boolean;
  /** Why a day is closed, e.g. 'Saturday: the centre is not open on Saturdays'. */
  reason?: string;
}

export interface ForecastResult {
  intervals: ForecastInterval[];
  /** Daily totals and shares (the medium horizon's view). */
  days: ForecastDay[];
  /** The method that produced the forecast (for auto: the method it chose). */
  method: string;
  /** For auto: candidates' backtest wMAPE, best first. */
  selection?: { method: string; wmape: number | undefined }[];
  intervalMinutes: number;
  notes: Note[];
  /** Recurring effects the history shows (turn of month, days after closures), as calendar-regression measures them on up to a year, with the user's decisions applied. */
  recurringEvents: RecurringEffect[];
}

/**
 * Forecasts calls and AHT per interval for a date range after the history. Calendar-aware:
 * closed weekdays and holidays get 0 and `closed: true`; days without data inside the
 * history are missing, not zero. Each method trains on its own window of the history given
 * (calendar-regression up to a year, the averages 8 weeks), or on `windowDays` when given.
 * @example forecast(records, { from: '2003-10-27', to: '2003-10-27', method: 'auto' })
 */
export function forecast(records: readonly IntervalRecord[], options: ForecastOptions = {}): Result<ForecastResult> {
  if (records.length === 0) return invalid('the history is empty: nothing to forecast from');
  const method = options.method ?? 'auto';
  if (method !== 'auto' && !isMethodName(method)) {
    return invalid(`unknown method "${method}"; use one of: auto, ${METHOD_NAMES.join(', ')}`);
  }
  const minutes = options.intervalMinutes ?? detectIntervalMinutes(records.map((r) => r.start)) ?? 30;
  const ev = validateEvents(options.events ?? []);
  if (!ev.ok) return ev;
  const full = toDaySeries(records, minutes);
  const last = full.dates[full.dates.length - 1];
  let from = options.from;
  let to = options.to;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (from !== undefined && !iso.test(from)) return invalid(`from must be a date YYYY-MM-DD (got ${from})`);
  if (to !== undefined && !iso.test(to)) return invalid(`to must be a date YYYY-MM-DD (got ${to})`);
  if (from === undefined && to === undefined) {
    const days = options.days ?? 7;
    if (!Number.isInteger(days) || days < 1 || days > 800) return invalid(`days must be a whole number 1–800 (got ${days})`);
    from = addDays(last, 1);
    to = addDays(last, days);
  }
  from = from ?? addDays(last, 1);
  to = to ?? from;
  if (to < from) return invalid(`to (${to}) is before from (${from})`);
  if (from <= last) return invalid(`from (${from}) must be after the last history date (${last})`);
  if (dayNumber(to) - dayNumber(from) > 800) return invalid('the forecast range is longer than 800 days');

  const calendar: OpenCalendar = inferOpenCalendar(full.dates, options.holidays ?? []);
  if (options.openWeekdays) calendar.openWeekdays = [0, 1, 2, 3, 4, 5, 6].map((w) => options.openWeekdays!.includes(w));
  // Each method trains on its own window (ForecastMethod.windowDays) of the history given, up
  // to MAX_HISTORY_DAYS; `options.windowDays` imposes one window on every method.
  const windowDays = options.windowDays;
  const history: DaySeries = sliceDates(full, addDays(last, -(windowDays ?? MAX_HISTORY_DAYS) + 1));
  const notes: Note[] = [];
  // Asked to forecast from `from`, the history runs to the day before it: a usually-open day
  // between the last data and `from` without data was closed (as inside the history), so
  // the days after it get the after-closure effect. Only for a gap of up to a week: a
  // longer one is more likely data not yet exported than a closure.
  const origin = dayNumber(from) - dayNumber(last) <= 8 ? addDays(from, -1) : last;
  const gap: string[] = [];
  for (let d = addDays(last, 1); d <= origin; d = addDays(d, 1)) if (isOpen(calendar, d)) gap.push(d);
  if (origin > last && gap.length > 0) notes.push(note('forecast.closedGap', { dates: gap }));

  let chosen: string;
  let selection: ForecastResult['selection'];
  let predict: (d: string) => Float64Array | undefined;
  if (method === 'auto') {
    const auto = autoMethod({ windowDays, ...options.auto });
    predict = auto.fit({ series: history, calendar, origin, eventDecisions: options.eventDecisions });
    const choice = auto.lastChoice;
    chosen = choice?.method.name ?? 'historical-average';
    const scores = choice?.scores ?? [];
    selection = scores.map((x) => ({ method: x.method, wmape: x.figures.wmape }));
    const wmape = scores.find((x) => x.method === chosen)?.figures.wmape;
    const days = scores[0]?.perDay.length ?? 0;
    if (!choice || choice.reason === 'too-short') notes.push(note('forecast.autoTooShort', { method: chosen }));
    else if (choice.reason === 'incumbent') {
      notes.push(note('forecast.autoKept', {
        method: chosen, wmape, days, challenger: scores[0].method, challengerWmape: scores[0].figures.wmape, margin: options.auto?.margin ?? 0.05,
      }));
    } else notes.push(note('forecast.autoChose', { method: chosen, wmape, days }));
  } else {
    const m = methodByName(method);
    predict = m.fit({ series: trainingWindow(history, m, last, windowDays), calendar, origin, eventDecisions: options.eventDecisions });
    chosen = method;
  }
  const train = trainingWindow(history, isMethodName(chosen) ? methodByName(chosen) : methodByName('historical-average'), last, windowDays);
  notes.unshift(note('forecast.trained', { days: train.dates.length, from: train.dates[0], to: last }));
  // Recurring effects: what the day model measures, shown whatever method forecasts.
  const cr = calendarRegression();
  cr.fit({ series: trainingWindow(history, cr, last, windowDays), calendar, origin, eventDecisions: options.eventDecisions });
  const recurringEvents = (cr.lastEffects ?? []).filter((e) => e.dates.length > 0 && (Math.abs(e.effect) >= MIN_EVENT_EFFECT || e.overridden));
  for (const e of recurringEvents) {
    notes.push(note('forecast.recurringEvent', { event: e.event, occurrences: e.dates.length, last: e.dates[e.dates.length - 1], effect: e.effect, measured: e.measured, accepted: e.accepted, overridden: e.overridden }));
  }
  // AHT from the last 8 weeks (handle times follow process changes, not the calendar).
  const ahtHistory = sliceDates(full, addDays(last, -(windowDays ?? 56) + 1));
  const fallback = methodByName('historical-average').fit({ series: sliceDates(full, addDays(last, -365)), calendar });

  const intervals: ForecastInterval[] = [];
  const days: ForecastDay[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    const date = addDays(from, n - dayNumber(from));
    const pattern = calendar.holidays.has(date) ? undefined : options.makeupDays?.get(date);
    const hours = options.openingHours?.[pattern ?? weekday(date)];
    if ((!isOpen(calendar, date) && pattern === undefined) || hours === null) {
      const reason = calendar.holidays.has(date)
        ? 'holiday'
        : hours === null
          ? `${WEEKDAYS[weekday(date)]}: closed in the opening hours`
          : `${WEEKDAYS[weekday(date)]}: the history has no ${WEEKDAYS[weekday(date)]}s, so the centre is taken as closed`;
      days.push({ date, total: 0, closed: true, reason });
      for (const start of full.starts) intervals.push({ date, start, calls: 0, closed: true });
      continue;
    }
    // a make-up day borrows the forecast (and handle times) of a nearby day of its pattern's weekday
    const like = pattern === undefined ? date : proxyDay(date, pattern, origin);
    let f = predict(like);
    if (!f) {
      f = fallback(date);
      if (f) notes.push(note('forecast.fallback', { date, method: chosen }));
    }
    if (!f) {
      days.push({ date, total: 0, closed: true, reason: 'no comparable day in the history' });
      for (const start of full.starts) intervals.push({ date, start, calls: 0, closed: true });
      notes.push(note('forecast.noComparableDay', { date }));
      continue;
    }
    const aht = ahtByInterval(ahtHistory, like);
    // calls a profile puts outside the opening hours arrive in them: the open intervals carry the day's total
    const raw = full.starts.map((_, k) => (Number.isFinite(f![k]) && f![k] > 0 ? f![k] : 0));
    const shut = full.starts.map((start) => hours !== undefined && !(start >= hours.open && start < hours.close));
    const dayTotal = raw.reduce((a, b) => a + b, 0);
    const openTotal = raw.reduce((a, c, k) => a + (shut[k] ? 0 : c), 0);
    const scale = openTotal > 0 ? dayTotal / openTotal : 1;
    let total = 0;
    full.starts.forEach((start, k) => {
      const calls = shut[k] ? 0 : raw[k] * scale;
      total += calls;
      const iv: ForecastInterval = shut[k] ? { date, start, calls, closed: true } : { date, start, calls };
      if (aht[k] !== undefined && Number.isFinite(aht[k])) iv.aht = aht[k];
      intervals.push(iv);
    });
    days.push({ date, total, closed: false });
  }
  const withEvents = ev.value.length ? applyEvents(intervals, ev.value) : intervals;
  if (ev.value.length) {
    const byDate = new Map<string, number>();
    for (const iv of withEvents) byDate.set(iv.date, (byDate.get(iv.date) ?? 0) + iv.calls);
    for (const d of days) d.total = byDate.get(d.date) ?? 0;
  }
  return success({ intervals: withEvents, days, method: chosen, selection, intervalMinutes: minutes, notes, recurringEvents });
}
