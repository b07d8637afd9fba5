/**
 * A published schedule checked by simulation: each day of the week played as a
 * discrete-event simulation (src/core/simulation) from its first to its last
 * scheduled interval, so the queue left at the end of one interval is carried
 * into the next, as the Erlang formulas (each interval on its own, in steady
 * state) do not see.
 */
import { clockMinutes } from '../calendar/clock';
import { type Result, invalid, success } from '../result';
import { Accumulators, type CentreModel, ReplicationStreams, Replicator, compileModel } from '../simulation';
import type { IntervalStaffing, ServiceObjective } from '../staffing/types';
import { intervalObjective, rosterService } from './rosterCommitment';
import type { RosterInterval, SimulatedInterval, SimulatedService } from './types';

/**
 * Replications per plan: 20 give the sample's weekly SL to about ±0.8 points
 * (95%) for about 0.25 s of CPU a scenario in Node, 0.8 s for its three
 * (bench/rosterSimulation.ts), inside the plan's 1.5 s budget for simulation.
 */
export const ROSTER_REPLICATIONS = 20;
/** The plan's seed: the same schedule always simulates to the same figures, and every scenario shares the streams (common random numbers). */
export const ROSTER_SEED = 2026;
/** How many of the intervals that lose most to the carried queue the plan lists. */
export const WORST_INTERVAL_COUNT = 5;

/** Where one reported interval sits in a day's model: its queues' cells, and its Erlang figure to compare. */
interface Point {
  readonly team?: string;
  readonly date: string;
  readonly start: string;
  /** queue cells [q·intervals + slot] of the day's model whose calls are this interval's */
  readonly cells: readonly number[];
  readonly erlangServiceLevel: number;
  readonly slTarget: number;
  readonly calls: number;
}

/** One day of one team (or of the routed skill groups) as a simulation model, and the intervals reported from it. */
interface DayModel {
  model: CentreModel;
  points: Point[];
}

/**
 * The multi-skill routing of a plan scheduled by skill groups (schedule.teams
 * "skills"): each voice queue's calls per planning interval under the
 * scenario and its objective, and each group's skills in priority order. The
 * roster's rows of a routed group (their `team`) give its agents; the groups
 * share one simulated centre a day, so a call waits for any agent with its skill.
 */
export interface SkillRouting {
  readonly queues: readonly {
    readonly name: string;
    readonly intervals: readonly { readonly date: string; readonly start: string; readonly calls: number; readonly ahtSeconds: number }[];
    readonly slTarget: number;
    readonly targetSeconds: number;
  }[];
  readonly groups: readonly { readonly name: string; readonly skills: readonly string[]; readonly selection?: 'priority' | 'longestWaiting' }[];
}

const slotOf = (start: string, opening: number, minutes: number): number => Math.round((clockMinutes(start) - opening) / minutes);

/** Each team's day (a centre of its own: teams scheduled apart answer their own queue), one row an interval. */
function teamDays(roster: readonly RosterInterval[], rows: readonly number[], erlang: readonly IntervalStaffing[], objective: ServiceObjective): DayModel[] {
  const minutes = objective.intervalMinutes;
  const byDay = new Map<string, number[]>();
  for (const i of rows) {
    const key = `${roster[i].team ?? ''}|${roster[i].date}`;
    byDay.set(key, [...(byDay.get(key) ?? []), i]);
  }
  return [...byDay.values()].map((day) => {
    const first = roster[day[0]];
    const own = intervalObjective(first, objective);
    const opening = Math.min(...day.map((i) => clockMinutes(roster[i].start)));
    const n = Math.max(...day.map((i) => slotOf(roster[i].start, opening, minutes))) + 1;
    const calls = new Array<number>(n).fill(0);
    const agents = new Array<number>(n).fill(0);
    const aht = new Array<number>(n).fill(day.map((i) => roster[i].ahtSeconds).find((a) => a > 0) ?? 1);
    const points: Point[] = [];
    for (const i of day) {
      const r = roster[i];
      const slot = slotOf(r.start, opening, minutes);
      calls[slot] = r.calls;
      // a planning interval's scheduled agents are a time average when a break or a shift edge
      // falls inside it (331.33 over 15 minutes): the simulation staffs the whole number always there
      // (a chat agent is `concurrency` servers)
      agents[slot] = Math.floor(r.scheduled + 1e-9) * (r.concurrency ?? 1);
      if (r.ahtSeconds > 0) aht[slot] = r.ahtSeconds;
      points.push({ ...(r.team === undefined ? {} : { team: r.team }), date: r.date, start: r.start, cells: [slot], erlangServiceLevel: erlang[i].serviceLevel, slTarget: own.slTarget, calls: r.calls });
    }
    return {
      points,
      model: {
        intervalMinutes: minutes,
        queues: [{ name: 'calls', callsPerInterval: calls, ahtSeconds: aht, patienceSeconds: own.patienceSeconds, targetSeconds: own.targetSeconds }],
        groups: [{ name: 'agents', skills: ['calls'], agentsPerInterval: agents, absence: first.shrinkage }],
      },
    };
  });
}

