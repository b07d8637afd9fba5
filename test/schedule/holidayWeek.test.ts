/**
 * A week with a closed holiday on Wednesday under contracts (contracts.ts,
 * holidayShare): no shift on the holiday; the agents whose tour works
 * Wednesday are paid for it at their average shift, which counts toward the
 * contract's hours and days; coverage counts only shifts.
 *
 * The week by hand: the centre opens Monday to Friday 09:00–17:00 (shifts
 * only on those days), 3 agents needed 09:00–13:00 and 2 agents 13:00–17:00,
 * nothing on Wednesday (closed). Shifts: Day 09–17 (8 h), Morning 09–13 and
 * Afternoon 13–17 (4 h each). Full-time 40 h over 5 days: 8 h shifts; part-
 * time 20 h over 5 days: 4 h shifts. Five working days among five open
 * weekdays: every agent's tour is Monday–Friday, so Wednesday is a paid
 * holiday for everyone. The floor needs 3 × 4 + 2 × 4 = 20 agent-hours a day,
 * 80 h over the four open days, and every shift is inside the requirement
 * (no shift can cover less than it pays), so the floor hours are at least 80;
 * each agent is paid 5/4 of their floor hours, so paid hours ≥ 100, met by
 * any exact cover (e.g. 2 Day + 1 Morning a day): optimum 100 = 80 + 20.
 */
import highsLoader from 'highs';
import { solveSchedule, type HighsRuntime } from '../../src/core/schedule/solveSchedule';
import { buildRoster } from '../../src/core/schedule/roster';
import { checkRoster, checkRotation } from '../../src/core/schedule/checkRoster';
import { buildRotation } from '../../src/core/schedule/rotation';
import { holidayShare } from '../../src/core/schedule/contracts';
import { WEEKDAYS } from '../../src/core/calendar/dates';
import type { Contract, ScheduleProblem } from '../../src/core/schedule/types';
import { hours, shift } from './helpers';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const WEDNESDAY = 2;
const weekdaysOnly = [0, 1, 2, 3, 4];
const templates = [shift('Day', 9, 8, { days: weekdaysOnly }), shift('Morning', 9, 4, { days: weekdaysOnly }), shift('Afternoon', 13, 4, { days: weekdaysOnly })];
const FT: Contract = { name: 'Full-time', weeklyHours: { min: 40, max: 40 }, days: { min: 5, max: 5 }, share: 0.4 };
const PT: Contract = { name: 'Part-time', weeklyHours: { min: 20, max: 20 }, days: { min: 5, max: 5 }, share: 0.6 };
const open = hours(13, 17, 2, hours(9, 13, 3));
const closed = new Array<number>(24).fill(0);

function holidayWeek(contracts: Contract[]): ScheduleProblem {
  return {
    intervalMinutes: 60,
    days: WEEKDAYS.map((label, weekday) => ({ label, weekday, ...(weekday === WEDNESDAY ? { holiday: true } : {}) })),
    required: WEEKDAYS.map((_, wd) => (wd < 5 && wd !== WEDNESDAY ? open : closed)),
    templates,
    objective: 'cover',
    wrap: true,
    roster: { contracts, weeks: 1 },
  };
}

function solved(p: ScheduleProblem) {
  const r = solveSchedule(highs, p, { timeLimitSeconds: 30 });
  if (!r.ok) throw new Error(r.message);
  const roster = buildRoster(p, r.value.patterns, r.value.solution);
  if (!roster.ok) throw new Error(roster.message);
  return { ...r.value, roster: roster.value };
}

