/**
 * Rotating rosters (issue 13): every rotation built from a solved week is
 * checked by checkRotation (written apart from rotation.ts) on several kinds
 * of centre and rotation lengths; a hand-made pair of weeks whose change-over
 * breaks the rest only; the fairness reached against a brute force over every
 * split; and the config's `weeks` bounds.
 */
import highsLoader from 'highs';
import { solveSchedule, type HighsRuntime } from '../../src/core/schedule/solveSchedule';
import { buildRoster, type Roster, type RosterShift } from '../../src/core/schedule/roster';
import { checkRotation } from '../../src/core/schedule/checkRoster';
import { buildRotation, groupSizes, type Rotation } from '../../src/core/schedule/rotation';
import { expandPatterns } from '../../src/core/schedule/expandPatterns';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { WEEKDAYS } from '../../src/core/calendar/dates';
import type { Contract, ScheduleProblem, ShiftPattern, ShiftTemplate } from '../../src/core/schedule/types';
import { hours, shift } from './helpers';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const week = WEEKDAYS.map((label, weekday) => ({ label, weekday }));
const templates = [
  shift('Early', 6, 8, { breaks: [{ offset: 240, minutes: 30, paid: false }] }), // 7.5 paid
  shift('Day', 9, 9, { breaks: [{ offset: 180, latestOffset: 300, minutes: 60, paid: false }] }), // 8 paid
  shift('Late', 14, 8, { breaks: [{ offset: 240, minutes: 30, paid: false }] }), // 7.5 paid, ends 22:00
  shift('Night', 22, 8), // 8 paid, ends 06:00
  shift('Short', 10, 4), // 4 paid
  shift('Evening', 17, 5), // 5 paid, ends 22:00
];
const FT: Contract = { name: 'Full-time', weeklyHours: { min: 37.5, max: 40 }, days: { min: 5, max: 5 }, share: 0.7 };
const PT: Contract = { name: 'Part-time', weeklyHours: { min: 20, max: 30 }, days: { min: 3, max: 5 }, share: 0.3 };

/** levels[d] = [night 00–06, morning 06–12, afternoon 12–18, evening 18–22, late 22–24] */
function weekProblem(levels: number[][], roster: ScheduleProblem['roster'], extra: Partial<ScheduleProblem> = {}): ScheduleProblem {
  const required = levels.map((l) => hours(22, 24, l[4], hours(18, 22, l[3], hours(12, 18, l[2], hours(6, 12, l[1], hours(0, 6, l[0]))))));
  return { intervalMinutes: 60, days: week, required, templates, objective: 'cover', wrap: true, roster, ...extra };
}

let seed = 7;
const rnd = (n: number): number => ((seed = (seed * 16807) % 2147483647) % n);

/** A solved week and its roster (the rotation's input). */
function solved(p: ScheduleProblem): { patterns: readonly ShiftPattern[]; counts: readonly number[]; roster: Roster } {
  const r = solveSchedule(highs, p, { timeLimitSeconds: 30 });
  if (!r.ok) throw new Error(r.message);
  const roster = buildRoster(p, r.value.patterns, r.value.solution);
  if (!roster.ok) throw new Error(roster.message);
  return { patterns: r.value.patterns, counts: r.value.solution.counts, roster: roster.value };
}

/** The rotation over `weeks` and what the checker finds wrong with it. */
function rotate(p: ScheduleProblem, s: ReturnType<typeof solved>, weeks: number): { rotation: Rotation; broken: string[] } {
  const q = { ...p, roster: { ...p.roster, weeks } };
  const rotation = buildRotation(q, s.patterns, s.roster, weeks);
  return { rotation, broken: checkRotation(q, s.patterns, s.counts, rotation) };
}