/**
 * The skill groups' days: every routed queue and group in one model a day; an
 * interval's Erlang figure is its groups' (each on its share of the calls),
 * weighted by their calls.
 */
function routedDays(roster: readonly RosterInterval[], rows: readonly number[], erlang: readonly IntervalStaffing[], routing: SkillRouting, objective: ServiceObjective): DayModel[] {
  const minutes = objective.intervalMinutes;
  const byDate = new Map<string, number[]>();
  for (const i of rows) byDate.set(roster[i].date, [...(byDate.get(roster[i].date) ?? []), i]);
  return [...byDate.entries()].map(([date, day]) => {
    const opening = Math.min(...day.map((i) => clockMinutes(roster[i].start)));
    const n = Math.max(...day.map((i) => slotOf(roster[i].start, opening, minutes))) + 1;
    const queues = routing.queues.map((q) => {
      const calls = new Array<number>(n).fill(0);
      const aht = new Array<number>(n).fill(q.intervals.find((x) => x.ahtSeconds > 0)?.ahtSeconds ?? 1);
      for (const x of q.intervals) {
        if (x.date !== date) continue;
        const slot = slotOf(x.start, opening, minutes);
        if (slot < 0 || slot >= n) continue;
        calls[slot] = x.calls;
        if (x.ahtSeconds > 0) aht[slot] = x.ahtSeconds;
      }
      return { name: q.name, callsPerInterval: calls, ahtSeconds: aht, patienceSeconds: objective.patienceSeconds, targetSeconds: q.targetSeconds };
    });
    const groups = routing.groups.map((g) => {
      const agents = new Array<number>(n).fill(0);
      let absence = 0;
      for (const i of day) {
        if (roster[i].team !== g.name) continue;
        agents[slotOf(roster[i].start, opening, minutes)] = Math.floor(roster[i].scheduled + 1e-9);
        absence = roster[i].shrinkage;
      }
      return { name: g.name, skills: g.skills, selection: g.selection, agentsPerInterval: agents, absence };
    });
    const bySlot = new Map<number, number[]>();
    for (const i of day) {
      const slot = slotOf(roster[i].start, opening, minutes);
      bySlot.set(slot, [...(bySlot.get(slot) ?? []), i]);
    }
    const points: Point[] = [...bySlot.entries()].map(([slot, at]) => {
      const calls = at.reduce((x, i) => x + roster[i].calls, 0);
      const erlangServiceLevel = calls > 0 ? at.reduce((x, i) => x + roster[i].calls * erlang[i].serviceLevel, 0) / calls : 1;
      return { date, start: roster[at[0]].start, cells: routing.queues.map((_, q) => q * n + slot), erlangServiceLevel, slTarget: objective.slTarget, calls };
    });
    return { points, model: { intervalMinutes: minutes, queues, groups } };
  });
}

// weekly figures folded per replication
const SL = 0;
const ASA = 1;
const ABANDON = 2;
const OCCUPANCY = 3;

/**
 * Simulates the roster's week `replications` times. Calls arrive as Poisson at
 * each interval's forecast rate with exponential handle times of its AHT; the
 * agents on the phones are drawn each interval as Binomial(scheduled,
 * 1 − shrinkage) (absence from the day's shrinkage); callers have the
 * objective's exponential patience under Erlang A and wait for ever under
 * Erlang C; each day opens with empty lines, and at its close the agents
 * answer the calls still waiting. Figures are over the week's calls, per
 * replication, then averaged with a Student-t 95% interval; per interval
 * the SL pools the replications' calls. Rows of different teams are
 * centres of their own; with `routing`, the skill groups' rows are one centre
 * a day, each queue's calls answered by any group with its skill.
 *
 * @example simulateRoster(roster, objective).value.serviceLevel //=> 0.85… where the Erlang figures say 0.88…
 */
