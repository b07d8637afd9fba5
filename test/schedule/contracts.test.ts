/**
 * Contracts, seats, rest and days in a row (issue 13): every rule is in the
 * MIP, and every produced roster is checked by checkRoster (written apart from
 * the model and the roster builder) and here by hand.
 */
import highsLoader from 'highs';
import { solveSchedule, type HighsRuntime } from '../../src/core/schedule/solveSchedule';
import { buildRoster, type Roster } from '../../src/core/schedule/roster';
import { checkRoster } from '../../src/core/schedule/checkRoster';
import { WEEKDAYS } from '../../src/core/calendar/dates';
import type { Contract, ScheduleProblem } from '../../src/core/schedule/types';
import { hours, shift } from './helpers';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const week = WEEKDAYS.map((label, weekday) => ({ label, weekday }));
const templates = [
  shift('Early', 6, 8, { breaks: [{ offset: 240, minutes: 30, paid: false }] }), // 7.5 paid
  shift('Day', 9, 9, { breaks: [{ offset: 180, latestOffset: 300, minutes: 60, paid: false }] }), // 8 paid
  shift('Late', 14, 8, { breaks: [{ offset: 240, minutes: 30, paid: false }] }), // 7.5 paid
  shift('Night', 22, 8), // 8 paid
  shift('Short', 10, 4), // 4 paid
  shift('Evening', 17, 5), // 5 paid
];
const FT: Contract = { name: 'Full-time', weeklyHours: { min: 37.5, max: 40 }, days: { min: 5, max: 5 }, share: 0.7 };
const PT: Contract = { name: 'Part-time', weeklyHours: { min: 20, max: 30 }, days: { min: 3, max: 5 }, share: 0.3 };

/** levels[d] = [night 00–06, morning 06–12, afternoon 12–18, evening 18–22, late 22–24] */
function weekProblem(levels: number[][], roster: ScheduleProblem['roster'], extra: Partial<ScheduleProblem> = {}): ScheduleProblem {
  const required = levels.map((l) => hours(22, 24, l[4], hours(18, 22, l[3], hours(12, 18, l[2], hours(6, 12, l[1], hours(0, 6, l[0]))))));
  return { intervalMinutes: 60, days: week, required, templates, objective: 'cover', wrap: true, roster, ...extra };
}

function solvedRoster(p: ScheduleProblem): { roster: Roster; broken: string[]; paidHours: number } {
  const r = solveSchedule(highs, p, { timeLimitSeconds: 10 });
  if (!r.ok) throw new Error(r.message);
  const built = buildRoster(p, r.value.patterns, r.value.solution);
  if (!built.ok) throw new Error(built.message);
  expect(r.value.solution.coverage.filter((c) => c.under > 1e-9)).toEqual(p.objective === 'cover' ? [] : expect.anything());
  return { roster: built.value, broken: checkRoster(p, r.value.patterns, r.value.solution.counts, built.value), paidHours: r.value.solution.paidHours };
}

const levels = (seed: number): number[][] => {
  let s = seed;
  const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: 7 }, (_, d) => [0, 2 + Math.floor(rnd() * 5), 2 + Math.floor(rnd() * 5), Math.floor(rnd() * 4), d < 5 ? 0 : 1]);
};

