/**
 * simulateCentre: the centre run as a discrete-event simulation over
 * independent replications, its figures with 95% confidence intervals.
 * Pure TypeScript (no Node or DOM import): it runs in Node and in a Web Worker.
 */
import { type Result, invalid, success } from '../result';
import { type CentreModel, compileModel } from './model';
import { Replicator } from './replication';
import { ReplicationStreams } from './streams';
import { Accumulators, type Estimate } from './statistics';

/** How to run the simulation. */
export interface SimulationOptions {
  /** independent replications (whole, ≥ 2): each runs the whole horizon with its own random stream */
  replications: number;
  /** seed of the random streams (an integer): the same seed gives the same figures */
  seed: number;
  /**
   * minutes from the start whose calls and agent time are left out of the
   * figures (default 0: a day that opens with empty lines needs none; a
   * steady-state check discards the empty start). Must be shorter than the horizon.
   */
  warmupMinutes?: number;
  /** multiplies every queue's calls (default 1; 1.1 is the +10% volume risk) */
  volumeFactor?: number;
}

/** One queue's (or the centre's) figures; each is the mean of the replications' figures with its 95% interval. */
export interface QueueFigures {
  /** calls offered (per replication) */
  offered: Estimate | null;
  /** answered within the target ÷ offered, abandons counting as misses (the Erlang A definition) */
  serviceLevel: Estimate | null;
  /** mean wait of answered calls, seconds */
  asaSeconds: Estimate | null;
  /** abandoned ÷ offered */
  abandonRate: Estimate | null;
  /** left waiting at the end with no agent and no patience ÷ offered */
  unansweredRate: Estimate | null;
}

export interface SimulatedQueue extends QueueFigures {
  name: string;
  /** the same figures per interval, for the calls arriving in it */
  intervals: QueueFigures[];
}

export interface SimulatedGroup {
  name: string;
  /** busy agent-time ÷ logged-in agent-time (agents finishing calls past their shift count as logged in) */
  occupancy: Estimate | null;
  /** per interval; null where the group has no agent */
  intervals: (Estimate | null)[];
}

export interface SimulationResult {
  replications: number;
  seed: number;
  warmupMinutes: number;
  intervalMinutes: number;
  /** all queues together */
  centre: QueueFigures;
  queues: SimulatedQueue[];
  groups: SimulatedGroup[];
}

// The figures folded per replication, in accumulator slots: QUEUE_FIGURES per (queue, interval).
const FIGURES = 5;
const OFFERED = 0;
const SL = 1;
const ASA = 2;
const ABANDON = 3;
const UNANSWERED = 4;

/**
 * Simulates the centre: `replications` independent runs of its whole
 * horizon (every interval of the model), each seeded from (seed, replication
 * number), and reports per queue and per interval SL, ASA, abandonment and
 * unanswered share, per group occupancy, with 95% confidence intervals
 * (Student t over the replication figures; statistics.ts).
 *
 * @example simulateCentre({ intervalMinutes: 30,
 *   queues: [{ name: 'billing', callsPerInterval: [100, 100], ahtSeconds: 180, targetSeconds: 20 }],
 *   groups: [{ name: 'team', skills: ['billing'], agentsPerInterval: [14, 14] }] },
 *   { replications: 20, seed: 1 }) //=> success({ queues: [{ serviceLevel: { mean: ≈ 0.89, ci95: [...] }, … }] … })
 */