export function simulateRoster(
  roster: readonly RosterInterval[],
  objective: ServiceObjective,
  options: { replications?: number; seed?: number; routing?: SkillRouting } = {},
): Result<SimulatedService> {
  const replications = options.replications ?? ROSTER_REPLICATIONS;
  const seed = options.seed ?? ROSTER_SEED;
  if (!(Number.isInteger(replications) && replications >= 2)) return invalid(`replications must be a whole number, 2 or more (got ${replications})`);
  if (roster.length === 0) return invalid('the schedule has no interval to simulate');
  const erlang = rosterService(roster, objective);
  const routed = new Set(options.routing?.groups.map((g) => g.name) ?? []);
  const all = roster.map((_, i) => i);
  const days = [
    ...teamDays(roster, all.filter((i) => !routed.has(roster[i].team ?? '')), erlang, objective),
    ...(options.routing ? routedDays(roster, all.filter((i) => routed.has(roster[i].team ?? '')), erlang, options.routing, objective) : []),
  ];
  const runs: { day: DayModel; replicator: Replicator }[] = [];
  for (const day of days) {
    const compiled = compileModel(day.model);
    if (!compiled.ok) return compiled;
    runs.push({ day, replicator: new Replicator(compiled.value) });
  }
  const points = runs.flatMap((r) => r.day.points);
  const queueStreams = Math.max(...runs.map((r) => r.day.model.queues.length));
  const week = new Accumulators(4);
  const offered = new Float64Array(points.length);
  const within = new Float64Array(points.length);
  for (let r = 0; r < replications; r += 1) {
    // a stream per queue, run on from day to day (a routed day has several queues)
    const streams = new ReplicationStreams(seed, r, queueStreams);
    let off = 0, win = 0, ans = 0, wait = 0, lost = 0, busy = 0, logged = 0;
    let p = 0;
    for (const { day, replicator } of runs) {
      const c = replicator.run(streams, 0);
      for (let i = 0; i < c.offered.length; i += 1) {
        off += c.offered[i]; win += c.answeredWithin[i]; ans += c.answered[i]; wait += c.waitSeconds[i];
        lost += c.abandoned[i] + c.unanswered[i];
      }
      for (let i = 0; i < c.busySeconds.length; i += 1) {
        busy += c.busySeconds[i]; logged += c.loggedSeconds[i];
      }
      for (const point of day.points) {
        for (const cell of point.cells) {
          offered[p] += c.offered[cell];
          within[p] += c.answeredWithin[cell];
        }
        p += 1;
      }
    }
    week.add(SL, off > 0 ? win / off : 1);
    week.add(ASA, ans > 0 ? wait / ans : 0);
    week.add(ABANDON, off > 0 ? lost / off : 0);
    week.add(OCCUPANCY, logged > 0 ? busy / logged : 0);
  }
  const sl = week.estimate(SL)!;

  const intervals: (SimulatedInterval & { slTarget: number })[] = [];
  points.forEach((x, i) => {
    if (x.calls <= 0 || offered[i] === 0) return;
    intervals.push({ ...(x.team === undefined ? {} : { team: x.team }), date: x.date, start: x.start, erlangServiceLevel: x.erlangServiceLevel, simulatedServiceLevel: within[i] / offered[i], slTarget: x.slTarget });
  });
  const below = (x: number, target: number) => x < target - 1e-9;
  const loss = (x: SimulatedInterval) => x.erlangServiceLevel - x.simulatedServiceLevel;
  return success({
    serviceLevel: sl.mean,
    ci95: sl.ci95!,
    asaSeconds: week.estimate(ASA)?.mean ?? 0,
    abandonRate: week.estimate(ABANDON)?.mean ?? 0,
    occupancy: week.estimate(OCCUPANCY)?.mean ?? 0,
    replications,
    seed,
    intervalsBelowTarget: {
      erlang: intervals.filter((x) => below(x.erlangServiceLevel, x.slTarget)).length,
      simulated: intervals.filter((x) => below(x.simulatedServiceLevel, x.slTarget)).length,
      intervals: intervals.length,
    },
    worstIntervals: [...intervals].sort((a, b) => loss(b) - loss(a)).slice(0, WORST_INTERVAL_COUNT).map(({ slTarget: _target, ...x }) => x),
  });
}
