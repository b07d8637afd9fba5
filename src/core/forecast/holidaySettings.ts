/**
 * What the plan's `forecast.holidays` means for one forecast: the listed
 * dates closed; a region's public holidays closed or open at the level the
 * history shows (openCalendar.ts, `holidayEffect`); its make-up working days
 * (调休) open with a weekday's pattern when the centre works them
 * (`worksMakeupDays`, `makeupPattern`). The effects are learned from the raw
 * history (cleaning would repair a quiet holiday into a normal day).
 */
import { weekday } from '../calendar/dates';
import { type HolidaySpec, holidayCalendar } from '../calendar/regions';
import { type Note, note } from '../notes/note';
import type { IntervalRecord } from '../workload/intervalRecord';
import { toDaySeries } from './daySeries';
import type { EventAdjustment } from './events';
import type { ForecastDay } from './forecast';
import type { RecurringEffect } from './recurringEvents';
import { holidayEffect, inferOpenCalendar, makeupPattern, worksMakeupDays } from './openCalendar';

export interface HolidayOptions {
  /** dates the forecast treats as closed */
  holidays: string[];
  /** open holidays' levels, as events on the base forecast */
  events: EventAdjustment[];
  /** make-up days worked in the horizon, with the weekday (0 = Monday) whose pattern each takes */
  makeupDays: Map<string, number>;
  notes: Note[];
}

/** Name of the event an open public holiday's level is applied as. */
export const PUBLIC_HOLIDAY_EVENT = 'public holiday';

/**
 * The forecast's closed days, holiday levels and make-up days for `from`–`to`
 * from the holiday setting and the history it is trained on.
 * @example holidayOptions(records, 30, 'CN', '2025-09-29', '2025-10-12').makeupDays //=> Map { '2025-10-11' => 4 }
 */
export function holidayOptions(records: readonly IntervalRecord[], intervalMinutes: number, spec: HolidaySpec | undefined, from: string, to: string): HolidayOptions {
  const series = toDaySeries(records, intervalMinutes);
  const firstYear = Number((series.dates[0] ?? from).slice(0, 4));
  const calendar = holidayCalendar(spec, firstYear, Number(to.slice(0, 4)));
  const out: HolidayOptions = { holidays: [...calendar.listed], events: [], makeupDays: new Map(), notes: [] };
  const regional = calendar.regional;
  if (!regional) return out;
  const inHorizon = (d: string) => d >= from && d <= to;
  const open = inferOpenCalendar(series.dates).openWeekdays;
  const holidays = new Set(regional.holidays.keys());
  const ahead = [...holidays].filter(inHorizon).sort();
  if (regional.uncoveredYears.some((y) => y >= Number(from.slice(0, 4)))) {
    out.notes.push(note('calendar.uncoveredYears', { region: regional.region, years: regional.uncoveredYears.filter((y) => y >= Number(from.slice(0, 4))) }));
  }
  if (ahead.length > 0) {
    const effect = holidayEffect(series, holidays, open);
    if (!effect.open) out.holidays.push(...ahead);
    else if (effect.factor !== 1) for (const d of ahead) out.events.push({ name: PUBLIC_HOLIDAY_EVENT, from: d, to: d, factor: effect.factor });
    out.notes.push(note('forecast.regionalHolidays', { region: regional.region, dates: ahead, open: effect.open, factor: effect.factor, learned: effect.learned, seen: effect.seen }));
  }
  const makeup = [...regional.makeupDays.keys()].filter(inHorizon).sort();
  if (makeup.length > 0) {
    const works = worksMakeupDays(series, new Set(regional.makeupDays.keys()));
    // an official rest day: a public holiday, or a weekend day not declared a working day
    const isRest = (d: string) => holidays.has(d) || (!regional.makeupDays.has(d) && weekday(d) >= 5);
    const days = makeup.map((date) => ({ date, pattern: makeupPattern(date, isRest) }));
    if (works.open) for (const d of days) out.makeupDays.set(d.date, d.pattern);
    out.notes.push(note('forecast.makeupDays', { region: regional.region, days, open: works.open, learned: works.learned, seen: works.seen }));
  }
  return out;
}

/**
 * What the forecast assumes for the first open day after each closed holiday
 * in the horizon (`holidays`: the closed days given to the forecast): only
 * calendar-regression carries a closure's calls over to the next open days,
 * with the after-closure effect it measured in the history (its 'afterClosure'
 * recurring effect, or the planner's factor for it); without that effect the
 * day is forecast as a normal one, which is an assumption and said so.
 * Undefined when no closed holiday in the horizon is followed by an open day in it.
 * @example dayAfterHolidayNote(days, ['2026-11-26'], 'holt-winters', []) //=> note('forecast.dayAfterHoliday', { dates: ['2026-11-27'], basis: 'notModelled', … })
 */
export function dayAfterHolidayNote(days: readonly ForecastDay[], holidays: readonly string[], method: string, effects: readonly RecurringEffect[]): Note | undefined {
  const closedHoliday = new Set(holidays);
  const dates: string[] = [];
  for (let i = 0; i < days.length; i++) {
    if (!days[i].closed || !closedHoliday.has(days[i].date)) continue;
    let j = i + 1;
    while (j < days.length && days[j].closed) j++;
    if (j < days.length && !dates.includes(days[j].date)) dates.push(days[j].date);
  }
  if (dates.length === 0) return undefined;
  const effect = effects.find((e) => e.event === 'afterClosure');
  const basis = method !== 'calendar-regression' ? 'notModelled' : !effect ? 'notSeen' : effect.overridden ? 'yours' : 'learned';
  const applied = basis === 'learned' || basis === 'yours' ? (effect!.accepted ? effect!.effect : 0) : 0;
  return note('forecast.dayAfterHoliday', { dates, basis, method, effect: applied, occurrences: effect?.dates.length ?? 0 });
}
