import highsLoader from 'highs';
import fc from 'fast-check';
import { solveSchedule, type HighsRuntime } from '../../src/core/schedule/solveSchedule';
import { greedySchedule } from '../../src/core/schedule/greedySchedule';
import { expandPatterns } from '../../src/core/schedule/expandPatterns';
import { evaluateSchedule } from '../../src/core/schedule/scheduleReport';
import { relaxationBound } from '../../src/core/schedule/relaxationBound';
import { hours, monday, oneDay, shift, tuesday } from './helpers';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const solve = (...args: Parameters<typeof solveSchedule> extends [unknown, ...infer R] ? R : never) => {
  const r = solveSchedule(highs, ...args);
  if (!r.ok) throw new Error(r.message);
  return r.value.solution;
};

describe('solveSchedule — optima known by hand', () => {
  it('two agents 08–16 with one 8-hour template: 2 shifts, 16 paid hours', () => {
    const s = solve(oneDay(hours(8, 16, 2), [shift('Day', 8, 8)]));
    expect(s.status).toBe('optimal');
    expect(s.paidHours).toBe(16);
    expect(s.assignments).toEqual([expect.objectContaining({ day: 'Monday', shift: 'Day', start: '08:00', count: 2 })]);
    expect(s.gap).toBe(0);
    expect(s.efficiency).toBeCloseTo(1, 12);
  });

  it('minimises cost when every template has one: 1 long + 2 short (18) beats 3 short + 1 late (20)', () => {
    // 3 agents 08–12, 1 agent 12–16. A 08:00 4h costs 5, B 12:00 4h costs 5, C 08:00 8h costs 8.
    const req = hours(12, 16, 1, hours(8, 12, 3));
    const s = solve(oneDay(req, [shift('A', 8, 4, { cost: 5 }), shift('B', 12, 4, { cost: 5 }), shift('C', 8, 8, { cost: 8 })]));
    expect(s.cost).toBe(18);
    const byName = Object.fromEntries(s.assignments.map((a) => [a.shift, a.count]));
    expect(byName).toEqual({ A: 2, C: 1 });
    expect(s.lowerBound).toBeCloseTo(18, 6);
  });

  it('minimises paid hours without costs: unpaid lunch is not paid, and its hole must be covered', () => {
    // 1 agent 08–16. Full: 08:00 8h with an unpaid 1-h lunch at 12:00 (7 paid hours); Fill: 12:00 1h.
    const full = shift('Full', 8, 8, { breaks: [{ offset: 240, minutes: 60, paid: false }] });
    const s = solve(oneDay(hours(8, 16, 1), [full, shift('Fill', 12, 1), shift('Long', 8, 8)]));
    expect(s.paidHours).toBe(8); // Full (7) + Fill (1) = Long (8): both optimal, nothing cheaper
    expect(s.coverage.every((c) => c.scheduled >= c.required)).toBe(true);
    expect(s.coverage[12].scheduled).toBe(1);
  });

  it('places a break inside its window where it hurts least', () => {
    // 2 agents 08–16, but only 1 at 13:00. Full: 08:00 8h, unpaid 1-h lunch starting 11:00, 12:00 or 13:00.
    // One lunch fits the 13:00 dip; the other leaves a hole a 1-h filler must close: 7 + 7 + 1 = 15 paid hours
    // (three Full shifts would be 21).
    const full = shift('Full', 8, 8, { breaks: [{ offset: 180, latestOffset: 300, minutes: 60, paid: false }] });
    const req = hours(13, 14, 1, hours(8, 16, 2));
    const s = solve(oneDay(req, [full, shift('Fill', 8, 1), shift('Fill2', 9, 1), shift('Fill3', 10, 1), shift('Fill4', 11, 1), shift('Fill5', 12, 1), shift('Fill6', 14, 1)]));
    // Two Full (14 paid h) + one 1-h filler for the second lunch: 15 paid hours.
    expect(s.paidHours).toBe(15);
    expect(s.coverage.every((c) => c.under === 0)).toBe(true);
  });
});

