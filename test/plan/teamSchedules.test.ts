/**
 * A several-queue centre scheduled team by team (schedule.teams "separate"),
 * on a made-up history whose answers are known without the code: four weeks,
 * 08:00–18:00 every day, Sales 12 calls of 240 s and Care 6 calls of 300 s in
 * every half-hour. Checked from the plan's own outputs by independent rules:
 * each team's roster has its agents on shift wherever its queue needs them
 * (the queue's Erlang C requirement worked out here from its forecast calls),
 * every agent names their team and skills, hours and heads add up, separate
 * teams need at least the pooled team's requirement (Erlang's economies of
 * scale), and the committed SL is the call-weighted Erlang C SL of each
 * team's agents on the phones, computed here from the formula. Both plans
 * hire on the same contracts (given, so no mix is assumed): pooled and
 * separate differ only in their teams.
 */
import highsLoader from 'highs';
import { addDays } from '../../src/core/calendar/dates';
import { formatClock } from '../../src/core/calendar/clock';
import { failureText } from '../../src/core/notes/failureText';
import { renderNote } from '../../src/core/notes/render';
import { erlangC } from '../../src/core/queueing/erlangC';
import type { PlanResult } from '../../src/core/plan/planResult';
import { runPlan } from '../../src/core/plan/runPlan';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import type { HighsRuntime } from '../../src/core/schedule/types';

const FIRST = '2026-10-05'; // a Monday
const QUEUES = { Sales: { calls: 12, aht: 240 }, Care: { calls: 6, aht: 300 } } as const;
const SHRINKAGE = 0.2;

function history(): string {
  const lines = ['date,interval_start,queue,offered,answered,talk_seconds'];
  for (let d = 0; d < 28; d++) {
    for (let k = 16; k < 36; k++) {
      const at = `${addDays(FIRST, d)},${formatClock(k * 30)}`;
      for (const [name, q] of Object.entries(QUEUES)) lines.push(`${at},${name},${q.calls},${q.calls},${q.calls * q.aht}`);
    }
  }
  return lines.join('\n');
}

function plan(highs: HighsRuntime, teams: unknown, queues: unknown = 'separate') {
  const config = validatePlanConfig({
    centre: { name: 'two queues' },
    costs: { currency: 'USD', hourlyWage: 20 },
    data: { history: 'h.csv', queues },
    shrinkage: { absence: SHRINKAGE },
    schedule: {
      teams,
      timeLimitSeconds: 10,
      contracts: [
        { name: 'Full-time', weeklyHours: { min: 37.5, max: 40 }, days: { min: 5, max: 5 } },
        { name: 'Part-time', weeklyHours: { min: 20, max: 30 }, days: { min: 3, max: 5 } },
      ],
    },
  });
  if (!config.ok) throw new Error(config.message);
  return runPlan({ config: config.value, historyText: history(), historySource: 'h.csv', highs, runAt: '2026-12-01T00:00:00Z' });
}

/** Erlang C SL of `agents` answering `calls` of `aht` seconds in 30 minutes within `target` seconds. */
function erlangSl(calls: number, aht: number, agents: number, target = 20): number {
  const a = (calls * aht) / 1800;
  if (calls === 0) return 1;
  if (agents <= a) return 0;
  return 1 - erlangC(a, agents) * Math.exp((-(agents - a) * target) / aht);
}

/** Fewest agents with Erlang C SL ≥ 80% within 20 s and occupancy ≤ the cap. */
function erlangAgents(calls: number, aht: number, maxOccupancy: number): number {
  const a = (calls * aht) / 1800;
  let n = Math.max(1, Math.floor(a) + 1);
  while (erlangSl(calls, aht, n) < 0.8 || a / n > maxOccupancy + 1e-12) n++;
  return n;
}

