/** Rest between consecutive days as Hall's rows: which shift classes fit after which. */
import { restsUntil, restThresholds, type ShiftClass } from '../../src/core/schedule/restRules';

const cls = (day: number, startHour: number, hours: number): ShiftClass => ({ day, start: startHour * 60, end: (startHour + hours) * 60, paidHours: hours, patterns: [] });

test('a shift ending at 22:00 leaves 8 h before a 06:00 start and 16 h before 14:00', () => {
  expect(restsUntil(22 * 60, 6 * 60, 11 * 60)).toBe(false);
  expect(restsUntil(22 * 60, 14 * 60, 11 * 60)).toBe(true);
  expect(restsUntil(22 * 60, 9 * 60, 11 * 60)).toBe(true); // exactly 11 h
});

test('only end times after which some next-day class does not fit give a row, with nested sets', () => {
  const early = cls(0, 6, 8); // ends 14:00
  const late = cls(0, 14, 8); // ends 22:00
  const night = cls(0, 22, 8); // ends 06:00 next day (1800 min)
  const tomorrow = [cls(1, 6, 8), cls(1, 14, 8), cls(1, 22, 8)];
  const rows = restThresholds([early, late, night], tomorrow, 11 * 60);
  expect(rows).toHaveLength(2);
  // after 22:00: only 14:00 and 22:00 starts fit, for the Late and Night agents
  expect(rows[0].late).toEqual([late, night]);
  expect(rows[0].fits.map((c) => c.start / 60)).toEqual([14, 22]);
  // after a night ending 06:00: only the 22:00 start (16 h), for the Night agents
  expect(rows[1].late).toEqual([night]);
  expect(rows[1].fits.map((c) => c.start / 60)).toEqual([22]);
  expect(restThresholds([early], tomorrow, 11 * 60)).toEqual([]);
});
