/**
 * MSTL methods against R (forecast 8.20): test/fixtures/r/stl-ets.R writes
 * test/fixtures/stl-ets-reference.json from R's `taylor` series (half-hourly electricity
 * demand, MW, 12 weeks from Monday 5 June 2000): trained on the first 10 weeks, the 11th
 * held out. Its MW values are not calls, but the maths is the same: each half-hour becomes
 * a date (from 2000-06-05, a Monday) and an interval start, seven days a week. Regenerate:
 *   Rscript test/fixtures/r/stl-ets.R > test/fixtures/stl-ets-reference.json
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import reference from '../fixtures/stl-ets-reference.json';
import { addDays } from '../../src/core/calendar/dates';
import type { DaySeries } from '../../src/core/forecast/daySeries';
import { autoEts } from '../../src/core/forecast/ets';
import { forecast } from '../../src/core/forecast/forecast';
import { methodByName } from '../../src/core/forecast/methods/index';
import { inferOpenCalendar } from '../../src/core/forecast/openCalendar';
import { mstl } from '../../src/core/forecast/stl';
import { importIntervalText } from '../../src/core/workload/intervalTable';
import type { IntervalRecord } from '../../src/core/workload/intervalRecord';

const taylor = reference.taylor;
const K = 48;
const starts = Array.from({ length: K }, (_, k) => k * 30);
const trainDates = Array.from({ length: taylor.trainDays }, (_, d) => addDays(taylor.firstDate, d));
const testDates = Array.from({ length: taylor.testDays }, (_, d) => addDays(taylor.firstDate, taylor.trainDays + d));

/** A flat run of whole days as a day series. */
function daySeries(dates: string[], values: readonly number[], perDay: number): DaySeries {
  const calls = dates.map((_, d) => Float64Array.from(values.slice(d * perDay, (d + 1) * perDay)));
  return {
    intervalMinutes: 1440 / perDay,
    starts: Array.from({ length: perDay }, (_, k) => (k * 1440) / perDay),
    dates,
    calls,
    workSeconds: calls.map(() => new Float64Array(perDay).fill(NaN)),
    handled: calls.map(() => new Float64Array(perDay).fill(NaN)),
  };
}

const wmape = (f: readonly number[], a: readonly number[]) => f.reduce((s, v, i) => s + Math.abs(v - a[i]), 0) / a.reduce((s, v) => s + v, 0);
const maxRelative = (got: readonly number[], want: readonly number[]) => Math.max(...want.map((w, i) => Math.abs(got[i] - w) / Math.abs(w)));

/** A method's forecast of the held-out week, flat. */
function weekAhead(name: 'mstl-ets' | 'mstl-arima'): number[] {
  const series = daySeries(trainDates, taylor.train, K);
  const f = methodByName(name).fit({ series, calendar: inferOpenCalendar(series.dates) });
  return testDates.flatMap((d) => Array.from(f(d) ?? []));
}