describe('schedule.teams "separate" on two queues', () => {
  let separate: PlanResult;
  let pooled: PlanResult;
  beforeAll(async () => {
    const highs = (await highsLoader()) as unknown as HighsRuntime;
    const s = plan(highs, 'separate');
    const p = plan(highs, 'pooled');
    if (!s.ok) throw new Error(s.message);
    if (!p.ok) throw new Error(p.message);
    separate = s.value;
    pooled = p.value;
  }, 240_000);

  test('one team per queue, every agent naming their team and skills; heads and hours add up', () => {
    const { schedule } = separate;
    expect(schedule.teams?.map((t) => t.name)).toEqual(['Care', 'Sales']);
    for (const a of schedule.roster) {
      expect(a.skills).toEqual([a.team]);
      expect(a.agent.startsWith(`${a.team}: `)).toBe(true);
    }
    expect(new Set(schedule.roster.map((a) => a.agent)).size).toBe(schedule.roster.length);
    expect(schedule.headcount?.total).toBe(schedule.roster.length);
    for (const t of schedule.teams ?? []) expect(schedule.roster.filter((a) => a.team === t.name).length).toBe(t.headcount);
    const teamHours = (schedule.teams ?? []).reduce((s, t) => s + t.paidHours, 0);
    expect(schedule.paidHours).toBeCloseTo(teamHours, 6);
    // each team's notes say which team they are about
    for (const n of schedule.notes) {
      expect(['Sales', 'Care']).toContain(n.team);
      expect(renderNote(n, 'en').startsWith(`team ${n.team}: `)).toBe(true);
      expect(renderNote(n, 'zh-CN').startsWith(`团队 ${n.team}：`)).toBe(true);
    }
    // every rotation week pays the solved week's hours
    const firstWeek = schedule.roster.reduce((s, a) => s + a.weeklyHours[0], 0);
    expect(firstWeek).toBeCloseTo(schedule.paidHours, 6);
  });

  test("each team's roster is on shift wherever its own queue needs agents (Erlang C worked out here)", () => {
    const { schedule, queues } = separate;
    const week = new Set(schedule.days.map((d) => d.date));
    for (const q of queues?.queues ?? []) {
      const shifts = schedule.roster.filter((a) => a.team === q.name).flatMap((a) => a.shifts);
      for (const i of q.intervals.filter((x) => week.has(x.date) && x.calls > 0)) {
        const needed = Math.ceil(erlangAgents(i.calls, i.ahtSeconds, 0.85) / (1 - SHRINKAGE) - 1e-9);
        const at = `${i.date}T${formatClock(i.start)}`;
        const onShift = shifts.filter((s) => s.start <= at && s.end > at).length;
        expect({ queue: q.name, at, ok: onShift >= needed }).toEqual({ queue: q.name, at, ok: true });
      }
    }
  });

  test('separate teams need at least the pooled requirement, pay at least its bound, and the budget pays for being apart', () => {
    expect(separate.schedule.requiredHours).toBeGreaterThan(pooled.schedule.requiredHours);
    // the separate teams' rosters side by side are a roster of the pooled week (same contracts, more cover): no pooled schedule is below its bound
    expect(separate.schedule.paidHours).toBeGreaterThanOrEqual(pooled.schedule.lowerBound - 1e-6);
    // the monthly chain scales the centre's own requirement by the solved week's paid hours: the budget year's hours keep the weeks' ratio
    const mid = (r: PlanResult) => r.scenarios.find((s) => s.id === 'mid')!;
    const yearHours = (r: PlanResult) => mid(r).drivers.months.reduce((s, m) => s + m.paidHours, 0);
    expect(yearHours(separate) / yearHours(pooled)).toBeCloseTo(separate.schedule.paidHours / pooled.schedule.paidHours, 9);
  });

  test("the committed SL is the call-weighted Erlang C SL of each team's agents on the phones", () => {
    for (const s of separate.scenarios) {
      let calls = 0;
      let within = 0;
      for (const r of s.roster) {
        expect(r.team === 'Sales' || r.team === 'Care').toBe(true);
        const onPhones = Math.floor(r.scheduled * (1 - r.shrinkage) + 1e-9);
        calls += r.calls;
        within += r.calls * erlangSl(r.calls, r.ahtSeconds, onPhones, s.targetSeconds);
      }
      expect(s.commitment.serviceLevel).toBeCloseTo(within / calls, 9);
      // both teams' intervals are there, each with its own queue's calls
      const teamCalls = (team: string) => s.roster.filter((r) => r.team === team).reduce((x, r) => x + r.calls, 0);
      expect(teamCalls('Sales') / teamCalls('Care')).toBeCloseTo(QUEUES.Sales.calls / QUEUES.Care.calls, 6);
    }
  });

  test('high ≥ mid ≥ low in paid hours and cost', () => {
    const by = (id: string) => separate.scenarios.find((s) => s.id === id)!;
    expect(by('high').rosterShape.paidHours).toBeGreaterThanOrEqual(by('mid').rosterShape.paidHours);
    expect(by('mid').rosterShape.paidHours).toBeGreaterThanOrEqual(by('low').rosterShape.paidHours);
    expect(by('high').costs.total.total).toBeGreaterThanOrEqual(by('mid').costs.total.total);
    expect(by('mid').costs.total.total).toBeGreaterThanOrEqual(by('low').costs.total.total);
  });
});

