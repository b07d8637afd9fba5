import { readFileSync, existsSync } from 'fs';
import path from 'path';
import { forecast } from '../../src/core/forecast/forecast';
import { addDays, sundayFirstWeekday } from '../../src/core/calendar/dates';
import { IntervalRecord } from '../../src/core/workload/intervalRecord';
import { importIntervalText } from '../../src/core/workload/intervalTable';
import { applyEvents, estimateEventFactor, validateEvents } from '../../src/core/forecast/events';

const STARTS = [480, 510, 540];
function weekdays(from: string, days: number, f: (date: string, k: number) => Partial<IntervalRecord> & { offered: number }): IntervalRecord[] {
  const out: IntervalRecord[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    if (sundayFirstWeekday(date) === 0 || sundayFirstWeekday(date) === 6) continue;
    STARTS.forEach((start, k) => out.push({ date, start, ...f(date, k) }));
  }
  return out;
}

describe('forecast entry point', () => {
  const recs = weekdays('2024-01-01', 40, (_d, k) => ({ offered: [10, 20, 30][k], answered: [10, 20, 30][k], talkSeconds: [10, 20, 30][k] * 200 }));
  // history ends Friday 2024-02-09

  test('closed days are 0 and say so; open days are forecast; no NaN anywhere', () => {
    const r = forecast(recs, { from: '2024-02-10', to: '2024-02-12', method: 'historical-average' });
    if (!r.ok) throw new Error(r.message);
    const { days, intervals } = r.value;
    expect(days.map((d) => [d.date, d.closed])).toEqual([['2024-02-10', true], ['2024-02-11', true], ['2024-02-12', false]]);
    expect(days[0].reason).toMatch(/Saturday/);
    expect(intervals.filter((i) => i.date === '2024-02-10').every((i) => i.calls === 0 && i.closed)).toBe(true);
    expect(intervals.filter((i) => i.date === '2024-02-12').map((i) => i.calls)).toEqual([10, 20, 30]);
    for (const iv of intervals) {
      expect(Number.isFinite(iv.calls)).toBe(true);
      if (iv.aht !== undefined) expect(Number.isFinite(iv.aht)).toBe(true);
    }
  });

  test('AHT per interval is volume-weighted (hand example)', () => {
    // Mondays: interval 08:00 has 10 calls × 100 s one week and 30 calls × 200 s another → (1000 + 6000) / 40 = 175 s
    const r2 = forecast([
      { date: '2024-01-01', start: 480, offered: 10, answered: 10, talkSeconds: 1000 },
      { date: '2024-01-08', start: 480, offered: 30, answered: 30, talkSeconds: 6000 },
    ], { from: '2024-01-15', to: '2024-01-15', method: 'historical-average' });
    if (!r2.ok) throw new Error(r2.message);
    expect(r2.value.intervals[0].aht).toBeCloseTo(175, 12);
    expect(r2.value.intervals[0].calls).toBe(20);
  });

  test('a holiday is closed; events multiply the base forecast', () => {
    const r = forecast(recs, { from: '2024-02-12', to: '2024-02-13', method: 'historical-average', holidays: ['2024-02-12'],
      events: [{ name: 'billing', from: '2024-02-13', to: '2024-02-13', factor: 1.5 }] });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.days[0]).toMatchObject({ closed: true, reason: 'holiday', total: 0 });
    expect(r.value.intervals.filter((i) => i.date === '2024-02-13').map((i) => i.calls)).toEqual([15, 30, 45]);
    expect(r.value.days[1].total).toBe(90);
  });

  test('auto reports its choice and the candidates it compared', () => {
    const r = forecast(recs, { days: 3 });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.selection?.length).toBeGreaterThan(3);
    // every method is exact (to rounding) on this constant pattern: auto keeps its incumbent and says so
    expect(r.value.method).toBe('calendar-regression');
    expect(r.value.selection?.find((s) => s.method === 'calendar-regression')?.wmape).toBeLessThan(1e-6);
    expect(r.value.notes.map((n) => n.code)).toContain('forecast.autoKept');
  });

  test('bad options are invalid with a message', () => {
    expect(forecast([], {})).toMatchObject({ ok: false });
    expect(forecast(recs, { method: 'magic' as 'auto' })).toMatchObject({ ok: false });
    expect(forecast(recs, { from: '2024-01-05', to: '2024-01-06' })).toMatchObject({ ok: false }); // inside the history
    expect(forecast(recs, { days: 0 })).toMatchObject({ ok: false });
    expect(forecast(recs, { from: '2024-03-05', to: '2024-03-01' })).toMatchObject({ ok: false });
    expect(forecast(recs, { from: '12/03/2024' })).toMatchObject({ ok: false });
  });
});

describe('events', () => {
  test('validation, application to an interval range, factor estimate', () => {
    expect(validateEvents([{ name: 'x', from: '2024-01-02', to: '2024-01-01', factor: 1 }]).ok).toBe(false);
    expect(validateEvents([{ name: 'x', from: '2024-01-01', to: '2024-01-01', factor: -1 }]).ok).toBe(false);
    const out = applyEvents([{ date: '2024-01-01', start: 480, calls: 10 }, { date: '2024-01-01', start: 600, calls: 10 }],
      [{ name: 'morning push', from: '2024-01-01', to: '2024-01-01', factor: 2, startFrom: 480, startTo: 540 }]);
    expect(out.map((o) => o.calls)).toEqual([20, 10]);
    expect(out[0].events).toEqual(['morning push']);
    expect(estimateEventFactor([120, 130], [100, 100])).toEqual({ ok: true, value: 1.25 });
  });
});

const FILE = path.resolve(__dirname, '../../../shared/data/bank-calls-5min-2003.csv');
(existsSync(FILE) ? describe : describe.skip)('real data: the next open day after the history, whatever weekday it ends on', () => {
  const all = (() => {
    const r = importIntervalText(readFileSync(FILE, 'utf8'));
    if (!r.ok) throw new Error(r.message);
    return r.value.records;
  })();
  test.each([
    ['2003-10-24', '2003-10-27'], // history ends Friday → Monday
    ['2003-10-22', '2003-10-23'], // ends Wednesday → Thursday
    ['2003-10-20', '2003-10-21'], // ends Monday → Tuesday
  ])('history to %s forecasts %s', (end, next) => {
    const hist = all.filter((r) => r.date <= end);
    const r = forecast(hist, { from: next, to: next });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.days).toEqual([expect.objectContaining({ date: next, closed: false })]);
    expect(r.value.intervals).toHaveLength(169);
    const total = r.value.days[0].total;
    expect(total).toBeGreaterThan(25000); // weekday totals in this file are 27,666–42,889
    expect(total).toBeLessThan(45000);
    if (end !== '2003-10-24') {
      const actual = all.filter((x) => x.date === next).reduce((s, x) => s + x.offered, 0);
      expect(Math.abs(total / actual - 1)).toBeLessThan(0.15);
    }
  });
});
