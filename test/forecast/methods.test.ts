/**
 * Each method on series with a known answer: a pure weekly pattern must be forecast exactly,
 * a linear trend recovered by the regression.
 */
import { addDays, sundayFirstWeekday } from '../../src/core/calendar/dates';
import { IntervalRecord } from '../../src/core/workload/intervalRecord';
import { toDaySeries } from '../../src/core/forecast/daySeries';
import { inferOpenCalendar } from '../../src/core/forecast/openCalendar';
import { isMethodName, methodByName, METHOD_NAMES } from '../../src/core/forecast/methods/index';
import { calendarRegression } from '../../src/core/forecast/methods/calendarRegression';
import { rollingOriginBacktest } from '../../src/core/forecast/backtest';
import { chooseMethod } from '../../src/core/forecast/autoSelect';
import { gaussianSmooth } from '../../src/core/forecast/intradayProfile';
import { ridgeRegression } from '../../src/core/forecast/ridgeRegression';

const STARTS = [480, 510, 540, 570, 600];
/** Weekdays only from Monday 2024-01-01; calls(dayIndex, weekday, k). */
function history(days: number, calls: (i: number, wd: number, k: number) => number): IntervalRecord[] {
  const out: IntervalRecord[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays('2024-01-01', i);
    const wd = sundayFirstWeekday(date);
    if (wd === 0 || wd === 6) continue;
    STARTS.forEach((start, k) => out.push({ date, start, offered: calls(i, wd, k) }));
  }
  return out;
}
const pattern = (wd: number, k: number) => (10 + 5 * wd) * [1, 3, 4, 2, 1][k];

describe('a pure weekly pattern is forecast exactly', () => {
  const recs = history(56, (_i, wd, k) => pattern(wd, k));
  const series = toDaySeries(recs, 30);
  const calendar = inferOpenCalendar(series.dates);
  const target = '2024-02-26'; // Monday after the 8 weeks
  const names = METHOD_NAMES.filter((n) => n !== 'calendar-regression' && n !== 'combined' && !n.startsWith('mstl-'));
  test.each(names)('%s', (name) => {
    const f = methodByName(name).fit({ series, calendar })(target);
    expect(f).toBeDefined();
    STARTS.forEach((_, k) => expect(f![k]).toBeCloseTo(pattern(1, k), 6));
    const fri = methodByName(name).fit({ series, calendar })('2024-03-01');
    STARTS.forEach((_, k) => expect(fri![k]).toBeCloseTo(pattern(5, k), 6));
  });
  test('calendar-regression (profile smoothing off)', () => {
    const f = calendarRegression({ smoothingMinutes: 0 }).fit({ series, calendar })(target)!;
    STARTS.forEach((_, k) => expect(f[k]).toBeCloseTo(pattern(1, k), 4));
  });
  // MSTL smooths each season's cycle subseries by loess: two iterations leave part of the
  // weekly shape in the intraday season and the adjusted series (as R's mstl does), so the
  // pattern comes back to within 3%, not exactly.
  test.each(['mstl-ets', 'mstl-arima'] as const)('%s to within 3%%', (name) => {
    const fit = methodByName(name).fit({ series, calendar });
    for (const [date, wd] of [[target, 1], ['2024-03-01', 5]] as const) {
      const f = fit(date)!;
      STARTS.forEach((_, k) => expect(Math.abs(f[k] / pattern(wd, k) - 1)).toBeLessThan(0.03));
    }
  });
  test('closed weekdays have no forecast basis', () => {
    for (const name of METHOD_NAMES) expect(methodByName(name).fit({ series, calendar })('2024-02-24')).toBeUndefined();
  });
});

describe('a linear trend is recovered', () => {
  // daily total = 500 + 7 × (calendar day index), flat weekday pattern, profile [1,3,4,2,1]/11
  const share = [1, 3, 4, 2, 1].map((x) => x / 11);
  const recs = history(56, (i, _wd, k) => (500 + 7 * i) * share[k]);
  const series = toDaySeries(recs, 30);
  const calendar = inferOpenCalendar(series.dates);
  test('regression forecasts the next Monday on the trend line', () => {
    const f = methodByName('regression').fit({ series, calendar })('2024-02-26')!; // day index 56
    const total = f.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(500 + 7 * 56, 6);
    STARTS.forEach((_, k) => expect(f[k]).toBeCloseTo((500 + 7 * 56) * share[k], 6));
  });
  test('historical average lags a trend (sanity: the test can fail)', () => {
    const f = methodByName('historical-average').fit({ series, calendar })('2024-02-26')!;
    expect(f.reduce((a, b) => a + b, 0)).toBeLessThan(500 + 7 * 56 - 50);
  });
});

describe('backtest and auto', () => {
  test('on a pure pattern every method scores wMAPE 0 and auto picks one of them', () => {
    const recs = history(84, (_i, wd, k) => pattern(wd, k));
    const series = toDaySeries(recs, 30);
    const calendar = inferOpenCalendar(series.dates);
    const bt = rollingOriginBacktest(series, calendar, [methodByName('seasonal-naive'), methodByName('historical-average')], { days: 5 });
    if (!bt.ok) throw new Error(bt.message);
    expect(bt.value.targets).toHaveLength(5);
    for (const s of bt.value.scores) expect(s.figures.wmape).toBeCloseTo(0, 9);
    expect(chooseMethod({ series, calendar }).scores.length).toBeGreaterThan(0);
  });
  test('auto prefers the regression on a trend', () => {
    const share = [1, 3, 4, 2, 1].map((x) => x / 11);
    const recs = history(84, (i, _wd, k) => (500 + 9 * i) * share[k]);
    const series = toDaySeries(recs, 30);
    const calendar = inferOpenCalendar(series.dates);
    const c = chooseMethod({ series, calendar }, { candidates: ['historical-average', 'moving-average', 'regression'] });
    expect(c.method.name).toBe('regression');
  });
  test('too few days to backtest is invalid', () => {
    const series = toDaySeries(history(3, () => 1), 30);
    expect(rollingOriginBacktest(series, inferOpenCalendar(series.dates), [methodByName('historical-average')], { days: 5 }).ok).toBe(false);
  });
});

describe('numerical helpers', () => {
  test('ridge regression with λ = 0 is least squares', () => {
    const b = ridgeRegression([[1, 0], [1, 1], [1, 2]], [1, 3, 5], [0, 0])!;
    expect(b[0]).toBeCloseTo(1, 12);
    expect(b[1]).toBeCloseTo(2, 12);
  });
  test('smoothing keeps a constant and a straight line (away from edges)', () => {
    const c = gaussianSmooth([5, 5, 5, 5, 5], 1.5);
    c.forEach((v) => expect(v).toBeCloseTo(5, 12));
    const line = Array.from({ length: 21 }, (_, i) => i);
    expect(gaussianSmooth(line, 1)[10]).toBeCloseTo(10, 9);
  });
});

describe('the method registry', () => {
  test('every name has its own method (none falls through to another), and only those names are methods', () => {
    for (const name of METHOD_NAMES) expect(methodByName(name).name).toBe(name);
    expect(isMethodName('auto')).toBe(false);
    expect(isMethodName('nope')).toBe(false);
    expect(isMethodName('toString')).toBe(false);
    expect(METHOD_NAMES.every(isMethodName)).toBe(true);
  });
});
