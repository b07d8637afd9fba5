import highsLoader from 'highs';
import fc from 'fast-check';
import { solveSchedule, type HighsRuntime } from '../../src/core/schedule/solveSchedule';
import { buildRoster } from '../../src/core/schedule/roster';
import { checkRoster } from '../../src/core/schedule/checkRoster';
import { WEEKDAYS } from '../../src/core/calendar/dates';
import type { ScheduleProblem } from '../../src/core/schedule/types';
import { hours, shift } from './helpers';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const week = WEEKDAYS.map((label, weekday) => ({ label, weekday }));
const templates = [
  shift('Early', 6, 8, { breaks: [{ offset: 240, minutes: 30, paid: false }] }),
  shift('Day', 9, 9, { breaks: [{ offset: 180, latestOffset: 300, minutes: 60, paid: false }] }),
  shift('Late', 14, 8, { breaks: [{ offset: 240, minutes: 30, paid: false }] }),
  shift('Night', 22, 8),
  shift('Short', 10, 4),
];

function weekProblem(levels: number[][], rules: ScheduleProblem['roster']): ScheduleProblem {
  // levels[d] = [night 00–06, morning 06–12, afternoon 12–18, evening 18–22, late 22–24]
  const required = levels.map((l) => hours(22, 24, l[4], hours(18, 22, l[3], hours(12, 18, l[2], hours(6, 12, l[1], hours(0, 6, l[0]))))));
  return { intervalMinutes: 60, days: week, required, templates, objective: 'cover', wrap: true, roster: rules };
}

describe('weekly rosters', () => {
  it('a flat week: 5 days on, 2 consecutive off, ≤ 40 h — every rule kept', () => {
    const p = weekProblem(Array.from({ length: 7 }, () => [1, 3, 3, 2, 1]), { maxWorkDays: 5, maxWeeklyHours: 40 });
    const r = solveSchedule(highs, p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value.solution;
    expect(s.coverage.every((c) => c.under === 0)).toBe(true);
    const roster = buildRoster(p, r.value.patterns, s);
    expect(roster.ok).toBe(true);
    if (!roster.ok) return;
    expect(checkRoster(p, r.value.patterns, s.counts, roster.value)).toEqual([]);
    expect(roster.value.agents[0].name).toBe('Agent 1');
    const agents = s.workPatterns?.reduce((a, w) => a + w.agents, 0);
    expect(roster.value.agents).toHaveLength(agents as number);
    // Each agent: exactly 5 shifts.
    expect(roster.value.agents.every((a) => a.shifts.filter(Boolean).length === 5)).toBe(true);
  });

  it('property: for random weekly requirements every roster keeps every rule and matches the daily counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 5 }), { minLength: 7, maxLength: 7 }),
        fc.constantFrom(
          { maxWorkDays: 5, maxWeeklyHours: 40 },
          { minWorkDays: 4, maxWorkDays: 5, maxWeeklyHours: 38 },
          { maxWorkDays: 6, minWorkDays: 3 },
          { maxWorkDays: 5, maxWeeklyHours: 40, minRestHours: 11 },
        ),
        (levels, rules) => {
          const p = weekProblem(levels, rules);
          const r = solveSchedule(highs, p, { timeLimitSeconds: 5 });
          if (!r.ok) return r.code === 'no-answer'; // some rule sets cannot fit some weeks: a message, not a wrong roster
          const s = r.value.solution;
          if (s.coverage.some((c) => c.under > 0)) return false;
          const roster = buildRoster(p, r.value.patterns, s);
          // Every rule is in the MIP (rest as Hall's rows per days-off pattern): a solved schedule always has a roster.
          if (!roster.ok) throw new Error(roster.message);
          const broken = checkRoster(p, r.value.patterns, s.counts, roster.value);
          if (broken.length > 0) throw new Error(broken.join('; '));
          return true;
        },
      ),
      { numRuns: 15, seed: 3 },
    );
  });

  it('24/7 with night shifts and 11 h of rest: every solved week has a roster keeping the rest, and rest costs hours only when it binds', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let binding = 0;
    for (let run = 0; run < 12; run++) {
      const levels = Array.from({ length: 7 }, () => Array.from({ length: 5 }, () => Math.floor(rnd() * 8)));
      const p = weekProblem(levels, { maxWorkDays: 5, maxWeeklyHours: 40, minRestHours: 11 });
      const r = solveSchedule(highs, p, { timeLimitSeconds: 5 });
      if (!r.ok) throw new Error(r.message);
      const roster = buildRoster(p, r.value.patterns, r.value.solution);
      if (!roster.ok) throw new Error(roster.message);
      expect(checkRoster(p, r.value.patterns, r.value.solution.counts, roster.value)).toEqual([]);
      const free = solveSchedule(highs, weekProblem(levels, { maxWorkDays: 5, maxWeeklyHours: 40, minRestHours: 0 }), { timeLimitSeconds: 5 });
      if (!free.ok) throw new Error(free.message);
      expect(r.value.solution.paidHours).toBeGreaterThanOrEqual(free.value.solution.paidHours - 1e-9);
      if (r.value.solution.paidHours > free.value.solution.paidHours + 1e-9) binding++;
    }
    expect(binding).toBeGreaterThan(0); // the rule did bind somewhere, so the rows were exercised
  });

  it('the checker catches broken rules (so the property above can fail)', () => {
    const p = weekProblem(Array.from({ length: 7 }, () => [0, 2, 2, 0, 0]), { maxWorkDays: 5, maxWeeklyHours: 40 });
    const r = solveSchedule(highs, p);
    if (!r.ok) throw new Error(r.message);
    const roster = buildRoster(p, r.value.patterns, r.value.solution);
    if (!roster.ok) throw new Error(roster.message);
    const a = roster.value.agents[0];
    const on = a.shifts.findIndex((x) => x === null);
    const tampered = { agents: [{ ...a, shifts: a.shifts.map((x, d) => (d === on ? a.shifts.find(Boolean) ?? null : x)) }, ...roster.value.agents.slice(1)] };
    expect(checkRoster(p, r.value.patterns, r.value.solution.counts, tampered).length).toBeGreaterThan(0);
  });

  it('impossible rules give a clear message, not a hang', () => {
    // Only 7.5–8-hour shifts, 5 days a week, at most 30 hours: no agent can work a week, and the message names the hours.
    const p = weekProblem(Array.from({ length: 7 }, () => [0, 2, 2, 0, 0]), { maxWorkDays: 5, maxWeeklyHours: 30 });
    const t = Date.now();
    const r = solveSchedule(highs, { ...p, templates: templates.filter((x) => x.name !== 'Short') });
    expect(Date.now() - t).toBeLessThan(5000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/no shift that an agent on any contract may work .* covers Monday 06:00–18:00/);
  });
});
