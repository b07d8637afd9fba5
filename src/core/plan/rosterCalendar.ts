/**
 * The published roster's calendar: for each date of the rotation's weeks
 * (which run past the forecast horizon), whether the centre opens and as
 * which weekday. The same rules as the forecast's (holidaySettings.ts):
 * closed holidays (listed dates, a region's public holidays the history shows
 * closed) are closed; make-up working days (调休) the centre works open with
 * the weekday pattern they take; any other date opens when its weekday's
 * opening hours do.
 */
import { addDays, weekday } from '../calendar/dates';
import type { HolidaySpec } from '../calendar/regions';
import { holidayOptions } from '../forecast/holidaySettings';
import type { IntervalRecord } from '../workload/intervalRecord';
import type { OpeningHours } from '../workload/openingHours';
import { ROTATION_WEEKS } from '../schedule/rotation';

/** A date's openness: the weekday (0 = Monday) whose pattern it is worked with, or null when the centre is closed. */
export type DayOpenness = number | null;
/** Openness of a date 'YYYY-MM-DD'. */
export type RosterCalendar = (date: string) => DayOpenness;

/**
 * The closed holidays among `dates` (the solved week's paid holidays, HorizonDay.holiday): dates the
 * calendar closes although their weekday opens; a weekday the centre never opens is no holiday.
 * @example closedHolidays(calendar, hours, ['2025-10-01', '2025-10-04']) //=> Set { '2025-10-01' } (Saturdays closed anyway)
 */
export function closedHolidays(calendar: RosterCalendar, openingHours: OpeningHours, dates: readonly string[]): Set<string> {
  return new Set(dates.filter((d) => calendar(d) === null && openingHours[weekday(d)] !== null));
}

/**
 * The calendar over the longest rotation (ROTATION_WEEKS.max weeks) from `from`.
 * @example rosterCalendar(records, 30, 'CN', hours, '2025-10-09')('2025-10-11') //=> 4 (make-up Saturday worked as a Friday)
 */
export function rosterCalendar(records: readonly IntervalRecord[], intervalMinutes: number, holidays: HolidaySpec | undefined, openingHours: OpeningHours, from: string): RosterCalendar {
  const to = addDays(from, 7 * ROTATION_WEEKS.max - 1);
  const days = holidayOptions(records, intervalMinutes, holidays, from, to);
  const closed = new Set(days.holidays);
  return (date) => {
    if (closed.has(date)) return null;
    const makeup = days.makeupDays.get(date);
    if (makeup !== undefined) return makeup;
    return openingHours[weekday(date)] === null ? null : weekday(date);
  };
}
