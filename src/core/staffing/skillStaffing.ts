/**
 * Multi-skill staffing checked by simulation (planning guide, "Several queues,
 * channels and skills": with several skills per agent and routing rules
 * there is no closed formula, so a heuristic is checked by a discrete-event
 * simulation of the routing).
 *
 * Each interval is staffed on its own in steady state, as Erlang staffs it:
 * the interval's call rates held constant, the lines empty at the start of a
 * warm-up that is left out, then SKILL_BATCHES equal batches measured (batch means:
 * each batch's SL is one observation of the 95% interval). Per interval:
 *  1. Start: the pooled Erlang answer (every queue's calls as one team, at the
 *     least strict queue objective; pooling needs the fewest agents)
 *     shared among the groups in proportion to the Erlang requirement of the
 *     queues each serves (a queue served by k groups counts 1/k to each).
 *  2. Add: simulate; while a queue's simulated SL is below its target, add
 *     one agent to the group that serves each missing queue first (the group
 *     that ranks it highest; ties to the group with fewer skills, then the
 *     one listed first), and simulate again; while every target holds but
 *     the centre's occupancy is above the cap, add one to the busiest group.
 *  3. Remove: try taking one agent from each group, the least occupied first;
 *     keep the removal when every target still holds; stop when no group can
 *     lose one, or at the pooled answer (no routing needs fewer agents than
 *     one team with every skill: planning guide; below it, a search over one
 *     noisy sample would only find that sample's luck).
 *  4. Report: the staffing found simulated once more on a second,
 *     independent sample; the interval's figures are that sample's. Steps
 *     1–3 decide on one sample and stop where it first meets every target,
 *     so that sample's SL of the staffing found is biased up (the sample's
 *     luck is what let it stop: a selection bias); an independent sample
 *     says what the staffing delivers (bench/skillsSpread.ts: on a
 *     priority-routing centre, 20 seeds, the figures exceed a precise
 *     re-simulation by 0.8 points on average; before common random numbers,
 *     the search's own sample's figures did by 1.1).
 * Every evaluation of steps 1–3 of an interval runs the same random streams
 * (seed, interval number; step 4 those of seed, interval number + the
 * horizon's intervals): common random numbers (Law & Kelton, "Simulation
 * Modeling and Analysis", ch. 11) — every staffing tried meets the same
 * callers, each with its arrival time, handle time and patience drawn at
 * arrival from its queue's stream (ReplicationStreams), so two staffings
 * differ by their agents only (one agent more never looks worse on a single
 * queue), a staffing evaluated twice gives the same figures, and the same
 * seed always gives the same staffing.
 *
 * The rule "simulated SL ≥ target" is Erlang's own (the smallest staffing
 * whose SL reaches the target); a simulated SL carries noise (its ci95), so a
 * staffing near the boundary can be one agent off the exact answer, and
 * needing every queue to pass at once leans to the side of one agent more.
 */
import { note } from '../notes/note';
import { invalidNote } from '../notes/noAnswerNote';
import { agentsRequired } from '../queueing';
import { type Result, invalid, success } from '../result';
import { Accumulators, type CentreModel, type Estimate, ReplicationStreams, Replicator, compileModel } from '../simulation';

/** Calls simulated per evaluation after the warm-up, over all queues (precision against time: bench/simulation.ts). */
export const SKILL_CALLS_PER_EVALUATION = 10_000;
/** Longest span simulated per evaluation, minutes: two days of a quiet interval's calls (a few agents, whose SL moves by 10 points or more an agent, need less precision than a large team). */
export const SKILL_MAX_SPAN_MINUTES = 48 * 60;
/** Batches an evaluation's measured span is cut into, for its 95% intervals. */
export const SKILL_BATCHES = 8;
/** Warm-up before the first batch, in the longest AHT of the interval's queues (the lines fill from empty in a few handle times). */
export const SKILL_WARMUP_HANDLE_TIMES = 4;
/** The plan's seed for the search. */
export const SKILL_SEED = 2026;

