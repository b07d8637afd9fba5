/**
 * Calendar regression's day-level terms on series with a known answer: the days after a
 * closure, the residual carried to the next day, and auto keeping its incumbent.
 */
import { addDays, sundayFirstWeekday } from '../../src/core/calendar/dates';
import { IntervalRecord } from '../../src/core/workload/intervalRecord';
import { toDaySeries, dayTotal } from '../../src/core/forecast/daySeries';
import { dayFeatures, inferOpenCalendar } from '../../src/core/forecast/openCalendar';
import { calendarRegression, residualAutocorrelation } from '../../src/core/forecast/methods/calendarRegression';
import { chooseMethod } from '../../src/core/forecast/autoSelect';
import { forecast } from '../../src/core/forecast/forecast';

const STARTS = [480, 510, 540, 570];
const SHARE = [0.25, 0.25, 0.25, 0.25]; // flat, so profile smoothing is exact
const WEEKDAY = [0, 1.2, 1, 0.95, 0.95, 1.05, 0];

/** Weekdays from Monday 2024-01-01 with day total `total(date, i)`; days where it is undefined are missing. */
function history(days: number, total: (date: string, i: number) => number | undefined): IntervalRecord[] {
  const out: IntervalRecord[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays('2024-01-01', i);
    const wd = sundayFirstWeekday(date);
    if (wd === 0 || wd === 6) continue;
    const t = total(date, i);
    if (t === undefined) continue;
    STARTS.forEach((start, k) => out.push({ date, start, offered: t * SHARE[k] }));
  }
  return out;
}

/** Open Monday to Friday, with the given holidays. */
const weekdays = (holidays: string[] = []) => ({ openWeekdays: [false, true, true, true, true, true, false], holidays: new Set(holidays) });
const sum = (f: Float64Array | undefined) => (f ? f.reduce((a, b) => a + b, 0) : NaN);

describe('dayFeatures: the open days after a closure', () => {
  const cal = weekdays(['2024-01-15']); // Monday 15th a holiday
  const has = () => true;
  test.each([
    ['2024-01-16', [1, 0, 0]], // Tuesday: first open day after the holiday
    ['2024-01-17', [0, 1, 0]],
    ['2024-01-18', [0, 0, 1]],
    ['2024-01-19', [0, 0, 0]],
    ['2024-01-15', [0, 0, 0]], // the holiday itself follows a weekend, not a closure
  ])('%s', (date, [a1, a2, a3]) => {
    const f = dayFeatures(cal, date, has, '2024-01-31');
    expect([f.afterClosure, f.afterClosure2, f.afterClosure3]).toEqual([a1, a2, a3]);
  });
  test('a weekend is not a closure for a weekday centre', () => {
    const f = dayFeatures(cal, '2024-01-08', has, '2024-01-31');
    expect([f.afterClosure, f.afterClosure2, f.afterClosure3]).toEqual([0, 0, 0]);
  });
  test('inside the history a usually-open day without data counts as closed', () => {
    const f = dayFeatures(cal, '2024-01-11', (d) => d !== '2024-01-09', '2024-01-31', '2024-01-01');
    expect(f.afterClosure2).toBe(1);
  });
});

describe('residualAutocorrelation', () => {
  test('a geometric decay has its ratio', () => expect(residualAutocorrelation([0.08, 0.04, 0.02, 0.01])).toBeCloseTo(0.5, 12));
  test('alternating signs (negative estimate) give 0, a random walk is capped at 0.9', () => {
    expect(residualAutocorrelation([0.1, -0.1, 0.1, -0.1])).toBe(0);
    expect(residualAutocorrelation([0.1, 0.1, 0.1])).toBe(0.9);
  });
  test('too few residuals give 0', () => {
    expect(residualAutocorrelation([])).toBe(0);
    expect(residualAutocorrelation([0.3])).toBe(0);
  });
});