const monToSat = templates.map((t): ShiftTemplate => ({ ...t, days: [0, 1, 2, 3, 4, 5] }));
const CENTRES: { name: string; problem: () => ScheduleProblem }[] = [
  {
    name: '24/7, full-time, 11 h rest',
    problem: () => weekProblem(Array.from({ length: 7 }, (_, d) => [1 + rnd(2), 3 + rnd(3), 3 + rnd(3), 2 + rnd(2), 1 + rnd(2)].map((x) => (d >= 5 ? Math.ceil(x * 0.6) : x))), { maxWorkDays: 5, maxWeeklyHours: 40, minRestHours: 11 }),
  },
  {
    name: 'Monday–Saturday, 08–20, full-time',
    problem: () => weekProblem(Array.from({ length: 7 }, (_, d) => (d === 6 ? [0, 0, 0, 0, 0] : [0, 3 + rnd(3), 3 + rnd(3), 0, 0])), { maxWorkDays: 5, maxWeeklyHours: 40 }, { templates: monToSat.filter((t) => t.name !== 'Night') }),
  },
  {
    name: '24/7, part-time + full-time with shares, 11 h rest',
    problem: () => weekProblem(Array.from({ length: 7 }, () => [1, 2 + rnd(3), 3 + rnd(3), 2 + rnd(2), 1]), { contracts: [FT, PT], minRestHours: 11 }),
  },
  {
    name: '24/7 week starting on a Wednesday, at most 5 days in a row',
    problem: () => ({
      ...weekProblem(Array.from({ length: 7 }, () => [1, 3 + rnd(2), 3 + rnd(2), 2, 1]), { maxWorkDays: 5, maxWeeklyHours: 40, minRestHours: 11, maxConsecutiveDays: 5 }),
      days: [2, 3, 4, 5, 6, 0, 1].map((weekday, i) => ({ label: `day ${i + 1}`, weekday })),
    }),
  },
];

describe('rotating rosters', () => {
  for (const centre of CENTRES) {
    it(`${centre.name}: every rotation (1, 2, 4, 6 weeks) keeps every rule across week boundaries and the wrap-around`, () => {
      const p = centre.problem();
      const s = solved(p);
      for (const weeks of [1, 2, 4, 6]) {
        const { rotation, broken } = rotate(p, s, weeks);
        expect({ weeks, broken }).toEqual({ weeks, broken: [] });
        expect(rotation.agents).toHaveLength(s.roster.agents.length);
        expect(rotation.agents.every((a) => a.shifts.length === weeks && a.weeklyHours.length === weeks)).toBe(true);
        // Agents take turns: with more than one week most agents work more than one line.
        if (weeks > 1) expect(rotation.agents.filter((a) => new Set(a.lines).size > 1).length).toBeGreaterThan(rotation.agents.length / 2);
      }
    }, 120_000);
  }

  it('a 4-week rotation shares weekend days off and late shifts more evenly than the week repeated', () => {
    const p = weekProblem(Array.from({ length: 7 }, () => [1, 3, 3, 2, 1]), { maxWorkDays: 5, maxWeeklyHours: 40, minRestHours: 11 });
    const s = solved(p);
    const { rotation, broken } = rotate(p, s, 4);
    expect(broken).toEqual([]);
    const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
    const repeated = s.roster.agents.map((a) => ({
      off: 4 * a.shifts.filter((x, d) => x === null && d >= 5).length,
      late: 4 * a.shifts.filter((x) => x !== null && ['Late', 'Night', 'Evening'].includes(x.shift)).length,
    }));
    const without = (v: number[]) => v.filter((x) => x === 0).length;
    expect(without(rotation.agents.map((a) => a.weekendDaysOff))).toBeLessThan(without(repeated.map((r) => r.off)));
    expect(spread(rotation.agents.map((a) => a.weekendDaysOff))).toBeLessThan(spread(repeated.map((r) => r.off)));
    expect(spread(rotation.agents.map((a) => a.lateShifts))).toBeLessThan(spread(repeated.map((r) => r.late)));
    // Whatever is still uneven is said.
    const unfair = rotation.notes.filter((n) => n.code === 'schedule.rotationUnfair').map((n) => n.code === 'schedule.rotationUnfair' && n.params.measure);
    if (spread(rotation.agents.map((a) => a.weekendDaysOff)) > 1) expect(unfair).toContain('weekendDaysOff');
    if (spread(rotation.agents.map((a) => a.lateShifts)) > 1) expect(unfair).toContain('lateShifts');
  }, 120_000);

  it('group sizes: as many groups of at least N lines as fit, as equal as can be', () => {
    expect(groupSizes(11, 4)).toEqual([6, 5]);
    expect(groupSizes(13, 4)).toEqual([5, 4, 4]);
    expect(groupSizes(3, 1)).toEqual([1, 1, 1]);
    expect(groupSizes(2, 12)).toEqual([2]);
  });
});