/** One queue's demand over the horizon's intervals, and its objective. */
export interface SkillQueue {
  name: string;
  /** calls offered per interval (≥ 0) */
  calls: readonly number[];
  /** AHT per interval, seconds (> 0 where the interval has calls) */
  ahtSeconds: readonly number[];
  /** SL target, fraction (0–1), within `targetSeconds` */
  slTarget: number;
  targetSeconds: number;
}

/** One agent group: the queues it serves, the first one first. */
export interface SkillGroup {
  name: string;
  /** queue names, highest priority first */
  queues: readonly string[];
  /** "priority" (default): a free agent takes its first queue with a caller; "longestWaiting": the longest-waiting caller of all its queues */
  selection?: 'priority' | 'longestWaiting';
}

export interface SkillStaffingOptions {
  /** interval length, minutes */
  intervalMinutes: number;
  /** mean caller patience, seconds (Erlang A's); none: callers wait for ever (Erlang C's) */
  patienceSeconds?: number;
  /** the highest occupancy the centre may run at (all groups' busy time ÷ logged-in time), fraction (default 1: no cap) */
  maxOccupancy?: number;
  seed: number;
  /** calls per evaluation (default SKILL_CALLS_PER_EVALUATION) */
  callsPerEvaluation?: number;
  /** the intervals as messages name them ("2026-03-02 09:30"; default "interval N") */
  labels?: readonly string[];
}

/** One interval's staffing and what the simulation gave it. */
export interface SkillInterval {
  /** agents per group (groups' order) */
  agents: number[];
  /** simulated SL per queue (queues' order) on the independent sample of step 4; null where the queue has no call, or none arrived in the span simulated */
  serviceLevel: (Estimate | null)[];
  /** simulated occupancy per group; null where the group has no agent */
  occupancy: (number | null)[];
  /** simulations the search ran for the interval */
  evaluations: number;
}

/** A queue's SL over the horizon: its intervals' simulated SLs weighted by their calls. */
export interface HorizonServiceLevel {
  mean: number;
  /** half the 95% interval, from the intervals' own (independent simulations): √Σ(wᵢ·hᵢ)² ÷ Σwᵢ; an interval with fewer than two batches with calls counts its SL as unknown within ±1 */
  halfWidth: number;
  ci95: [number, number];
}

export interface SkillStaffing {
  intervals: SkillInterval[];
  /** per queue over the horizon; null when it has no call */
  serviceLevel: (HorizonServiceLevel | null)[];
  /** simulations run in all */
  evaluations: number;
}

/** What one simulated staffing of one interval gives. */
interface Evaluation {
  serviceLevel: (Estimate | null)[];
  occupancy: (number | null)[];
  /** all groups together */
  centreOccupancy: number | null;
}

/** The interval's own data, read once. */
interface IntervalDemand {
  calls: number[];
  aht: number[];
}