describe('overnight shifts', () => {
  it("a 22:00 shift covers the next day's early hours", () => {
    const p = {
      intervalMinutes: 60,
      days: [monday, tuesday],
      required: [hours(22, 24, 1), hours(0, 6, 1)],
      templates: [shift('Night', 22, 8), shift('Day', 8, 8)],
      objective: 'cover' as const,
    };
    const s = solve(p);
    expect(s.paidHours).toBe(8);
    expect(s.assignments).toEqual([expect.objectContaining({ day: 'Monday', shift: 'Night', count: 1 })]);
    expect(s.coverage.filter((c) => c.day === 'Tuesday' && c.scheduled === 1).map((c) => c.intervalStart)).toEqual([
      '00:00', '01:00', '02:00', '03:00', '04:00', '05:00',
    ]);
  });

  it('in a repeating week (wrap) the last night covers the first morning; without wrap that morning is uncoverable', () => {
    const req = hours(22, 24, 1, hours(0, 6, 1));
    const wrapped = solve(oneDay(req, [shift('Night', 22, 8)], { wrap: true }));
    expect(wrapped.paidHours).toBe(8);
    const r = solveSchedule(highs, oneDay(req, [shift('Night', 22, 8)]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('no-answer');
      expect(r.message).toContain('Monday 00:00–06:00');
    }
  });
});

describe('edge cases', () => {
  it('an all-zero requirement gives an empty schedule at once', () => {
    const s = solve(oneDay(new Array<number>(24).fill(0), [shift('Day', 8, 8)]));
    expect(s.paidHours).toBe(0);
    expect(s.assignments).toEqual([]);
    expect(s.coverage).toHaveLength(24);
    expect(s.gap).toBe(0);
    expect(s.status).toBe('optimal');
  });

  it('an interval no template works gives a clear message naming it, quickly', () => {
    const t = Date.now();
    const r = solveSchedule(highs, oneDay(hours(8, 21, 3), [shift('Day', 8, 8), shift('Late', 12, 8)]));
    expect(Date.now() - t).toBeLessThan(2000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/no shift template works during Monday 20:00–21:00/);
  });

  it('balance with an hours cap: one 8-hour shift, 8 agent-hours short', () => {
    const s = solve(oneDay(hours(8, 16, 2), [shift('Day', 8, 8)], { objective: 'balance', balance: { maxPaidHours: 8 } }));
    expect(s.paidHours).toBe(8);
    const under = s.coverage.reduce((a, c) => a + c.under, 0);
    expect(under).toBe(8);
    expect(s.objectiveValue).toBeCloseTo(8 + 8e-3, 9);
  });

  it('balance without a cap and over-staffing cheaper than a gap: covers fully', () => {
    const s = solve(oneDay(hours(8, 15, 2), [shift('Day', 8, 8)], { objective: 'balance' }));
    // 2 shifts: 0 under, 2 agent-hours over at 15:00 (0.2 each) beats 1 shift (7 under).
    expect(s.assignments[0].count).toBe(2);
    expect(s.coverage[15].over).toBe(2);
  });

  it('an already-cancelled signal returns at once with the greedy schedule marked cancelled', () => {
    const r = solveSchedule(highs, oneDay(hours(8, 16, 2), [shift('Day', 8, 8)]), { signal: { aborted: true } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.solution.status).toBe('cancelled');
      expect(r.value.solution.coverage.every((c) => c.under === 0)).toBe(true);
    }
  });
});

describe('property: under `cover` the schedule really covers, and beats or equals greedy', () => {
  const templates = [
    ...Array.from({ length: 24 }, (_, h) => shift(`S${h}-4`, h, 4)),
    ...Array.from({ length: 12 }, (_, k) => shift(`S${2 * k}-8`, 2 * k, 8, { breaks: [{ offset: 180, latestOffset: 300, minutes: 30, paid: false }] })),
  ];
  it('holds for random requirements', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 24, maxLength: 24 }), (req) => {
        const p = oneDay(req, templates, { wrap: true });
        const r = solveSchedule(highs, p, { relativeGap: 0 });
        if (!r.ok) return false;
        const s = r.value.solution;
        // Recompute coverage independently from the counts.
        const on = new Array<number>(24).fill(0);
        r.value.patterns.forEach((pat, j) => {
          const t = p.templates[pat.template];
          for (let m = 0; m < t.minutes; m++) {
            const inBreak = pat.breakOffsets.some((o, k) => m >= o && m < o + t.breaks[k].minutes);
            if (!inBreak) on[Math.floor(((t.start + m) % 1440) / 60)] += s.counts[j] / 60;
          }
        });
        for (let h = 0; h < 24; h++) if (on[h] < req[h] - 1e-9) return false;
        const g = evaluateSchedule(p, r.value.patterns, greedySchedule(p, r.value.patterns));
        const lp = relaxationBound(highs, p);
        return s.paidHours <= g.paidHours + 1e-9 && lp.ok && lp.value <= s.paidHours + 1e-6 && s.lowerBound <= s.paidHours + 1e-9;
      }),
      { numRuns: 25, seed: 42 },
    );
  });
});

describe('patterns', () => {
  it('a 30-minute break in 60-minute intervals leaves half an agent on the phones', () => {
    const p = oneDay(hours(8, 12, 1), [shift('Half', 8, 4, { breaks: [{ offset: 60, minutes: 30, paid: true }] })]);
    const pats = expandPatterns(p);
    expect(pats).toHaveLength(1);
    expect(pats[0].cover).toEqual([
      { slot: 8, share: 1 },
      { slot: 9, share: 0.5 },
      { slot: 10, share: 1 },
      { slot: 11, share: 1 },
    ]);
    expect(pats[0].paidHours).toBe(4);
  });
});
