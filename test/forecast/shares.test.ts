import fc from 'fast-check';
import { monthShareOfYear, weekdayIndex, intervalShareOfDay } from '../../src/core/workload/shares';
import { totalsBy } from '../../src/core/workload/totals';
import { addDays, sundayFirstWeekday } from '../../src/core/calendar/dates';
import { IntervalRecord } from '../../src/core/workload/intervalRecord';

describe('shares from history arrays', () => {
  test('hand example: weekday index and interval share', () => {
    // Mon 2003-03-03: 09:00 30, 09:30 10 → 40; Tue 2003-03-04: 09:00 10, 09:30 10 → 20
    const dates = ['2003-03-03', '2003-03-03', '2003-03-04', '2003-03-04'];
    const starts = ['09:00', '09:30', 540, 570];
    const calls = [30, 10, 10, 10];
    // means per weekday: Mon 40, Tue 20, others 0 (closed) → average day 60/7; Monday index 40 / (60/7) = 4.6667
    expect(weekdayIndex(dates, calls, 1)).toEqual({ ok: true, value: 40 / (60 / 7) });
    expect(intervalShareOfDay(dates, starts, calls, '09:00')).toEqual({ ok: true, value: 40 / 60 });
    expect(intervalShareOfDay(dates, starts, calls, 540, 1)).toEqual({ ok: true, value: 30 / 40 });
    expect(intervalShareOfDay(dates, starts, calls, 0.375, 2)).toEqual({ ok: true, value: 0.5 });
  });
  test('month share needs a full year, and says so', () => {
    const r = monthShareOfYear(['2003-03-03'], [5], 3);
    expect(r).toMatchObject({ ok: false, code: 'no-answer' });
    expect(monthShareOfYear(['2003-03-03'], [5], 13)).toMatchObject({ ok: false, code: 'invalid' });
    expect(monthShareOfYear(['not a date'], [5], 3)).toMatchObject({ ok: false, code: 'invalid' });
    expect(monthShareOfYear(['2003-03-03', '2003-03-04'], [5], 3)).toMatchObject({ ok: false, code: 'invalid' });
  });
  test('property: month shares of a full year sum to 1; weekday indices average 1; interval shares sum to 1', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 365, maxLength: 365 }), fc.integer({ min: 1, max: 7 }), (perDay, wd) => {
      const dates = perDay.map((_, i) => addDays('2023-01-01', i));
      if (perDay.every((c) => c === 0)) return;
      let s = 0;
      for (let m = 1; m <= 12; m++) {
        const r = monthShareOfYear(dates, perDay, m);
        if (!r.ok) throw new Error(r.message);
        s += r.value;
      }
      expect(s).toBeCloseTo(1, 9);
      let idx = 0;
      for (let w = 1; w <= 7; w++) { const r = weekdayIndex(dates, perDay, w); if (r.ok) idx += r.value; }
      expect(idx).toBeCloseTo(7, 9);
      void wd;
    }), { numRuns: 20 });
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 6, maxLength: 6 }), (calls) => {
      const dates = calls.map(() => '2003-03-03');
      const starts = [420, 450, 480, 510, 540, 570];
      const total = starts.reduce((s, st) => { const r = intervalShareOfDay(dates, starts, calls, st); return s + (r.ok ? r.value : 0); }, 0);
      expect(total).toBeCloseTo(1, 12);
    }));
  });
});

describe('totalsBy', () => {
  test('levels and shares against a hand count', () => {
    const recs: IntervalRecord[] = [];
    for (let i = 0; i < 14; i++) {
      const date = addDays('2003-03-03', i); // Monday 3 March
      if (sundayFirstWeekday(date) === 0 || sundayFirstWeekday(date) === 6) continue;
      recs.push({ date, start: 540, offered: sundayFirstWeekday(date) === 1 ? 30 : 10 }, { date, start: 570, offered: 10 });
    }
    const wd = totalsBy(recs, 'weekday');
    expect(wd.map((r) => r.key)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
    // Monday 40/day, others 20/day → share of week 40/120
    expect(wd[0].share).toBeCloseTo(40 / 120, 12);
    expect(wd[0].perDay).toBe(40);
    const iv = totalsBy(recs, 'interval');
    expect(iv.map((r) => [r.key, r.calls])).toEqual([['09:00', 2 * 30 + 8 * 10], ['09:30', 100]]);
    expect(iv[0].share + iv[1].share).toBeCloseTo(1, 12);
    const mo = totalsBy(recs, 'month');
    expect(mo).toHaveLength(1);
    expect(mo[0]).toMatchObject({ key: '2003-03', calls: 240, share: 1 });
    expect(totalsBy(recs, 'week').map((r) => r.key)).toEqual(['2003-W10', '2003-W11']);
  });
});