export function simulateCentre(model: CentreModel, options: SimulationOptions): Result<SimulationResult> {
  const { replications, seed } = options;
  const warmupMinutes = options.warmupMinutes ?? 0;
  if (!(Number.isInteger(replications) && replications >= 2)) return invalid(`replications must be a whole number, 2 or more (got ${replications})`);
  if (!Number.isInteger(seed)) return invalid(`seed must be an integer (got ${seed})`);
  const compiled = compileModel(model, options.volumeFactor ?? 1);
  if (!compiled.ok) return compiled;
  const m = compiled.value;
  const horizonMinutes = m.intervals * model.intervalMinutes;
  if (!(warmupMinutes >= 0 && warmupMinutes < horizonMinutes)) {
    return invalid(`warmupMinutes must be at least 0 and shorter than the ${horizonMinutes} minutes simulated (got ${warmupMinutes})`);
  }
  const Q = m.queueCount;
  const G = m.groupCount;
  const I = m.intervals;
  // Slots: per (queue, interval), then per queue total, then the centre total.
  const queueSlot = (q: number, i: number) => (q * I + i) * FIGURES;
  const totalSlot = (q: number) => (Q * I + q) * FIGURES;
  const centreSlot = (Q * I + Q) * FIGURES;
  const acc = new Accumulators(centreSlot + FIGURES);
  const occ = new Accumulators(G * I + G);
  const replicator = new Replicator(m);
  const fold = (slot: number, offered: number, within: number, answered: number, wait: number, abandoned: number, unanswered: number) => {
    acc.add(slot + OFFERED, offered);
    if (offered > 0) {
      acc.add(slot + SL, within / offered);
      acc.add(slot + ABANDON, abandoned / offered);
      acc.add(slot + UNANSWERED, unanswered / offered);
    }
    if (answered > 0) acc.add(slot + ASA, wait / answered);
  };

  for (let r = 0; r < replications; r += 1) {
    const c = replicator.run(new ReplicationStreams(seed, r, Q), warmupMinutes * 60);
    let cOff = 0, cWithin = 0, cAns = 0, cWait = 0, cAb = 0, cUn = 0;
    for (let q = 0; q < Q; q += 1) {
      let off = 0, within = 0, ans = 0, wait = 0, ab = 0, un = 0;
      for (let i = 0; i < I; i += 1) {
        const k = q * I + i;
        // intervals wholly inside the warm-up have no figures
        if ((i + 1) * model.intervalMinutes > warmupMinutes) {
          fold(queueSlot(q, i), c.offered[k], c.answeredWithin[k], c.answered[k], c.waitSeconds[k], c.abandoned[k], c.unanswered[k]);
        }
        off += c.offered[k]; within += c.answeredWithin[k]; ans += c.answered[k];
        wait += c.waitSeconds[k]; ab += c.abandoned[k]; un += c.unanswered[k];
      }
      fold(totalSlot(q), off, within, ans, wait, ab, un);
      cOff += off; cWithin += within; cAns += ans; cWait += wait; cAb += ab; cUn += un;
    }
    fold(centreSlot, cOff, cWithin, cAns, cWait, cAb, cUn);
    for (let g = 0; g < G; g += 1) {
      let busy = 0, logged = 0;
      for (let i = 0; i < I; i += 1) {
        const k = g * I + i;
        if (c.loggedSeconds[k] > 0) occ.add(k, c.busySeconds[k] / c.loggedSeconds[k]);
        busy += c.busySeconds[k];
        logged += c.loggedSeconds[k];
      }
      if (logged > 0) occ.add(G * I + g, busy / logged);
    }
  }

  const figures = (slot: number): QueueFigures => ({
    offered: acc.estimate(slot + OFFERED),
    serviceLevel: acc.estimate(slot + SL),
    asaSeconds: acc.estimate(slot + ASA),
    abandonRate: acc.estimate(slot + ABANDON),
    unansweredRate: acc.estimate(slot + UNANSWERED),
  });
  return success({
    replications,
    seed,
    warmupMinutes,
    intervalMinutes: model.intervalMinutes,
    centre: figures(centreSlot),
    queues: model.queues.map((queue, q) => ({
      name: queue.name,
      ...figures(totalSlot(q)),
      intervals: Array.from({ length: I }, (_, i) => figures(queueSlot(q, i))),
    })),
    groups: model.groups.map((group, g) => ({
      name: group.name,
      occupancy: occ.estimate(G * I + g),
      intervals: Array.from({ length: I }, (_, i) => occ.estimate(g * I + i)),
    })),
  });
}
