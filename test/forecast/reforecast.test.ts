/** Intraday reforecast: the arithmetic by hand, the bad inputs a planner gives, and the bank's afternoons. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reforecastDay } from '../../src/core/forecast/reforecast';
import { reforecastToday } from '../../src/core/plan/steps/reforecast';
import { DEFAULT_CLEANING } from '../../src/core/plan/cleanHistory';
import { addDays } from '../../src/core/calendar/dates';
import { renderNote } from '../../src/core/notes/render';
import type { IntervalRecord } from '../../src/core/workload/intervalRecord';
import { runTs } from '../support/runTs';

const BANK = path.resolve(__dirname, '../../../shared/data/bank-calls-5min-2003.csv');
const bank: IntervalRecord[] = readFileSync(BANK, 'utf8').trim().split('\n').slice(1).map((line) => {
  const [date, hhmm, calls] = line.split(',');
  return { date, start: Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)), offered: Number(calls) };
});
const settings = { method: 'historical-average' as const, holidays: [], events: [], cleaning: DEFAULT_CLEANING };

describe('reforecastDay', () => {
  test('the level shrunk by the share seen and the last half hour carried on, fading (worked by hand)', () => {
    // forecast 100 a half hour at 11:30, 12:00, 12:30; 120 arrived at 11:30; cut 12:00
    const r = reforecastDay(new Map([[690, 100], [720, 100], [750, 100]]), new Map([[690, 120]]), 720);
    // seen share 100 / 300 = 1/3; level 1 + (1/3)(1.2 − 1) = 1.0667
    expect(r.weight).toBeCloseTo(1 / 3, 12);
    expect(r.factor).toBeCloseTo(16 / 15, 12);
    // last half hour: 120 against 100 × 16/15 → +12.5%, half carried: 12:00 × (1 + 0.0625), 12:30 × (1 + 0.0625 · 2^(−30/120))
    expect(r.localDeviation).toBeCloseTo(0.125, 12);
    expect(r.intervals.map((i) => i.calls)).toEqual([120, expect.closeTo(113.3333, 3), expect.closeTo(100 * (16 / 15) * (1 + 0.0625 * 0.5 ** 0.25), 9)]);
    expect(r.intervals[0]).toEqual({ start: 690, dayAhead: 100, actual: 120, calls: 120 });
    expect(r.restRevised).toBeCloseTo(r.intervals[1].calls + r.intervals[2].calls, 9);
  });
  test('a morning exactly as forecast leaves the rest of the day unchanged', () => {
    const f = new Map([[600, 40], [630, 60], [660, 80], [690, 50]]);
    const r = reforecastDay(f, new Map([[600, 40], [630, 60]]), 660);
    expect(r.factor).toBe(1);
    expect(r.intervals.slice(2).map((i) => i.calls)).toEqual([80, 50]);
  });
});

describe('reforecastToday: bad input, in the planner’s words', () => {
  const target = '2003-10-24';
  const given = bank.filter((r) => r.date >= addDays(target, -56) && (r.date < target || (r.date === target && r.start < 720)));
  const zh = (r: ReturnType<typeof reforecastToday>) => (!r.ok && r.note ? renderNote(r.note, 'zh-CN') : '');
  test('not a clock time', () => {
    const r = reforecastToday(given, 5, target, '12h', settings);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('the reforecast time must be a clock time HH:MM such as 12:00 (got "12h")');
    expect(zh(r)).toContain('HH:MM');
  });
  test('before opening, after closing, on a closed day', () => {
    const early = reforecastToday(given, 5, target, '06:30', settings);
    expect(!early.ok && early.message).toBe("the reforecast time 06:30 is outside 2003-10-24's opening hours (07:00-21:05): give a time after opening and before closing");
    expect(zh(early)).toContain('营业时间（07:00-21:05）');
    expect(reforecastToday(given, 5, target, '21:30', settings).ok).toBe(false);
    const saturday = reforecastToday(given, 5, '2003-10-25', '12:00', settings);
    expect(!saturday.ok && saturday.message).toMatch(/closed that day/);
  });
  test('no calls of the day before the time', () => {
    const r = reforecastToday(given.filter((x) => x.date < target), 5, target, '12:00', settings);
    expect(!r.ok && r.message).toBe('the history has no calls of 2003-10-24 before 12:00: add today\'s intervals so far to the file');
    expect(zh(r)).toContain('12:00 之前的来电');
  });
  test('a history shorter than two weeks', () => {
    // from Monday 2003-10-13: 11 calendar days before the 24th
    const r = reforecastToday(given.filter((x) => x.date >= '2003-10-13'), 5, target, '12:00', settings);
    expect(!r.ok && r.message).toBe('a reforecast needs at least 14 days of history before 2003-10-24 (got 11)');
    expect(zh(r)).toContain('至少 14 天');
  });
});

describe('the bank’s afternoons', () => {
  test('revised at 12:00, the last 10 weekdays’ afternoons are closer to what happened than the day-ahead forecast', () => {
    const dates = [...new Set(bank.map((r) => r.date))].sort().slice(-10);
    let dayAhead = 0;
    let revised = 0;
    for (const target of dates) {
      const given = bank.filter((r) => r.date >= addDays(target, -56) && (r.date < target || (r.date === target && r.start < 720)));
      const res = reforecastToday(given, 5, target, '12:00', settings);
      if (!res.ok) throw new Error(res.message);
      const at = new Map(res.value.revised.intervals.map((i) => [i.start, i]));
      for (const r of bank) {
        if (r.date !== target || r.start < 720) continue;
        dayAhead += Math.abs(at.get(r.start)!.dayAhead - r.offered);
        revised += Math.abs(at.get(r.start)!.calls - r.offered);
      }
      // before the cut, the revised day is what arrived
      expect(res.value.revised.intervals.filter((i) => i.start < 720).every((i) => i.calls === i.actual)).toBe(true);
    }
    expect(revised).toBeLessThan(0.97 * dayAhead);
  }, 120_000);
  test('npm run forecast -- --reforecast-from 12:00 on the bank file: the day’s intervals, the morning as it came', () => {
    const r = runTs('src/cli/forecast.ts', ['--history', BANK, '--reforecast-from', '12:00', '--method', 'historical-average']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('date,interval_start,calls,day_ahead,actual');
    expect(lines).toHaveLength(1 + 169);
    // the file holds all of 2003-10-24, the default day: before 12:00 the revised day is the file's calls
    const first = bank.find((x) => x.date === '2003-10-24' && x.start === 420)!;
    expect(lines[1]).toMatch(new RegExp(`^2003-10-24,07:00,${first.offered}\\.00,[0-9.]+,${first.offered}\\.00$`));
    expect(lines.find((l) => l.includes(',12:00,'))).toMatch(/^2003-10-24,12:00,[0-9.]+,[0-9.]+,$/);
    expect(r.stderr).toMatch(/note: 2003-10-24 before 12:00: /);
  }, 120_000);
  test('the CLI says what is wrong with the time', () => {
    const r = runTs('src/cli/forecast.ts', ['--history', BANK, '--reforecast-from', '25:00']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the reforecast time must be a clock time HH:MM/);
  }, 120_000);
});
