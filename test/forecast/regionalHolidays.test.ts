/**
 * A region's holidays in the forecast: closed or reduced as the history shows,
 * assumed closed when it holds none; China's make-up working days open with a
 * Monday's or a Friday's pattern. Synthetic weekday-only centre: Mondays 200
 * calls a half hour, Fridays 100, other weekdays 150, 09:00–12:00.
 */
import { addDays, weekday } from '../../src/core/calendar/dates';
import { DEFAULT_CLEANING } from '../../src/core/plan/cleanHistory';
import { forecastHorizon } from '../../src/core/plan/steps/forecast';
import { renderNote } from '../../src/core/notes/render';
import type { IntervalRecord } from '../../src/core/workload/intervalRecord';

const LEVEL = [200, 150, 150, 150, 100];
/** Weekdays from..to, except `skip`; `scale` changes a day's level. */
function history(from: string, to: string, skip: ReadonlySet<string> = new Set(), scale: ReadonlyMap<string, number> = new Map()): IntervalRecord[] {
  const out: IntervalRecord[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (weekday(d) >= 5 || skip.has(d)) continue;
    for (let s = 540; s < 720; s += 30) out.push({ date: d, start: s, offered: LEVEL[weekday(d)] * (scale.get(d) ?? 1) });
  }
  return out;
}
const run = (records: IntervalRecord[], from: string, days: number, holidays: Parameters<typeof forecastHorizon>[2]['holidays'], method: 'historical-average' | 'calendar-regression' = 'historical-average') => {
  const r = forecastHorizon(records, 30, { method, from, days, holidays, events: [], cleaning: DEFAULT_CLEANING });
  if (!r.ok) throw new Error(r.message);
  const total = (d: string) => r.value.predicted.days.find((x) => x.date === d)!.total;
  return { total, notes: r.value.predicted.notes.map((n) => renderNote(n, 'en')), zh: r.value.predicted.notes.map((n) => renderNote(n, 'zh-CN')), days: r.value.predicted.days };
};

describe('China: National Day 2025 after a summer without holidays', () => {
  const f = run(history('2025-07-07', '2025-09-26'), '2025-09-27', 16, 'CN');
  test('1–8 October closed, assumed, and said', () => {
    for (let d = '2025-10-01'; d <= '2025-10-08'; d = addDays(d, 1)) expect([d, f.total(d)]).toEqual([d, 0]);
    expect(f.notes).toContain('CN public holidays in the forecast (2025-10-01, 2025-10-02, 2025-10-03, 2025-10-04, 2025-10-05, 2025-10-06, 2025-10-07, 2025-10-08): closed, assumed: the history holds no public holiday on an open weekday to learn from');
  });
  test('Sunday 28 September opens the working week: a Monday (6 × 200); Saturday 11 October closes it: a Friday (6 × 100)', () => {
    expect(f.total('2025-09-28')).toBeCloseTo(1200, 6);
    expect(f.total('2025-10-11')).toBeCloseTo(600, 6);
    expect(f.total('2025-10-12')).toBe(0);
    expect(f.notes.some((n) => n.includes('2025-09-28 as a Monday, 2025-10-11 as a Friday; worked, assumed'))).toBe(true);
    expect(f.zh.some((n) => n.includes('2025年9月28日 按星期一'))).toBe(true);
  });
});

describe('learned from the history', () => {
  // the weekdays of Labour Day 2025 (1–5 May: Thursday, Friday, Monday) and Dragon Boat (Monday 2 June) inside the history
  const holidays = new Set(['2025-05-01', '2025-05-02', '2025-05-05', '2025-06-02']);
  test('no data on the past holidays: closed, learned', () => {
    const f = run(history('2025-04-07', '2025-09-26', holidays), '2025-09-29', 14, 'CN');
    expect(f.total('2025-10-01')).toBe(0);
    expect(f.notes.find((n) => n.startsWith('CN public holidays'))).toMatch(/: closed, as on the 4 public holidays in the history$/);
  });
  test('half the calls on the past holidays: open at 50%', () => {
    const f = run(history('2025-04-07', '2025-09-26', new Set(), new Map([...holidays].map((d) => [d, 0.5]))), '2025-09-29', 14, 'CN');
    // Wednesday 1 October: half a Wednesday
    expect(f.total('2025-10-01')).toBeCloseTo(0.5 * 6 * 150, 0);
    expect(f.notes.find((n) => n.startsWith('CN public holidays'))).toMatch(/open, at 50\.0% of a normal day's calls, as on the 4 public holidays/);
  });
  test('past make-up days not worked: not worked now', () => {
    // 27 April 2025 was a make-up Sunday; the weekday-only history has no data on it
    const f = run(history('2025-04-07', '2025-09-26', holidays), '2025-09-27', 16, 'CN');
    expect(f.total('2025-09-28')).toBe(0);
    expect(f.notes.some((n) => n.includes('are not worked, as on the 1 make-up days in the history'))).toBe(true);
  });
});

test('a list of dates keeps working as before', () => {
  const f = run(history('2026-10-05', '2026-11-20'), '2026-11-23', 7, ['2026-11-26']);
  expect(f.total('2026-11-26')).toBe(0);
  expect(f.total('2026-11-27')).toBeGreaterThan(0);
});

describe('the day after a holiday: learned or assumed, and said', () => {
  const dayAfter = (notes: string[]) => notes.find((n) => n.startsWith('the first open day after a holiday'));
  test('a method without the after-closure effect: a normal day, assumed', () => {
    const f = run(history('2025-07-07', '2025-09-26'), '2025-09-27', 16, 'CN');
    expect(dayAfter(f.notes)).toBe('the first open day after a holiday (2025-10-09): forecast as a normal day, assumed: historical-average does not model the calls a closure carries over (calendar-regression learns them)');
    expect(f.zh.some((n) => n.startsWith('节假日后的第一个营业日（2025年10月9日）：按平常日预测，为假定'))).toBe(true);
  });
  test('calendar-regression on a history without closures: a normal day, assumed', () => {
    const f = run(history('2025-07-07', '2025-09-26'), '2025-09-27', 16, 'CN', 'calendar-regression');
    expect(dayAfter(f.notes)).toBe('the first open day after a holiday (2025-10-09): forecast as a normal day, assumed: the history shows no effect of a closure on the next day to learn from');
  });
  test('calendar-regression on a history whose holidays were closed and followed by 40% more calls: learned', () => {
    // Labour Day (1, 2, 5 May 2025) and Dragon Boat (2 June) closed; the next open days, 6 May and 3 June, 1.4 × normal
    const closures = new Set(['2025-05-01', '2025-05-02', '2025-05-05', '2025-06-02']);
    const f = run(history('2025-04-07', '2025-09-26', closures, new Map([['2025-05-06', 1.4], ['2025-06-03', 1.4]])), '2025-09-29', 14, 'CN', 'calendar-regression');
    expect(dayAfter(f.notes)).toMatch(/^the first open day after a holiday \(2025-10-09\): \+\d+\.\d% calls, learned from the 2 closures in the history$/);
    const lift = Number(/\+(\d+\.\d)%/.exec(dayAfter(f.notes)!)![1]) / 100;
    // ridge-shrunk towards none with two occurrences: a lift, below the true 40%
    expect(lift).toBeGreaterThan(0.1);
    expect(lift).toBeLessThanOrEqual(0.4);
  });
});