describe('a chat team beside a voice team ("separate")', () => {
  let result: PlanResult;
  beforeAll(async () => {
    const highs = (await highsLoader()) as unknown as HighsRuntime;
    const r = plan(highs, 'separate', [{ name: 'Sales', callTypes: ['Sales'] }, { name: 'Care', callTypes: ['Care'], channel: 'chat', concurrency: 2 }]);
    if (!r.ok) throw new Error(r.message);
    result = r.value;
  }, 240_000);

  test('each chat agent is two servers: in the roster it needs, the SL it commits, and the coverage the schedule shows', () => {
    const { schedule, queues } = result;
    expect(schedule.teams?.find((t) => t.name === 'Care')?.concurrency).toBe(2);
    const care = queues!.queues.find((q) => q.name === 'Care')!;
    const shifts = schedule.roster.filter((a) => a.team === 'Care').flatMap((a) => a.shifts);
    const week = new Set(schedule.days.map((d) => d.date));
    for (const i of care.intervals.filter((x) => week.has(x.date) && x.calls > 0)) {
      const agents = Math.ceil(erlangAgents(i.calls, i.ahtSeconds, 0.85) / 2 - 1e-9);
      const at = `${i.date}T${formatClock(i.start)}`;
      expect(shifts.filter((x) => x.start <= at && x.end > at).length).toBeGreaterThanOrEqual(Math.ceil(agents / (1 - SHRINKAGE) - 1e-9));
    }
    const mid = result.scenarios.find((x) => x.id === 'mid')!;
    const sl = (r: (typeof mid.roster)[number]) => erlangSl(r.calls, r.ahtSeconds, Math.floor(r.scheduled * (1 - r.shrinkage) + 1e-9) * (r.team === 'Care' ? 2 : 1), mid.targetSeconds);
    const total = mid.roster.reduce((x, r) => x + r.calls, 0);
    expect(mid.commitment.serviceLevel).toBeCloseTo(mid.roster.reduce((x, r) => x + r.calls * sl(r), 0) / total, 9);
    // the schedule's coverage: each interval's SL is the teams' SLs weighted by their calls
    for (const c of schedule.coverage) {
      const here = mid.roster.filter((r) => r.date === c.date && r.start === c.start);
      const calls = here.reduce((x, r) => x + r.calls, 0);
      if (calls > 0) expect(c.serviceLevel).toBeCloseTo(here.reduce((x, r) => x + r.calls * sl(r), 0) / calls, 9);
    }
  });
});

describe('schedule.teams that the queues cannot give', () => {
  test('teams without queues, and skills without groups, are named in both languages', async () => {
    const highs = (await highsLoader()) as unknown as HighsRuntime;
    const noQueues = plan(highs, 'separate', 'total');
    if (noQueues.ok) throw new Error('expected a failure');
    expect(failureText(noQueues, 'en')).toBe('schedule.teams is "separate", but data.queues is "total" (one queue): set data.queues to "separate" or list the queues, or schedule one team ("pooled")');
    expect(failureText(noQueues, 'zh-CN')).toContain('“schedule.teams”（团队）为 "separate"');
    const noSkills = plan(highs, 'skills');
    if (noSkills.ok) throw new Error('expected a failure');
    expect(failureText(noSkills, 'en')).toContain('schedule.teams is "skills", but the plan has no skill groups');
  });
});

