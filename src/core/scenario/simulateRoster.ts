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
import type { ServiceObjective } from '../staffing/types';
import { rosterService } from './rosterCommitment';
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

/** One day of the roster as a simulation model, and where each roster row sits in it. */
interface DayModel {
  model: CentreModel;
  /** roster row index → interval of this day's model */
  slots: Map<number, number>;
}

function dayModels(roster: readonly RosterInterval[], objective: ServiceObjective): DayModel[] {
  const minutes = objective.intervalMinutes;
  const byDate = new Map<string, number[]>();
  roster.forEach((r, i) => byDate.set(r.date, [...(byDate.get(r.date) ?? []), i]));
  return [...byDate.values()].map((rows) => {
    const starts = rows.map((i) => clockMinutes(roster[i].start));
    const first = Math.min(...starts);
    const n = Math.round((Math.max(...starts) - first) / minutes) + 1;
    const calls = new Array<number>(n).fill(0);
    const agents = new Array<number>(n).fill(0);
    const fallbackAht = rows.map((i) => roster[i].ahtSeconds).find((a) => a > 0) ?? 1;
    const aht = new Array<number>(n).fill(fallbackAht);
    const slots = new Map<number, number>();
    rows.forEach((i, k) => {
      const slot = Math.round((starts[k] - first) / minutes);
      const r = roster[i];
      slots.set(i, slot);
      calls[slot] = r.calls;
      // a planning interval's scheduled agents are a time average when a break or a shift edge
      // falls inside it (331.33 over 15 minutes): the simulation staffs the whole number always there
      agents[slot] = Math.floor(r.scheduled + 1e-9);
      if (r.ahtSeconds > 0) aht[slot] = r.ahtSeconds;
    });
    return {
      slots,
      model: {
        intervalMinutes: minutes,
        queues: [{ name: 'calls', callsPerInterval: calls, ahtSeconds: aht, patienceSeconds: objective.patienceSeconds, targetSeconds: objective.targetSeconds }],
        groups: [{ name: 'agents', skills: ['calls'], agentsPerInterval: agents, absence: roster[rows[0]].shrinkage }],
      },
    };
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
 * the SL pools the replications' calls.
 *
 * @example simulateRoster(roster, objective).value.serviceLevel //=> 0.85… where the Erlang figures say 0.88…
 */
export function simulateRoster(
  roster: readonly RosterInterval[],
  objective: ServiceObjective,
  options: { replications?: number; seed?: number } = {},
): Result<SimulatedService> {
  const replications = options.replications ?? ROSTER_REPLICATIONS;
  const seed = options.seed ?? ROSTER_SEED;
  if (!(Number.isInteger(replications) && replications >= 2)) return invalid(`replications must be a whole number, 2 or more (got ${replications})`);
  if (roster.length === 0) return invalid('the schedule has no interval to simulate');
  const days = dayModels(roster, objective);
  const runs: { day: DayModel; replicator: Replicator }[] = [];
  for (const day of days) {
    const compiled = compileModel(day.model);
    if (!compiled.ok) return compiled;
    runs.push({ day, replicator: new Replicator(compiled.value) });
  }
  const week = new Accumulators(4);
  const offered = new Float64Array(roster.length);
  const within = new Float64Array(roster.length);
  for (let r = 0; r < replications; r += 1) {
    // one queue every day: its streams run on from day to day
    const streams = new ReplicationStreams(seed, r, 1);
    let off = 0, win = 0, ans = 0, wait = 0, lost = 0, busy = 0, logged = 0;
    for (const { day, replicator } of runs) {
      const c = replicator.run(streams, 0);
      for (let i = 0; i < c.offered.length; i += 1) {
        off += c.offered[i]; win += c.answeredWithin[i]; ans += c.answered[i]; wait += c.waitSeconds[i];
        lost += c.abandoned[i] + c.unanswered[i]; busy += c.busySeconds[i]; logged += c.loggedSeconds[i];
      }
      for (const [row, slot] of day.slots) {
        offered[row] += c.offered[slot];
        within[row] += c.answeredWithin[slot];
      }
    }
    week.add(SL, off > 0 ? win / off : 1);
    week.add(ASA, ans > 0 ? wait / ans : 0);
    week.add(ABANDON, off > 0 ? lost / off : 0);
    week.add(OCCUPANCY, logged > 0 ? busy / logged : 0);
  }
  const sl = week.estimate(SL)!;

  const erlang = rosterService(roster, objective);
  const intervals: SimulatedInterval[] = [];
  roster.forEach((r, i) => {
    if (r.calls <= 0 || offered[i] === 0) return;
    intervals.push({ date: r.date, start: r.start, erlangServiceLevel: erlang[i].serviceLevel, simulatedServiceLevel: within[i] / offered[i] });
  });
  const below = (x: number) => x < objective.slTarget - 1e-9;
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
      erlang: intervals.filter((x) => below(x.erlangServiceLevel)).length,
      simulated: intervals.filter((x) => below(x.simulatedServiceLevel)).length,
      intervals: intervals.length,
    },
    worstIntervals: [...intervals].sort((a, b) => loss(b) - loss(a)).slice(0, WORST_INTERVAL_COUNT),
  });
}
