/**
 * Issue 13: the schedule at real scale. The planning interval (the peak of
 * the finer parts, checked against hand arithmetic), the one time limit for
 * all the plan's solves (its split, by hand), and high ≥ mid ≥ low (a lower
 * scenario takes a higher one's schedule when that is cheaper: 2 shifts of
 * 2 h cover both requirements, 4 paid hours against the 6 of a dear answer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderNote } from '../../src/core/notes/render';
import type { IntervalPlanRow } from '../../src/core/plan/planResult';
import { planningIntervals, planningMinutes, type PlanningInterval } from '../../src/core/plan/planningInterval';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { scheduleBudget } from '../../src/core/plan/scheduleBudget';
import { orderedSchedules } from '../../src/core/plan/scenarioOrder';
import { reportSchedule, scheduleProblem, type ScheduleRun } from '../../src/core/plan/scheduleHorizon';
import { serviceObjectiveStep } from '../../src/core/plan/steps/objective';
import type { PlanSettings } from '../../src/core/plan/steps/settings';
import { expandPatterns } from '../../src/core/schedule/expandPatterns';
import { solutionOf } from '../../src/core/schedule/solveSchedule';

const row = (start: string, scheduledRequired: number, calls: number, ahtSeconds: number, closed = false): IntervalPlanRow => ({
  date: '2026-11-02', weekday: 'Monday', start, closed, calls, ahtSeconds, traffic: 0, agents: 0, serviceLevel: 1, asaSeconds: 0,
  abandonRate: 0, occupancy: 0, shrinkage: 0.1, scheduledRequired, trunkLoad: 0, trunks: 0,
});

describe('planning interval', () => {
  it('is 15 minutes for 5-minute data (30 for 10-minute), the data’s own from 15 minutes up, and what the plan says when it fits', () => {
    expect(planningMinutes(undefined, 5)).toEqual({ ok: true, value: 15 });
    expect(planningMinutes(undefined, 10)).toEqual({ ok: true, value: 30 }); // 15 is no multiple of 10
    expect(planningMinutes(undefined, 30)).toEqual({ ok: true, value: 30 });
    expect(planningMinutes(30, 5)).toEqual({ ok: true, value: 30 });
    expect(planningMinutes(15, 15)).toEqual({ ok: true, value: 15 });
  });

  it.each([[20, 15], [15, 10], [15, 30], [25, 5]])('%i minutes on %i-minute data: a message naming schedule.intervalMinutes, in English and Chinese', (planning, data) => {
    const r = planningMinutes(planning, data);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.note).toEqual({ code: 'plan.planningInterval', params: { planning, data } });
    expect(renderNote(r.note!, 'en')).toMatch(new RegExp(`^schedule\\.intervalMinutes is ${planning} minutes: .*multiple of the history's ${data}-minute intervals and divide the day`));
    expect(renderNote(r.note!, 'zh-CN')).toMatch(new RegExp(`^“schedule\\.intervalMinutes”（计划时段长度）为 ${planning} 分钟：.*${data} 分钟时段的整数倍`));
  });

  it('the config refuses a planning interval that does not divide the day, naming the field', () => {
    const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'sample-centre.json'), 'utf8'));
    const r = validatePlanConfig({ ...sample, schedule: { ...sample.schedule, intervalMinutes: 25 } }); // 1440 ÷ 25 = 57.6
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems?.map((p) => p.field)).toEqual(['schedule.intervalMinutes']);
  });

  it('needs the peak of its parts’ whole agents, carries their calls and the call-weighted AHT', () => {
    // 3.2, 5.0 and 4.1 agents → whole 4, 5, 5 → peak 5; 10 + 20 + 30 calls; AHT (10·200 + 20·260 + 30·300) ÷ 60 = 270 s
    const [p] = planningIntervals([row('09:00', 3.2, 10, 200), row('09:05', 5.0, 20, 260), row('09:10', 4.1, 30, 300)], 15, 5);
    expect(p).toEqual<PlanningInterval>({ date: '2026-11-02', start: '09:00', required: 5, calls: 60, ahtSeconds: 270, shrinkage: 0.1 });
  });

  it('partly open (closing at 21:05): the peak over the open share, so a shift to closing meets it', () => {
    const out = planningIntervals([row('20:55', 12, 30, 240), row('21:00', 9, 20, 240), row('21:05', 0, 0, 240, true), row('21:10', 0, 0, 240, true)], 15, 5);
    expect(out.map((p) => [p.start, p.required, p.calls])).toEqual([['20:45', 12 / 3, 30], ['21:00', 9 / 3, 20]]);
  });
});

describe('one time limit for the plan', () => {
  it('the base week first with half, the rest in equal parts of what is left, never under the floor', () => {
    const b = scheduleBudget(30, 3);
    expect(b.next()).toBe(15);
    b.spend(12); // finished early: the others share 18 s
    expect(b.next()).toBe(9);
    b.spend(9);
    expect(b.next()).toBe(9);
    b.spend(8.5);
    expect(b.spentSeconds()).toBe(29.5);
    const late = scheduleBudget(10, 2);
    late.spend(12); // the base week overran: the scenario still gets the floor
    expect(late.next()).toBe(2);
    expect(scheduleBudget(1, 1).next()).toBe(1); // one solve takes the whole limit, even under the floor
  });
});

describe('high ≥ mid ≥ low', () => {
  const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'sample-centre.json'), 'utf8'));
  const valid = validatePlanConfig({ ...sample, data: { ...sample.data, intervalMinutes: 30 }, schedule: { objective: 'cover' } });
  if (!valid.ok) throw new Error(valid.message);
  const config = valid.value as PlanSettings;
  const objective = serviceObjectiveStep(config);
  const templates = [{ name: '09:00 2h', start: 540, minutes: 120, breaks: [] }];
  const intervals = (need: number[]): PlanningInterval[] =>
    need.map((required, i) => ({ date: '2026-11-02', start: ['09:00', '09:30', '10:00', '10:30'][i], required, calls: 10 * required, ahtSeconds: 180, shrinkage: 0 }));
  /** A run of `shifts` two-hour shifts against requirement `need` (the schedule given, not solved). */
  const run = (need: number[], shifts: number): ScheduleRun => {
    const planned = intervals(need);
    const problem = scheduleProblem(planned, 30, templates, config);
    const patterns = expandPatterns(problem);
    const counts = [shifts];
    const solution = solutionOf(problem, patterns, counts, { status: 'time-limit', bound: 2 * Math.max(...need), seconds: 1 });
    const r = reportSchedule({ problem, intervals: planned, templates, config, objective }, { patterns, solution, incumbent: { counts } }, 0);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };

  it('a lower scenario left dearer by the time limit takes the higher one’s schedule, with a note', () => {
    const high = run([2, 2, 2, 2], 2);
    const low = run([1, 1, 1, 1], 3); // 6 paid hours where 2 would do
    const r = orderedSchedules(new Map([['high', high], ['low', low]]));
    if (!r.ok) throw new Error(r.message);
    const taken = r.value.runs.get('low') as ScheduleRun;
    expect(taken.summary.paidHours).toBe(4);
    expect(taken.summary.coverage.map((c) => c.required)).toEqual([1, 1, 1, 1]); // reported against its own requirement
    expect(taken.summary.coverage.map((c) => c.over)).toEqual([1, 1, 1, 1]);
    expect(taken.summary.lowerBound).toBe(2); // its own bound stays
    expect(r.value.runs.get('high')).toBe(high);
    expect(r.value.notes).toEqual([{ code: 'plan.scenarioScheduleTaken', params: { scenario: 'low', from: 'high', paidHours: 4, ownPaidHours: 6 } }]);
    expect(renderNote(r.value.notes[0], 'en')).toMatch(/^the low plan uses the high plan's schedule \(4 paid hours against 6/);
    expect(renderNote(r.value.notes[0], 'zh-CN')).toMatch(/^“low”方案采用“high”方案的排班（带薪 4 小时/);
  });

  it('keeps each scenario’s own schedule when it is cheaper, or when the requirements cross', () => {
    const cheap = orderedSchedules(new Map([['high', run([2, 2, 2, 2], 3)], ['low', run([1, 1, 1, 1], 1)]]));
    expect(cheap.ok && cheap.value.notes).toEqual([]);
    const crossing = orderedSchedules(new Map([['a', run([2, 0, 0, 0], 1)], ['b', run([0, 1, 1, 1], 3)]]));
    expect(crossing.ok && crossing.value.notes).toEqual([]);
  });
});
