/**
 * The days clocks change, for reading interval reports written in local wall-clock time:
 * on a spring-forward day one local hour does not exist (no rows, not zero calls); on a
 * fall-back day one local hour happens twice (two rows for the same clock time).
 * Rules: United States since 2007 (second Sunday of March, first Sunday of November, at
 * 02:00 local; Energy Policy Act 2005) and the European Union (last Sunday of March and of
 * October, at 01:00 UTC = 02:00 CET / 03:00 CEST local; Directive 2000/84/EC).
 */
import { isoDate, sundayFirstWeekday } from '../calendar/dates';

export interface ClockChange {
  /** ISO date of the change */
  date: string;
  /** the local hour skipped (spring) or repeated (autumn): minutes since midnight of its start */
  hourStart: number;
  region: 'US' | 'EU';
}

const nthSunday = (year: number, month: number, n: number): string => {
  const first = sundayFirstWeekday(isoDate(year, month, 1));
  return isoDate(year, month, 1 + ((7 - first) % 7) + 7 * (n - 1));
};

const lastSunday = (year: number, month: number, days: number): string => {
  const lastDay = sundayFirstWeekday(isoDate(year, month, days));
  return isoDate(year, month, days - lastDay);
};

/**
 * Spring-forward days of a year with the local hour that does not exist.
 * @example springForward(2026) //=> [{ date: '2026-03-08', hourStart: 120, region: 'US' }, { date: '2026-03-29', hourStart: 120, region: 'EU' }]
 */
export const springForward = (year: number): ClockChange[] => [
  { date: nthSunday(year, 3, 2), hourStart: 120, region: 'US' },
  { date: lastSunday(year, 3, 31), hourStart: 120, region: 'EU' },
];

/**
 * Fall-back days of a year with the local hour that happens twice (US 01:00–02:00; EU
 * 02:00–03:00 CEST→CET).
 * @example fallBack(2026) //=> [{ date: '2026-11-01', hourStart: 60, region: 'US' }, { date: '2026-10-25', hourStart: 120, region: 'EU' }]
 */
export const fallBack = (year: number): ClockChange[] => [
  { date: nthSunday(year, 11, 1), hourStart: 60, region: 'US' },
  { date: lastSunday(year, 10, 31), hourStart: 120, region: 'EU' },
];
