/**
 * Opening hours read from the history: known by construction on generated
 * weeks, and on the real bank data (its README: weekdays only, 07:00–21:05).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, weekday } from '../../src/core/calendar/dates';
import type { IntervalRecord } from '../../src/core/workload/intervalRecord';
import { importIntervalText } from '../../src/core/workload/intervalTable';
import { deriveOpeningHours, formatDayHours, isOpenInterval, parseDayHours } from '../../src/core/workload/openingHours';

/** Eight weeks from Monday 2026-03-02: weekdays 08:00–20:00, Saturdays 09:00–17:00, Sundays closed, in half hours. */
function weeks(extra: (date: string, records: IntervalRecord[]) => void = () => undefined): IntervalRecord[] {
  const records: IntervalRecord[] = [];
  for (let d = 0; d < 56; d++) {
    const date = addDays('2026-03-02', d);
    const w = weekday(date);
    if (w === 6) continue;
    const [open, close] = w === 5 ? [540, 1020] : [480, 1200];
    for (let s = 0; s < 1440; s += 30) records.push({ date, start: s, offered: s >= open && s < close ? 12 : 0 });
    extra(date, records);
  }
  return records;
}

describe('opening hours from the history', () => {
  it('reads each weekday’s first and last busy interval, and a weekday without data as closed', () => {
    const hours = deriveOpeningHours(weeks(), 30);
    expect(hours.map(formatDayHours)).toEqual(['08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '09:00-17:00', 'closed']);
    expect(isOpenInterval(hours, 5, 510)).toBe(false); // Saturday 08:30
    expect(isOpenInterval(hours, 5, 540)).toBe(true);
    expect(isOpenInterval(hours, 0, 1200)).toBe(false); // the interval after closing
  });

  it('a stray early call on one Saturday and a missing Monday (a holiday) change nothing', () => {
    const records = weeks((date, rs) => {
      if (date === '2026-03-07') rs.push({ date, start: 420, offered: 1 });
    }).filter((r) => r.date !== '2026-03-16');
    expect(deriveOpeningHours(records, 30).map(formatDayHours)).toEqual(['08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '09:00-17:00', 'closed']);
  });

  it('a centre with calls in every interval is open all day; an empty history is closed', () => {
    const allDay: IntervalRecord[] = [];
    for (let d = 0; d < 14; d++) for (let s = 0; s < 1440; s += 60) allDay.push({ date: addDays('2026-03-02', d), start: s, offered: 3 });
    expect(new Set(deriveOpeningHours(allDay, 60).map(formatDayHours))).toEqual(new Set(['00:00-24:00']));
    expect(deriveOpeningHours([], 30)).toEqual([null, null, null, null, null, null, null]);
  });

  it('round-trips the written form', () => {
    for (const text of ['08:00-20:00', '00:00-24:00', 'closed', '07:00-21:05']) expect(formatDayHours(parseDayHours(text))).toBe(text);
  });

  it('the bank data (README: weekdays 07:00–21:05): Monday to Friday 07:00–21:05, weekends closed', () => {
    const imported = importIntervalText(readFileSync(join(__dirname, '..', '..', '..', 'shared', 'data', 'bank-calls-5min-2003.csv'), 'utf8'));
    if (!imported.ok) throw new Error(imported.message);
    const hours = deriveOpeningHours(imported.value.records, imported.value.intervalMinutes);
    expect(hours.map(formatDayHours)).toEqual(['07:00-21:05', '07:00-21:05', '07:00-21:05', '07:00-21:05', '07:00-21:05', 'closed', 'closed']);
  });
});
