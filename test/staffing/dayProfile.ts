import type { IntervalForecast } from '../../src/core/staffing/types';

/**
 * A realistic inbound day, 07:00–21:00 in half hours (28 intervals): a morning
 * ramp, a late-morning peak, a lunch dip, a smaller afternoon peak and an
 * evening tail — the shape of a retail bank's weekday. Hand-made for these
 * tests (the product's embedded sample centre arrives in a later issue).
 * Total 4,780 calls, AHT 240 s.
 */
export const DAY_CALLS = [
  40, 70, 110, 160, 210, 250, 280, 300, 290, 260, 230, 220, 240, 260,
  250, 230, 200, 170, 140, 120, 100, 90, 80, 70, 60, 50, 40, 30,
];

export const dayForecast: IntervalForecast[] = DAY_CALLS.map((calls, i) => {
  const m = 7 * 60 + 30 * i;
  const label = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { label, calls, ahtSeconds: 240 };
});