describe('taylor: 10 weeks of half-hours, the 11th forecast', () => {
  test('MSTL reproduces R\'s mstl components (R writes 12 significant digits: 1e-6 MW on ~30,000)', () => {
    const fit = mstl(taylor.train, [48, 336]);
    const worst = (got: Float64Array, want: number[]) => Math.max(...want.map((w, i) => Math.abs(got[i] - w)));
    expect(worst(fit.trend, taylor.mstl.trend)).toBeLessThan(1e-6);
    expect(worst(fit.seasonals[0], taylor.mstl.seasonal48)).toBeLessThan(1e-6);
    expect(worst(fit.seasonals[1], taylor.mstl.seasonal336)).toBeLessThan(1e-6);
  });

  test('ETS picks R\'s model by AICc, with R\'s AICc and forecasts (the optimum is flat in α near its bound: 1e-6)', () => {
    const ets = autoEts(mstl(taylor.train, [48, 336]).adjusted)!;
    expect(`ETS(${ets.model[0]},${ets.model.slice(1, -1)},N)`).toBe(taylor.ets.model);
    expect(Math.abs(ets.aicc - taylor.ets.aicc)).toBeLessThan(0.01);
    expect(maxRelative(Array.from({ length: 336 }, (_, h) => ets.forecast(h + 1)), taylor.ets.forecast)).toBeLessThan(1e-6);
  });

  test('mstl-ets on the day series is R\'s stlf to 1e-6 (the calendar grid, the seasons\' last cycles, the horizon)', () => {
    expect(maxRelative(weekAhead('mstl-ets'), taylor.forecasts.stlf)).toBeLessThan(1e-6);
  });

  test('mstl-arima is within 5% of the wMAPE of R\'s stlf(method = "arima"), R\'s best of six (ours: least squares, R: exact likelihood)', () => {
    expect(taylor.best).toBe('stlf-arima');
    const ours = wmape(weekAhead('mstl-arima'), taylor.test);
    expect(ours).toBeLessThanOrEqual(1.05 * taylor.wmape['stlf-arima']);
  });

  // Known gap (issue 16): in auto's day-ahead backtest on the last 10 training days
  // holt-winters scores 0.0083 against mstl-arima's 0.0095 and is chosen, but a week ahead
  // it scores 0.0106 on the held-out week (R's best 0.0085, mstl-arima 0.0084). A week-ahead
  // backtest ranks them the same way (0.0226 against 0.0244). `failing` passes while auto
  // misses the goal and fails, to be turned into a plain test, once it meets it.
  test.failing('auto, choosing by backtest on the 10 weeks only, is within 5% of R\'s best wMAPE on the held-out week', () => {
    const records: IntervalRecord[] = trainDates.flatMap((date, d) => starts.map((start, k) => ({ date, start, offered: taylor.train[d * K + k] })));
    const r = forecast(records, { from: testDates[0], to: testDates[testDates.length - 1], method: 'auto' });
    if (!r.ok) throw new Error(r.message);
    const ours = wmape(r.value.intervals.map((i) => i.calls), taylor.test);
    const best = Math.min(...Object.values(taylor.wmape));
    expect(ours).toBeLessThanOrEqual(1.05 * best);
    expect(r.value.method).toMatch(/^mstl-/);
  }, 120_000);
});

const FILE = path.resolve(__dirname, '../../../shared/data/bank-calls-5min-2003.csv');
(existsSync(FILE) ? test : test.skip)('bank: 7 weeks of 5-minute weekdays (periods 169 and 845 on the open weekdays), the next week as R\'s stlf to 1e-4', () => {
  const imp = importIntervalText(readFileSync(FILE, 'utf8'));
  if (!imp.ok) throw new Error(imp.message);
  const { bank } = reference;
  const train = imp.value.records.filter((r) => r.date >= bank.trainFrom && r.date <= bank.trainTo);
  const dates = [...new Set(train.map((r) => r.date))].sort();
  const byDate = new Map<string, number[]>();
  for (const r of train) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r.offered]);
  const series = daySeries(dates, dates.flatMap((d) => byDate.get(d)!), 169);
  series.starts = [...new Set(train.map((r) => r.start))].sort((a, b) => a - b);
  const f = methodByName('mstl-ets').fit({ series, calendar: inferOpenCalendar(series.dates) });
  const targets = [...new Set(imp.value.records.filter((r) => r.date >= bank.testFrom && r.date <= bank.testTo).map((r) => r.date))].sort();
  const ours = targets.flatMap((d) => Array.from(f(d)!));
  // R does not clip at 0; an additive decomposition can dip below it at 07:00.
  const want = bank.stlf.map((v) => Math.max(0, v));
  const gap = ours.reduce((s, v, i) => s + Math.abs(v - want[i]), 0) / want.reduce((s, v) => s + v, 0);
  expect(gap).toBeLessThan(1e-4);
});