describe('contracts', () => {
  it('70% full-time 37.5–40 h over 5 days, part-time 20–30 h over 3–5 days: every agent within their contract every week', () => {
    for (const seed of [3, 7, 19]) {
      const p = weekProblem(levels(seed), { contracts: [FT, PT] });
      const { roster, broken } = solvedRoster(p);
      expect(broken).toEqual([]);
      for (const a of roster.agents) {
        const c = a.contract === FT.name ? FT : PT;
        const days = a.shifts.filter(Boolean).length;
        expect(days).toBeGreaterThanOrEqual(c.days.min);
        expect(days).toBeLessThanOrEqual(c.days.max);
        expect(a.weeklyHours).toBeGreaterThanOrEqual(c.weeklyHours.min - 1e-9);
        expect(a.weeklyHours).toBeLessThanOrEqual(c.weeklyHours.max + 1e-9);
      }
      const ft = roster.agents.filter((a) => a.contract === FT.name).length;
      expect(Math.abs(ft - 0.7 * roster.agents.length)).toBeLessThanOrEqual(1);
    }
  });

  it('with no contract and no older roster field given, everyone is full-time 37.5–40 h over 5 days (no 4 h or 5 h shifts)', () => {
    const p = weekProblem(levels(5), {});
    const { roster, broken } = solvedRoster(p);
    expect(broken).toEqual([]);
    expect(roster.agents.every((a) => a.contract === 'Full-time' && a.weeklyHours >= 37.5 && a.weeklyHours <= 40)).toBe(true);
    expect(roster.agents.every((a) => a.shifts.filter(Boolean).length === 5)).toBe(true);
    expect(roster.agents.some((a) => a.shifts.some((s) => s?.shift === 'Short' || s?.shift === 'Evening'))).toBe(false);
  });

  it('weekend closed: part-timers on 3 days with a gap (Mon, Thu, Fri) are rostered, rest counted only between calendar neighbours', () => {
    const weekdaysOnly = templates.map((t) => ({ ...t, days: [0, 1, 2, 3, 4] }));
    const p = { ...weekProblem(levels(11).map((l, d) => (d < 5 ? [0, l[1], l[2], l[3], 0] : [0, 0, 0, 0, 0])), { contracts: [FT, PT] }), templates: weekdaysOnly };
    const { roster, broken } = solvedRoster(p);
    expect(broken).toEqual([]);
    expect(roster.agents.every((a) => a.shifts[5] === null && a.shifts[6] === null)).toBe(true);
  });

  it('a contract no shift length can work is named before solving', () => {
    const p = weekProblem(levels(5), { contracts: [FT, { ...PT, weeklyHours: { min: 21, max: 24 }, days: { min: 4, max: 4 } }] });
    const r = solveSchedule(highs, { ...p, templates: templates.filter((t) => t.name !== 'Evening') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/contract 'Part-time' \(21–24 h over 4–4 days\) cannot be worked/);
  });
});

describe('rest and days in a row', () => {
  it('11 h of rest by default, kept across Sunday → Monday on a 24/7 week with nights', () => {
    for (const seed of [2, 9]) {
      const l = levels(seed).map((x, d) => [1 + (d % 2), x[1], x[2], x[3], 1 + ((d + 1) % 3)]);
      const p = weekProblem(l, { contracts: [FT, PT] });
      const { roster, broken } = solvedRoster(p);
      expect(broken).toEqual([]);
      // By hand: every pair of consecutive shifts on the repeating week leaves ≥ 11 h.
      for (const a of roster.agents) {
        const on = a.shifts.flatMap((s, d) => {
          if (!s) return [];
          const t = templates.find((x) => x.name === s.shift) ?? templates[0];
          return [{ start: d * 1440 + t.start, end: d * 1440 + t.start + t.minutes }];
        });
        on.forEach((s, i) => {
          const next = on[(i + 1) % on.length];
          const gap = i + 1 < on.length ? next.start - s.end : next.start + 7 * 1440 - s.end;
          expect(gap).toBeGreaterThanOrEqual(11 * 60);
        });
      }
    }
  });

  it('at most maxConsecutiveDays working days in a row (the week wrapping)', () => {
    const p = weekProblem(levels(4), { contracts: [{ name: 'Six', weeklyHours: { min: 24, max: 48 }, days: { min: 4, max: 6 } }], maxConsecutiveDays: 5 });
    const { roster, broken } = solvedRoster(p);
    expect(broken).toEqual([]);
    expect(roster.agents.every((a) => a.shifts.filter(Boolean).length <= 5)).toBe(true);
  });

  it('a rest no roster can keep is named, within the time limit', () => {
    // Only day shifts (06:00 and 09:00 starts, 8–9 h): 20 h of rest rules out two days in a row, and full-timers work 5 of 7.
    const p = weekProblem(levels(4).map((l) => [0, l[1], l[2], 0, 0]), { minRestHours: 20 });
    const t = Date.now();
    const r = solveSchedule(highs, { ...p, templates: templates.slice(0, 2) }, { timeLimitSeconds: 5 });
    expect(Date.now() - t).toBeLessThan(5000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/no schedule keeps 20 h of rest between shifts/);
  });
});

describe('seats', () => {
  const busy = Array.from({ length: 7 }, () => [0, 6, 6, 2, 0]);
  it('never more agents in the room than seats (breaks count); one seat fewer is named as the rule no schedule keeps', () => {
    // 6 on the phones 06:00–18:00 with breaks and hand-overs: 9 in the room at once is the fewest possible.
    const tight = solveSchedule(highs, weekProblem(busy, { contracts: [FT, PT] }, { seats: { count: 8 } }));
    expect(tight.ok).toBe(false);
    if (!tight.ok) expect(tight.message).toMatch(/^no schedule keeps the 8 seats/);
    const p = weekProblem(busy, { contracts: [FT, PT] }, { seats: { count: 9 } });
    const { broken } = solvedRoster(p);
    expect(broken).toEqual([]);
    // The checker does see seats: the same roster against 8 seats breaks the rule.
    const r = solveSchedule(highs, p);
    if (!r.ok) throw new Error(r.message);
    const roster = buildRoster(p, r.value.patterns, r.value.solution);
    if (!roster.ok) throw new Error(roster.message);
    expect(checkRoster({ ...p, seats: { count: 8 } }, r.value.patterns, r.value.solution.counts, roster.value).some((m) => /over 8 seats/.test(m))).toBe(true);
  });

  it('under cover, seats below the requirement name the intervals at once', () => {
    const p = weekProblem(busy.map((l, d) => (d === 2 ? [0, 9, 6, 2, 0] : l)), {}, { seats: { count: 8 } });
    const r = solveSchedule(highs, p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe("the room's 8 seats cannot hold the agents required during Wednesday 06:00–12:00; add seats, lower the requirement there or use the balance objective (the best the seats allow)");
  });

  it('under balance, the best the seats allow: short only where the seats are', () => {
    const p = weekProblem(busy.map((l, d) => (d === 2 ? [0, 9, 6, 2, 0] : l)), { contracts: [FT, PT] }, { seats: { count: 8 }, objective: 'balance' });
    const r = solveSchedule(highs, p);
    if (!r.ok) throw new Error(r.message);
    const roster = buildRoster(p, r.value.patterns, r.value.solution);
    if (!roster.ok) throw new Error(roster.message);
    expect(checkRoster(p, r.value.patterns, r.value.solution.counts, roster.value)).toEqual([]);
    const short = r.value.solution.coverage.filter((c) => c.under > 1e-9);
    expect(short.length).toBeGreaterThan(0);
    expect(short.some((c) => c.day === 'Wednesday' && c.intervalStart < '12:00')).toBe(true);
  });
});
