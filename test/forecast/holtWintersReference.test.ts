/**
 * Double-seasonal Holt–Winters against an independent reference from R:
 * scripts/fixtures/holt_winters_reference.R codes Taylor's (2003, J. Oper. Res. Soc. 54)
 * multiplicative recursions by hand, checks them against forecast::dshw started from
 * dshw's own states (agreement to ~1e-15), then runs them with our initial states, no
 * trend and no AR(1) term — what src/core/forecast/methods/doubleSeasonalHoltWinters.ts
 * implements. Regenerate with
 *   Rscript scripts/fixtures/holt_winters_reference.R > test/fixtures/holt-winters-reference.json
 */
import reference from '../fixtures/holt-winters-reference.json';
import type { DaySeries } from '../../src/core/forecast/daySeries';
import { inferOpenCalendar } from '../../src/core/forecast/openCalendar';
import { doubleSeasonalHoltWinters, type HoltWintersOptions } from '../../src/core/forecast/methods/doubleSeasonalHoltWinters';

/** Same recursions, operations in another order: agreement is ~1e-15 today; 1e-12 leaves room for rounding over 336 steps. */
const RELATIVE = 1e-12;

const series: DaySeries = {
  intervalMinutes: reference.intervalMinutes,
  starts: reference.starts,
  dates: reference.dates,
  calls: reference.calls.map((day) => Float64Array.from(day)),
  workSeconds: reference.calls.map((day) => new Float64Array(day.length).fill(NaN)),
  handled: reference.calls.map((day) => new Float64Array(day.length).fill(NaN)),
};
const calendar = inferOpenCalendar(series.dates);

function expectForecasts(options: HoltWintersOptions | undefined, expected: number[][]): void {
  const forecast = doubleSeasonalHoltWinters(options).fit({ series, calendar });
  reference.targets.forEach((target, j) => {
    const got = forecast(target);
    expect(got).toBeDefined();
    expected[j].forEach((want, k) => {
      const relative = Math.abs(got![k] - want) / want;
      if (!(relative <= RELATIVE)) throw new Error(`${target} interval ${k}: got ${got![k]}, R gives ${want} (relative error ${relative})`);
    });
  });
}

describe('fixed smoothing constants: the week after the history', () => {
  test.each(reference.fixed)('α=$alpha δ=$delta ω=$omega', ({ alpha, delta, omega, forecast }) => {
    expectForecasts({ alphas: [alpha], deltas: [delta], omegas: [omega] }, forecast);
  });
});

test('the grid search picks the constants with the least day-ahead squared error', () => {
  const { alphas, deltas, omegas, best, forecast } = reference.grid;
  expect(best.runnerUpSse / best.sse).toBeGreaterThan(1.01); // a clear winner, not a near tie
  expectForecasts({ alphas, deltas, omegas }, forecast);
});

test('the default grid is the one the reference searched', () => {
  expectForecasts(undefined, reference.grid.forecast);
});