describe('a change-over the rest forbids', () => {
  // A works Sat–Wed on lates (14:00–22:00), B works Fri–Tue on earlies (06:00–14:00).
  // A then B: Sunday's late ends 22:00, Monday's early starts 06:00 — 8 h of rest, and 2 + 2 days in a row.
  // B then A: 24 h of rest, and 3 + 3 = 6 days in a row. So only the rest rule stands in the way.
  const pair: ScheduleProblem = {
    intervalMinutes: 60, days: week, required: week.map(() => new Array<number>(24).fill(0)), objective: 'cover', wrap: true,
    templates: [shift('Early', 6, 8), shift('Late', 14, 8)],
    roster: { contracts: [{ name: 'Full-time', weeklyHours: { min: 40, max: 40 }, days: { min: 5, max: 5 } }], minRestHours: 11 },
  };
  const patterns = expandPatterns(pair);
  const at = (template: number, day: number): number => patterns.findIndex((x) => x.template === template && x.day === day);
  const line = (name: string, template: number, days: number[]) => ({
    name, contract: 'Full-time', workDays: days, holidays: [], holidayHours: 0, weeklyHours: 40,
    shifts: week.map((w, d): RosterShift | null => (days.includes(d) ? { day: w.label, dayIndex: d, shift: '', pattern: at(template, d), start: '', end: '', breaks: [], paidHours: 8 } : null)),
  });
  const roster: Roster = { agents: [line('Agent 1', 1, [0, 1, 2, 5, 6]), line('Agent 2', 0, [0, 1, 4, 5, 6])] };
  const counts = patterns.map((_, j) => roster.agents.filter((a) => a.shifts.some((x) => x?.pattern === j)).length);

  it('with 11 h of rest the two agents keep their weeks, and a note names the rule and both agents', () => {
    const rotation = buildRotation({ ...pair, roster: { ...pair.roster, weeks: 2 } }, patterns, roster, 2);
    expect(rotation.agents.map((a) => a.lines)).toEqual([[0, 0], [1, 1]]);
    expect(rotation.notes).toContainEqual({ code: 'schedule.rotationFixed', params: { rule: 'rest', restHours: 11, maxDays: 6, weeks: 2, agents: [1, 2] } });
    expect(checkRotation({ ...pair, roster: { ...pair.roster, weeks: 2 } }, patterns, counts, rotation)).toEqual([]);
  });

  it('with 8 h of rest they alternate', () => {
    const eight = { ...pair, roster: { ...pair.roster, minRestHours: 8, weeks: 2 } };
    const rotation = buildRotation(eight, patterns, roster, 2);
    expect(rotation.agents.map((a) => a.lines)).toEqual([[0, 1], [1, 0]]);
    expect(checkRotation(eight, patterns, counts, rotation)).toEqual([]);
  });

  it('the checker catches the forbidden change-over (so the properties above can fail)', () => {
    const q = { ...pair, roster: { ...pair.roster, weeks: 2 } };
    const eight = buildRotation({ ...pair, roster: { ...pair.roster, minRestHours: 8, weeks: 2 } }, patterns, roster, 2);
    expect(checkRotation(q, patterns, counts, eight).join('\n')).toMatch(/Agent 1: less than 11 h rest between week 1 Sunday and week 2 Monday/);
    const tooMany = { ...eight, agents: eight.agents.map((a) => ({ ...a, weekendDaysOff: a.weekendDaysOff + 1 })) };
    expect(checkRotation({ ...pair, roster: { ...pair.roster, minRestHours: 8, weeks: 2 } }, patterns, counts, tooMany).join('\n')).toMatch(/weekend days off reported/);
  });
});

describe('schedule.roster.weeks', () => {
  const base = { centre: { name: 'C' }, data: { history: 'h.csv' }, costs: { currency: 'EUR' } };
  for (const weeks of [0, 13, 2.5, 'four']) {
    it(`${JSON.stringify(weeks)} is refused, naming the field`, () => {
      const r = validatePlanConfig({ ...base, schedule: { roster: { weeks } } });
      expect(r.ok).toBe(false);
      expect(r.problems?.map((x) => x.field)).toContain('schedule.roster.weeks');
      expect(r.ok ? '' : r.message).toMatch(/schedule\.roster\.weeks/);
    });
  }
  it('1 and 12 are accepted', () => {
    for (const weeks of [1, 12]) expect(validatePlanConfig({ ...base, schedule: { roster: { weeks } } }).ok).toBe(true);
  });
});