describe('calendar regression', () => {
  test('learns the carry-over of closures and applies it after a listed future holiday', () => {
    // Closed every other Wednesday; the three open days after carry +30%, +15%, +5%.
    const closedDays = new Set<string>();
    for (let i = 9; i < 140; i += 14) closedDays.add(addDays('2024-01-01', i));
    const lift = [1.3, 1.15, 1.05];
    const recs = history(140, (date) => {
      if (closedDays.has(date)) return undefined;
      const f = dayFeatures(weekdays(), date, (d) => !closedDays.has(d), '2024-05-31', '2024-01-01');
      const m = f.afterClosure ? lift[0] : f.afterClosure2 ? lift[1] : f.afterClosure3 ? lift[2] : 1;
      return 1000 * WEEKDAY[sundayFirstWeekday(date)] * m;
    });
    const series = toDaySeries(recs, 30);
    const holiday = '2024-05-22'; // a Wednesday after the history (ends Sunday 2024-05-19)
    const calendar = inferOpenCalendar(series.dates, [holiday]);
    const f = calendarRegression({ calendarPenalty: 0.01 }).fit({ series, calendar });
    const ratio = (d: string) => sum(f(d)) / (1000 * WEEKDAY[sundayFirstWeekday(d)]);
    expect(ratio('2024-05-23')).toBeCloseTo(1.3, 1);
    expect(ratio('2024-05-24')).toBeCloseTo(1.15, 1);
    expect(ratio('2024-05-27')).toBeCloseTo(1.05, 1);
    expect(ratio('2024-05-21')).toBeCloseTo(1, 1);
  });

  test('a usually-open day between the history and --from without data is a closure: the day after carries the lift', () => {
    // Closed every other Wednesday, +30% the day after; the history stops on the Tuesday
    // before a closure and the user forecasts the Thursday, as `--from D --to D` does.
    const closedDays = new Set<string>();
    for (let i = 9; i < 140; i += 14) closedDays.add(addDays('2024-01-01', i));
    const recs = history(140, (date) => {
      if (closedDays.has(date)) return undefined;
      const f = dayFeatures(weekdays(), date, (d) => !closedDays.has(d), '2024-05-31', '2024-01-01');
      return 1000 * WEEKDAY[sundayFirstWeekday(date)] * (f.afterClosure ? 1.3 : 1);
    });
    const closed = '2024-05-15'; // a Wednesday closure (day 135)
    expect(closedDays.has(closed)).toBe(true);
    const hist = recs.filter((r) => r.date < closed);
    const r = forecast(hist, { from: '2024-05-16', to: '2024-05-16', method: 'calendar-regression' });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.days[0].total / (1000 * WEEKDAY[4])).toBeGreaterThan(1.2);
    expect(r.value.notes).toContainEqual({ code: 'forecast.closedGap', params: { dates: [closed] } });
    // Forecasting the day after the history itself assumes nothing.
    const next = forecast(hist, { from: closed, to: closed, method: 'calendar-regression' });
    if (!next.ok) throw new Error(next.message);
    expect(next.value.notes.map((n) => n.code)).not.toContain('forecast.closedGap');
  });

  test('carries a persistent level shock forward and lets it fade', () => {
    // Log level follows AR(1) with φ = 0.7 (seeded); the day-ahead forecast with the residual
    // carried must beat the same model without it over 40 rolling days.
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const gauss = () => Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
    const level = new Map<string, number>();
    let e = 0;
    for (let i = 0; i < 224; i++) {
      const date = addDays('2024-01-01', i);
      if (sundayFirstWeekday(date) === 0 || sundayFirstWeekday(date) === 6) continue;
      e = 0.7 * e + 0.05 * gauss();
      level.set(date, e);
    }
    const recs = history(224, (date) => 1000 * WEEKDAY[sundayFirstWeekday(date)] * Math.exp(level.get(date)!));
    const full = toDaySeries(recs, 30);
    const calendar = inferOpenCalendar(full.dates);
    let errCarry = 0;
    let errPlain = 0;
    for (let t = full.dates.length - 40; t < full.dates.length; t++) {
      const target = full.dates[t];
      const train = { ...full, dates: full.dates.slice(t - 40, t), calls: full.calls.slice(t - 40, t), workSeconds: full.workSeconds.slice(t - 40, t), handled: full.handled.slice(t - 40, t) };
      const actual = dayTotal(full.calls[t]);
      errCarry += Math.abs(sum(calendarRegression().fit({ series: train, calendar })(target)) - actual);
      errPlain += Math.abs(sum(calendarRegression({ residualCarry: false }).fit({ series: train, calendar })(target)) - actual);
    }
    expect(errCarry).toBeLessThan(0.85 * errPlain);
  });
});

describe('days with shorter opening hours', () => {
  test('a Saturday open half the hours of a weekday is a complete day and is forecast', () => {
    const recs: IntervalRecord[] = [];
    for (let i = 0; i < 56; i++) {
      const date = addDays('2024-01-01', i);
      const wd = sundayFirstWeekday(date);
      if (wd === 0) continue;
      const starts = wd === 6 ? STARTS.slice(0, 2) : STARTS;
      starts.forEach((start) => recs.push({ date, start, offered: wd === 6 ? 100 : 250 }));
    }
    const series = toDaySeries(recs, 30);
    const f = calendarRegression().fit({ series, calendar: inferOpenCalendar(series.dates) });
    expect(sum(f('2024-03-02'))).toBeCloseTo(200, 3); // Saturday: two intervals of 100
    expect(sum(f('2024-03-01'))).toBeCloseTo(1000, 3);
  });
});

