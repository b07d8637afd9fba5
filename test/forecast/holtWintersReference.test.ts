/**
 * Double-seasonal Holt–Winters against an independent reference from R:
 * scripts/fixtures/holt_winters_reference.R codes Taylor's (2003, J. Oper. Res. Soc. 54)
 * multiplicative recursions by hand, checks them against forecast::dshw started from
 * dshw's own states (agreement to ~1e-15), then runs them with our initial states, no
 * trend and no AR(1) term — what src/core/forecast/methods/doubleSeasonalHoltWinters.ts
 * implements — on a centre open seven days a week, and (with the weekly index keyed by
 * calendar weekday, coded again by hand) on one closed on Sundays and a holiday with an
 * interval missing. Regenerate with
 *   Rscript scripts/fixtures/holt_winters_reference.R > test/fixtures/holt-winters-reference.json
 */
import reference from '../fixtures/holt-winters-reference.json';
import type { DaySeries } from '../../src/core/forecast/daySeries';
import { inferOpenCalendar } from '../../src/core/forecast/openCalendar';
import { doubleSeasonalHoltWinters, type HoltWintersOptions } from '../../src/core/forecast/methods/doubleSeasonalHoltWinters';

/** Same recursions, operations in another order: agreement is ~1e-15 today; 1e-12 leaves room for rounding over 336 steps. */
const RELATIVE = 1e-12;

/** A day series of the fixture's days; null is an interval without data. */
function daySeries(dates: string[], calls: (number | null)[][]): DaySeries {
  return {
    intervalMinutes: reference.intervalMinutes,
    starts: reference.starts,
    dates,
    calls: calls.map((day) => Float64Array.from(day, (v) => v ?? NaN)),
    workSeconds: calls.map((day) => new Float64Array(day.length).fill(NaN)),
    handled: calls.map((day) => new Float64Array(day.length).fill(NaN)),
  };
}

/** Forecasts the fixture's target week from `series`; a null row in `expected` is a day without a forecast. */
function expectForecasts(series: DaySeries, options: HoltWintersOptions | undefined, expected: (number[] | null)[]): void {
  const forecast = doubleSeasonalHoltWinters(options).fit({ series, calendar: inferOpenCalendar(series.dates) });
  reference.targets.forEach((target, j) => {
    const got = forecast(target);
    const want = expected[j];
    if (want === null) {
      expect(got).toBeUndefined();
      return;
    }
    expect(got).toBeDefined();
    want.forEach((w, k) => {
      const relative = Math.abs(got![k] - w) / w;
      if (!(relative <= RELATIVE)) throw new Error(`${target} interval ${k}: got ${got![k]}, R gives ${w} (relative error ${relative})`);
    });
  });
}

const everyDay = daySeries(reference.dates, reference.calls);

describe('fixed smoothing constants: the week after the history', () => {
  test.each(reference.fixed)('α=$alpha δ=$delta ω=$omega', ({ alpha, delta, omega, forecast }) => {
    expectForecasts(everyDay, { alphas: [alpha], deltas: [delta], omegas: [omega] }, forecast);
  });
});

test('the grid search picks the constants with the least day-ahead squared error', () => {
  const { alphas, deltas, omegas, best, forecast } = reference.grid;
  expect(best.runnerUpSse / best.sse).toBeGreaterThan(1.01); // a clear winner, not a near tie
  expectForecasts(everyDay, { alphas, deltas, omegas }, forecast);
});

test('the error minimised is day-ahead (each day from the states at the end of the day before), not one-step', () => {
  const { alphas, deltas, omegas, dayAheadSse, oneStepSse, forecast } = reference.criterion;
  expect(dayAheadSse[0]).toBeLessThan(dayAheadSse[1]); // day-ahead picks the slow level …
  expect(oneStepSse[1]).toBeLessThan(oneStepSse[0]); // … one-step errors would pick the fast one
  expectForecasts(everyDay, { alphas, deltas, omegas }, forecast);
});

test('the default grid is the one the reference searched', () => {
  expectForecasts(everyDay, undefined, reference.grid.forecast);
});

describe('closed on Sundays and a holiday, an interval missing: the weekly index follows the calendar', () => {
  const { calendar } = reference;
  const openDays = daySeries(calendar.dates, calendar.calls);
  test.each(calendar.fixed)('α=$alpha δ=$delta ω=$omega', ({ alpha, delta, omega, forecast }) => {
    expectForecasts(openDays, { alphas: [alpha], deltas: [delta], omegas: [omega] }, forecast);
  });
  test('the default grid', () => {
    expect(calendar.best.runnerUpSse / calendar.best.sse).toBeGreaterThan(1.01);
    expectForecasts(openDays, undefined, calendar.forecast);
  });
});