/**
 * Largest-remainder apportionment of `total` whole agents by `weights`.
 * @example apportion(10, [1, 1, 1]) //=> [4, 3, 3]
 */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, n) => s + n, 0);
  const order = exact.map((x, g) => ({ g, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.g - b.g);
  for (const { g } of order) {
    if (left <= 0) break;
    out[g] += 1;
    left -= 1;
  }
  return out;
}

/**
 * Each group's agents in every interval of the horizon, by the simulated
 * search of the module comment, with the SLs and occupancies it ends on.
 *
 * @example staffSkills(
 *   [{ name: 'a', calls: [100], ahtSeconds: [180], slTarget: 0.8, targetSeconds: 20 }],
 *   [{ name: 'team', queues: ['a'] }], { intervalMinutes: 30, seed: 1 }).value.intervals[0].agents //=> [14] (Erlang C's answer)
 */
export function staffSkills(queues: readonly SkillQueue[], groups: readonly SkillGroup[], options: SkillStaffingOptions): Result<SkillStaffing> {
  const G = groups.length;
  const { intervalMinutes, patienceSeconds, seed } = options;
  const cap = options.maxOccupancy ?? 1;
  const callsPerEvaluation = options.callsPerEvaluation ?? SKILL_CALLS_PER_EVALUATION;
  const queueIndex = new Map(queues.map((q, k) => [q.name, k]));
  const skills = groups.map((g) => g.queues.map((name) => queueIndex.get(name) ?? -1));
  // names, skills, patience and targets are checked by the simulator's own rules (one home), on a one-batch model
  const probe = compileModel(intervalModel(queues, groups, queues.map(() => 1), queues.map(() => 1), groups.map(() => 1), 1, 1, patienceSeconds));
  if (!probe.ok) return probe;
  const intervals = queues[0].calls.length;
  for (const q of queues) {
    if (q.calls.length !== intervals || q.ahtSeconds.length !== intervals) return invalid(`queue ${q.name}: ${q.calls.length} calls and ${q.ahtSeconds.length} AHTs for ${intervals} intervals`);
  }
  // the group each queue's shortfall is given to: the one ranking it highest, then fewer skills, then listing order
  const firstServer = queues.map((_, q) => {
    let best = -1;
    for (let g = 0; g < G; g += 1) {
      const rank = skills[g].indexOf(q);
      if (rank < 0) continue;
      if (best < 0) best = g;
      else {
        const bestRank = skills[best].indexOf(q);
        if (rank < bestRank || (rank === bestRank && skills[g].length < skills[best].length)) best = g;
      }
    }
    return best;
  });

  const out: SkillInterval[] = [];
  let evaluations = 0;
  for (let i = 0; i < intervals; i += 1) {
    const demand: IntervalDemand = { calls: queues.map((q) => q.calls[i]), aht: queues.map((q) => q.ahtSeconds[i]) };
    if (demand.calls.every((c) => !(c > 0))) {
      out.push({ agents: groups.map(() => 0), serviceLevel: queues.map(() => null), occupancy: groups.map(() => null), evaluations: 0 });
      continue;
    }
    const required = erlangRequirements(queues, demand, intervalMinutes, cap, patienceSeconds);
    if (!required.ok) return required;
    const weights = skills.map((list) => list.reduce((s, q) => s + required.value.separate[q] / Math.max(1, skills.filter((l) => l.includes(q)).length), 0));
    const agents = apportion(required.value.pooled, weights);
    let count = 0;
    // the search's sample is the streams of replication i; step 4's those of replication intervals + i, independent of it
    const evaluate = (replication: number): Evaluation => {
      count += 1;
      return simulateInterval(queues, groups, demand, agents, intervalMinutes, callsPerEvaluation, patienceSeconds, seed, replication);
    };
    const misses = (e: Evaluation) => missing(e, queues, demand, skills, agents, cap);
    // a bound on each add phase (each round adds an agent at least): routing that needs more than twice the separate teams is reported, not looped on
    const maxRounds = 2 * required.value.separate.reduce((s, n) => s + n, 0) + 10 * G;
    /** Step 2 from `start` (the search sample's figures for the agents as they are): adds agents until every target holds. */
    const addUntilMet = (start: Evaluation): Result<Evaluation> => {
      let current = start;
      for (let round = 0; ; round += 1) {
        const miss = misses(current);
        if (miss.queues.length === 0 && !miss.overOccupied) return success(current);
        if (round >= maxRounds) return invalidNote(note('queues.skillsUnreached', { interval: options.labels?.[i] ?? `interval ${i + 1}`, rounds: maxRounds }));
        const add = new Set(miss.queues.map((q) => firstServer[q]));
        // above the cap with every target met: one agent more where the agents are busiest
        if (add.size === 0) add.add(busiest(current.occupancy));
        for (const g of add) agents[g] += 1;
        current = evaluate(i);
      }
    };
    const added = addUntilMet(evaluate(i));
    if (!added.ok) return added;
    let current = added.value;
    for (;;) {
      // never below the pooled answer: no routing needs fewer agents than one team with every skill (a sample's luck would say so)
      if (agents.reduce((sum, n) => sum + n, 0) <= required.value.pooled) break;
      const order = [...Array(G).keys()].filter((g) => agents[g] > 0).sort((a, b) => (current.occupancy[a] ?? 0) - (current.occupancy[b] ?? 0) || a - b);
      let removed = false;
      for (const g of order) {
        agents[g] -= 1;
        const trial = evaluate(i);
        const miss = misses(trial);
        if (miss.queues.length === 0 && !miss.overOccupied) {
          current = trial;
          removed = true;
          break;
        }
        agents[g] += 1;
      }
      if (!removed) break;
    }
    // 4. the figures of the staffing found, from a sample the search did not choose it on
    const confirmed = evaluate(intervals + i);
    evaluations += count;
    out.push({ agents: [...agents], serviceLevel: confirmed.serviceLevel, occupancy: confirmed.occupancy, evaluations: count });
  }
  return success({ intervals: out, serviceLevel: queues.map((q, k) => horizonServiceLevel(q, out.map((r) => r.serviceLevel[k]))), evaluations });
}

/** The group with the highest occupancy (the first on ties). */
function busiest(occupancy: readonly (number | null)[]): number {
  let best = 0;
  occupancy.forEach((o, g) => {
    if ((o ?? -1) > (occupancy[best] ?? -1)) best = g;
  });
  return best;
}

/** Erlang's answers for one interval: each queue alone at its objective, and all together at the least strict queue objective. */
function erlangRequirements(queues: readonly SkillQueue[], d: IntervalDemand, intervalMinutes: number, maxOccupancy: number, patienceSeconds: number | undefined): Result<{ separate: number[]; pooled: number }> {
  const separate: number[] = [];
  for (let q = 0; q < queues.length; q += 1) {
    const n = agentsRequired({ calls: d.calls[q], ahtSeconds: d.aht[q], slTarget: queues[q].slTarget, targetSeconds: queues[q].targetSeconds, intervalMinutes, maxOccupancy, patienceSeconds });
    if (!n.ok) return n;
    separate.push(n.value);
  }
  const calls = d.calls.reduce((s, c) => s + c, 0);
  const aht = d.calls.reduce((s, c, q) => s + (c > 0 ? c * d.aht[q] : 0), 0) / calls;
  let pooled = Infinity;
  for (let q = 0; q < queues.length; q += 1) {
    if (!(d.calls[q] > 0)) continue;
    const n = agentsRequired({ calls, ahtSeconds: aht, slTarget: queues[q].slTarget, targetSeconds: queues[q].targetSeconds, intervalMinutes, maxOccupancy, patienceSeconds });
    if (!n.ok) return n;
    pooled = Math.min(pooled, n.value);
  }
  return success({ separate, pooled });
}

/**
 * The queues below target, worst first (a queue with calls and no agent to
 * serve it misses; one none of whose calls arrived in the span simulated
 * passes), and whether the centre runs above the occupancy cap (all
 * groups' busy time ÷ their logged-in time, as the pooled Erlang answer caps
 * the team: under priority routing the specialists run busier than the
 * centre, so a cap per group would staff them as separate teams).
 */
function missing(e: Evaluation, queues: readonly SkillQueue[], d: IntervalDemand, skills: readonly number[][], agents: readonly number[], cap: number) {
  const shortfall: { q: number; by: number }[] = [];
  queues.forEach((queue, q) => {
    if (!(d.calls[q] > 0)) return;
    const served = skills.some((list, g) => agents[g] > 0 && list.includes(q));
    const sl = e.serviceLevel[q];
    if (!served) shortfall.push({ q, by: queue.slTarget });
    else if (sl !== null && sl.mean < queue.slTarget) shortfall.push({ q, by: queue.slTarget - sl.mean });
  });
  shortfall.sort((a, b) => b.by - a.by || a.q - b.q);
  return { queues: shortfall.map((s) => s.q), overOccupied: e.centreOccupancy !== null && e.centreOccupancy > cap };
}

/** One interval in steady state as a model: `batches` equal batches of `batchMinutes`, each at the same calls per batch, AHTs and agents. */
function intervalModel(queues: readonly SkillQueue[], groups: readonly SkillGroup[], callsPerBatch: readonly number[], aht: readonly number[], agents: readonly number[], batchMinutes: number, batches: number, patienceSeconds: number | undefined): CentreModel {
  return {
    intervalMinutes: batchMinutes,
    queues: queues.map((q, k) => ({
      name: q.name,
      callsPerInterval: Array<number>(batches).fill(callsPerBatch[k]),
      // a queue without calls in the interval needs no AHT: any positive figure does
      ahtSeconds: aht[k] > 0 ? aht[k] : 1,
      patienceSeconds,
      targetSeconds: q.targetSeconds,
    })),
    groups: groups.map((g, k) => ({ name: g.name, skills: g.queues, selection: g.selection, agentsPerInterval: Array<number>(batches).fill(agents[k]) })),
  };
}

/** One evaluation: the interval simulated in steady state with these agents on the seed's streams of `replication`, its SL per queue (batch means) and occupancy per group. */
function simulateInterval(
  queues: readonly SkillQueue[],
  groups: readonly SkillGroup[],
  d: IntervalDemand,
  agents: readonly number[],
  intervalMinutes: number,
  callsPerEvaluation: number,
  patienceSeconds: number | undefined,
  seed: number,
  replication: number,
): Evaluation {
  const callsPerMinute = d.calls.reduce((s, c) => s + (c > 0 ? c : 0), 0) / intervalMinutes;
  const spanMinutes = Math.min(callsPerEvaluation / callsPerMinute, SKILL_MAX_SPAN_MINUTES);
  const batchMinutes = spanMinutes / SKILL_BATCHES;
  const longestAht = Math.max(...d.aht.filter((_, q) => d.calls[q] > 0));
  const warmupBatches = Math.ceil((SKILL_WARMUP_HANDLE_TIMES * longestAht) / 60 / batchMinutes);
  const I = warmupBatches + SKILL_BATCHES;
  const callsPerBatch = d.calls.map((c) => (c > 0 ? (c * batchMinutes) / intervalMinutes : 0));
  const compiled = compileModel(intervalModel(queues, groups, callsPerBatch, d.aht, agents, batchMinutes, I, patienceSeconds));
  // the model was checked on the probe: only the figures differ
  if (!compiled.ok) throw new Error(compiled.message);
  const c = new Replicator(compiled.value).run(new ReplicationStreams(seed, replication, queues.length), warmupBatches * batchMinutes * 60);
  const acc = new Accumulators(queues.length);
  const busy = new Float64Array(groups.length);
  const logged = new Float64Array(groups.length);
  queues.forEach((_, q) => {
    for (let b = warmupBatches; b < I; b += 1) {
      const offered = c.offered[q * I + b];
      if (offered > 0) acc.add(q, c.answeredWithin[q * I + b] / offered);
    }
  });
  groups.forEach((_, g) => {
    for (let b = warmupBatches; b < I; b += 1) {
      busy[g] += c.busySeconds[g * I + b];
      logged[g] += c.loggedSeconds[g * I + b];
    }
  });
  const serviceLevel = queues.map((_, q) => (d.calls[q] > 0 ? acc.estimate(q) : null));
  const occupancy = groups.map((_, g) => (logged[g] > 0 ? busy[g] / logged[g] : null));
  const centreLogged = logged.reduce((a, b) => a + b, 0);
  return { serviceLevel, occupancy, centreOccupancy: centreLogged > 0 ? busy.reduce((a, b) => a + b, 0) / centreLogged : null };
}

/** A queue's SL over the horizon from its intervals' simulated SLs, weighted by calls. */
function horizonServiceLevel(q: SkillQueue, intervals: readonly (Estimate | null)[]): HorizonServiceLevel | null {
  let weight = 0;
  let sum = 0;
  let variance = 0;
  intervals.forEach((e, i) => {
    if (e === null) return;
    const w = q.calls[i];
    weight += w;
    sum += w * e.mean;
    variance += (w * (e.halfWidth ?? 1)) ** 2;
  });
  if (weight <= 0) return null;
  const mean = sum / weight;
  const halfWidth = Math.sqrt(variance) / weight;
  return { mean, halfWidth, ci95: [mean - halfWidth, mean + halfWidth] };
}