describe('auto keeps calendar regression unless a challenger is clearly better', () => {
  test('on a pure weekly pattern every method ties and auto keeps the incumbent', () => {
    const series = toDaySeries(history(84, (date) => 1000 * WEEKDAY[sundayFirstWeekday(date)]), 30);
    expect(chooseMethod({ series, calendar: inferOpenCalendar(series.dates) }).method.name).toBe('calendar-regression');
  });
  test('a weekly pattern that changed four weeks ago: seasonal naive is exact and replaces it', () => {
    const changed = [0, 0.8, 1, 0.95, 0.95, 1.4, 0];
    const series = toDaySeries(history(84, (date, i) => 1000 * (i < 56 ? WEEKDAY : changed)[sundayFirstWeekday(date)]), 30);
    const c = chooseMethod({ series, calendar: inferOpenCalendar(series.dates) });
    expect(c.method.name).toBe('seasonal-naive');
    expect(c.scores[0].figures.wmape).toBeCloseTo(0, 9);
  });
  test('a challenger within the margin does not replace it', () => {
    const changed = [0, 0.8, 1, 0.95, 0.95, 1.4, 0];
    const series = toDaySeries(history(84, (date, i) => 1000 * (i < 56 ? WEEKDAY : changed)[sundayFirstWeekday(date)]), 30);
    const calendar = inferOpenCalendar(series.dates);
    const cr = chooseMethod({ series, calendar }, { candidates: ['calendar-regression'] }).scores[0].figures.wmape!;
    expect(cr).toBeGreaterThan(0.01);
    // A margin wider than the challenger's whole advantage keeps the incumbent.
    expect(chooseMethod({ series, calendar }, { margin: 1.01 }).method.name).toBe('calendar-regression');
  });
});

describe('recurring events: measured, listed, accepted or overridden', () => {
  // +20% on the first business day of each month, nothing else.
  const recs = history(182, (date) => {
    const f = dayFeatures(weekdays(), date, () => true, '2024-12-31', '2024-01-01');
    return 1000 * WEEKDAY[sundayFirstWeekday(date)] * (f.bd1 ? 1.2 : 1);
  });
  const target = '2024-07-01'; // a Monday, the first business day of July
  const plain = 1000 * WEEKDAY[1];
  test('the first business day is listed with its effect and applied', () => {
    const r = forecast(recs, { from: target, to: target, method: 'calendar-regression' });
    if (!r.ok) throw new Error(r.message);
    const first = r.value.recurringEvents.find((e) => e.event === 'firstBusinessDay');
    expect(first).toMatchObject({ accepted: true, overridden: false });
    expect(first!.dates).toEqual(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-03']);
    expect(first!.effect).toBeGreaterThan(0.15);
    expect(r.value.recurringEvents.map((e) => e.event)).toEqual(['firstBusinessDay']);
    expect(r.value.notes).toContainEqual({ code: 'forecast.recurringEvent', params: expect.objectContaining({ event: 'firstBusinessDay', occurrences: 6, last: '2024-06-03', accepted: true }) });
    expect(r.value.days[0].total / plain).toBeGreaterThan(1.15);
  });
  test('rejected, it is not applied; with a factor, the factor is', () => {
    const no = forecast(recs, { from: target, to: target, method: 'calendar-regression', eventDecisions: [{ event: 'firstBusinessDay', accept: false }] });
    const own = forecast(recs, { from: target, to: target, method: 'calendar-regression', eventDecisions: [{ event: 'firstBusinessDay', accept: true, factor: 1.5 }] });
    if (!no.ok || !own.ok) throw new Error('forecast failed');
    expect(no.value.days[0].total / plain).toBeCloseTo(1, 1);
    expect(no.value.recurringEvents.find((e) => e.event === 'firstBusinessDay')).toMatchObject({ accepted: false, overridden: true, effect: 0 });
    expect(own.value.days[0].total / plain).toBeCloseTo(1.5, 1);
    expect(own.value.recurringEvents.find((e) => e.event === 'firstBusinessDay')!.effect).toBeCloseTo(0.5, 9);
  });
});

describe('pooledProfile', () => {
  test('a weekday sharing the pool\'s shape keeps it; a Saturday of other hours keeps its own', async () => {
    const { pooledProfile } = await import('../../src/core/forecast/intradayProfile');
    const recs: IntervalRecord[] = [];
    for (let i = 0; i < 14; i++) {
      const date = addDays('2024-01-01', i);
      const wd = sundayFirstWeekday(date);
      if (wd === 0) continue;
      STARTS.forEach((start, k) => { if (wd !== 6 || k < 2) recs.push({ date, start, offered: wd === 6 ? [30, 10][k] : [10, 20, 30, 40][k] }); });
    }
    const series = toDaySeries(recs, 30);
    const all = series.dates.map((_, i) => i);
    const of = (w: number) => all.filter((i) => sundayFirstWeekday(series.dates[i]) === w);
    const mon = pooledProfile(series, of(1), all.filter((i) => sundayFirstWeekday(series.dates[i]) !== 6), { ratioBandwidth: 2 })!;
    [0.1, 0.2, 0.3, 0.4].forEach((v, k) => expect(mon[k]).toBeCloseTo(v, 12));
    const sat = pooledProfile(series, of(6), all, { ratioBandwidth: 2 })!;
    expect(sat.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(sat[2]).toBe(0);
    expect(sat[0]).toBeGreaterThan(sat[1]);
  });
});