describe('a holiday on Wednesday, full-time 5 × 8 h and part-time 5 × 4 h', () => {
  const p = holidayWeek([FT, PT]);

  it('the holiday share: one paid holiday per four shifts for a Monday–Friday tour, none for a tour off on Wednesday', () => {
    expect(holidayShare({ workDays: [0, 1, 2, 3, 4] }, p.days)).toBe(0.25);
    expect(holidayShare({ workDays: [0, 1, 3, 4] }, p.days)).toBe(0);
    expect(holidayShare({ workDays: [2] }, p.days)).toBe(Infinity);
  });

  it('no shift on the holiday; paid 100 h = 80 h on the floor + 20 h of paid holiday (the optimum by hand)', () => {
    const { solution, roster } = solved(p);
    expect(solution.assignments.filter((a) => a.dayIndex === WEDNESDAY)).toEqual([]);
    expect(roster.agents.every((a) => a.shifts[WEDNESDAY] === null)).toBe(true);
    const floor = roster.agents.reduce((s, a) => s + a.shifts.reduce((h, x) => h + (x ? x.paidHours : 0), 0), 0);
    expect(floor).toBe(80);
    expect(solution.holidayHours).toBe(20);
    expect(solution.paidHours).toBe(100);
    expect(solution.cost).toBe(100);
    expect(solution.paidHours).toBe(floor + solution.holidayHours);
  });

  it('each agent: four shifts and Wednesday paid at their shift, 40 h full-time and 20 h part-time, within the contract', () => {
    const { roster } = solved(p);
    expect(new Set(roster.agents.map((a) => a.contract))).toEqual(new Set(['Full-time', 'Part-time']));
    for (const a of roster.agents) {
      const shifts = a.shifts.filter((x) => x !== null);
      expect(shifts).toHaveLength(4);
      expect(a.holidays).toEqual([WEDNESDAY]);
      const [hoursEach, week] = a.contract === 'Full-time' ? [8, 40] : [4, 20];
      expect(shifts.every((x) => x?.paidHours === hoursEach)).toBe(true);
      expect(a.holidayHours).toBe(hoursEach);
      expect(a.weeklyHours).toBe(week);
    }
    expect(roster.agents.reduce((s, a) => s + a.holidayHours, 0)).toBe(20);
  });

  it('coverage, summed by hand from the roster\'s shifts, meets the requirement on every open hour', () => {
    const { roster } = solved(p);
    const onPhone = WEEKDAYS.map(() => new Array<number>(24).fill(0));
    for (const a of roster.agents) {
      a.shifts.forEach((x, d) => {
        if (!x) return;
        const [from, to] = [Number(x.start.slice(0, 2)), Number(x.end.slice(0, 2))];
        for (let h = from; h < to; h++) onPhone[d][h]++;
      });
    }
    const short = p.required.flatMap((row, d) => row.flatMap((r, h) => (onPhone[d][h] < r ? [`${WEEKDAYS[d]} ${h}:00`] : [])));
    expect(short).toEqual([]);
    expect(onPhone[WEDNESDAY].every((n) => n === 0)).toBe(true);
  });

  it('the independent checkers find every rule kept, the paid holidays counted as working days and hours', () => {
    const { solution, patterns, roster } = solved(p);
    expect(checkRoster(p, patterns, solution.counts, roster)).toEqual([]);
    const rotation = buildRotation(p, patterns, roster, 1);
    const fte = solution.paidHours / 40;
    const staff = { headcount: roster.agents.length, byContract: [FT, PT].map((c) => ({ contract: c.name, agents: roster.agents.filter((a) => a.contract === c.name).length })), fte, fullTimeWeeklyHours: 40 };
    expect(checkRotation(p, patterns, solution.counts, rotation, staff)).toEqual([]);
  });

  it('the checker catches a roster that drops the holiday credit (4 × 8 h = 32 h is outside 40 h)', () => {
    const { solution, patterns, roster } = solved(p);
    const noCredit = { agents: roster.agents.map((a) => ({ ...a, holidays: [], holidayHours: 0, weeklyHours: a.weeklyHours - a.holidayHours })) };
    expect(checkRoster(p, patterns, solution.counts, noCredit).length).toBeGreaterThan(0);
  });
});

describe('a holiday on Wednesday, part-time 20–30 h over 3–5 days (tours may leave the holiday off)', () => {
  const p = holidayWeek([FT, { name: 'Part-time', weeklyHours: { min: 20, max: 30 }, days: { min: 3, max: 5 }, share: 0.6 }]);

  it('no shift on the holiday, every rule kept, paid = floor + holiday hours, each agent within the contract with the holiday counted', () => {
    const { solution, patterns, roster } = solved(p);
    expect(solution.assignments.filter((a) => a.dayIndex === WEDNESDAY)).toEqual([]);
    expect(checkRoster(p, patterns, solution.counts, roster)).toEqual([]);
    const floor = solution.assignments.reduce((s, a) => s + a.count * a.paidHours, 0);
    expect(solution.paidHours).toBeCloseTo(floor + solution.holidayHours, 6);
    expect(roster.agents.reduce((s, a) => s + a.holidayHours, 0)).toBeCloseTo(solution.holidayHours, 6);
    for (const a of roster.agents) {
      const shifts = a.shifts.filter((x) => x !== null);
      const worked = shifts.reduce((s, x) => s + (x?.paidHours ?? 0), 0);
      // the rule by hand: a holiday on a working weekday is paid at the agent's average shift
      const credit = a.workDays.includes(WEDNESDAY) ? worked / shifts.length : 0;
      expect(a.holidayHours).toBeCloseTo(credit, 6);
      const c = a.contract === 'Full-time' ? FT : { weeklyHours: { min: 20, max: 30 }, days: { min: 3, max: 5 } };
      expect(a.weeklyHours).toBeGreaterThanOrEqual(c.weeklyHours.min - 1e-9);
      expect(a.weeklyHours).toBeLessThanOrEqual(c.weeklyHours.max + 1e-9);
      expect(shifts.length + a.holidays.length).toBeGreaterThanOrEqual(c.days.min);
    }
  });
});
