/**
 * The one calendar module. References are independent of the code: JavaScript's own
 * Date (getUTCDay), the ISO 8601 week examples of the standard's annex (as listed on
 * Wikipedia's "ISO week date"), and known weekdays (2000-01-01 a Saturday).
 */
import { clockMinutes, formatClock } from '../../src/core/calendar/clock';
import { WEEKDAYS, addDays, dayNumber, fromDayNumber, fromSundayFirst, isoWeek, sundayFirst, sundayFirstWeekday, weekday } from '../../src/core/calendar/dates';
import { parseClock, weekdayOf } from '../../src/core/calendar/parse';

test('weekday is ISO (0 = Monday), the Sunday-first converters agree with Date.getUTCDay over 30 years', () => {
  expect(WEEKDAYS[weekday('2000-01-01')]).toBe('Saturday');
  expect(WEEKDAYS[weekday('2026-11-02')]).toBe('Monday');
  for (let d = '1990-01-01'; d < '2020-01-01'; d = addDays(d, 1)) {
    const js = new Date(`${d}T00:00:00Z`).getUTCDay();
    expect(sundayFirstWeekday(d)).toBe(js);
    expect(weekday(d)).toBe((js + 6) % 7);
  }
  for (let w = 0; w < 7; w++) expect(fromSundayFirst(sundayFirst(w))).toBe(w);
  expect(sundayFirst(6)).toBe(0);
});

test('fromDayNumber writes the date Date.toISOString writes: every day of 1899–2101, a sample of 0000–9999, outside it and between days', () => {
  const viaDate = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  // every day of 1899–2101 (1900 and 2100 not leap, 2000 leap), every 97th of 0000–9999, then outside and between days
  const days = [-719_529, -719_528, 2_932_896, 2_932_897, 0.5, -0.5, 20_000.999];
  for (let n = dayNumber('1899-01-01'); n <= dayNumber('2101-12-31'); n += 1) if (fromDayNumber(n) !== viaDate(n)) days.push(n);
  for (let n = -719_528; n <= 2_932_896; n += 97) if (fromDayNumber(n) !== viaDate(n)) days.push(n);
  for (const n of days) expect([n, fromDayNumber(n)]).toEqual([n, viaDate(n)]);
  expect(fromDayNumber(dayNumber('2000-02-29'))).toBe('2000-02-29');
  expect(fromDayNumber(dayNumber('1900-03-01') - 1)).toBe('1900-02-28');
});

test('ISO weeks at the year ends', () => {
  expect(isoWeek('2005-01-01')).toBe('2004-W53');
  expect(isoWeek('2007-12-31')).toBe('2008-W01');
  expect(isoWeek('2008-12-29')).toBe('2009-W01');
  expect(isoWeek('2010-01-03')).toBe('2009-W53');
});

test('weekday names and dates parse to the same numbering', () => {
  expect(weekdayOf('tue')).toEqual({ ok: true, value: 1 });
  expect(weekdayOf('Sunday')).toEqual({ ok: true, value: 6 });
  expect(weekdayOf('2003-03-03')).toEqual({ ok: true, value: 0 });
  expect(weekdayOf('2003-02-29')).toMatchObject({ ok: false, message: 'day "2003-02-29" is not a valid calendar date' });
});

test('clock times: HH:MM ↔ minutes, wrapping past midnight unless told not to', () => {
  expect(parseClock('7:30', 'start')).toEqual({ ok: true, value: 450 });
  expect(parseClock('24:30', 'start')).toMatchObject({ ok: false, message: 'start must be a time between 00:00 and 24:00 (got "24:30")' });
  expect(clockMinutes('07:30')).toBe(450);
  expect(clockMinutes('24:00')).toBe(1440);
  expect(formatClock(450)).toBe('07:30');
  expect(formatClock(1470)).toBe('00:30');
  expect(formatClock(1440, { wrap: false })).toBe('24:00');
  expect(formatClock(1470, { wrap: false })).toBe('24:30');
  for (let m = 0; m < 1440; m += 7) expect(clockMinutes(formatClock(m))).toBe(m);
});
