/**
 * The centre the simulator runs, as plain data (what a plan, a test or the
 * wizard's Worker passes), and its check. Units: calls per interval, seconds
 * for handle times, patience and targets, minutes for the interval length.
 */
import { type Result, invalid, success } from '../result';

/** How handle times are drawn around a queue's AHT. */
export type HandleTimeDistribution =
  /** exponential with mean AHT (the Erlang C and A assumption; the default) */
  | { kind: 'exponential' }
  /** lognormal with mean AHT and coefficient of variation `cv` (standard deviation ÷ mean, > 0) */
  | { kind: 'lognormal'; cv: number };

/** One queue (a call type or a channel served one call at a time). */
export interface SimulationQueue {
  /** unique name; groups name their skills with it */
  name: string;
  /** calls offered in each interval (≥ 0; Poisson arrivals at that constant rate within the interval) */
  callsPerInterval: readonly number[];
  /** average handle time, seconds (> 0): one figure, or one per interval (taken at the call's arrival interval) */
  ahtSeconds: number | readonly number[];
  /** mean caller patience, seconds (> 0; patience is exponential); omitted or Infinity: nobody abandons */
  patienceSeconds?: number;
  /** answer-time target of the service level, seconds (≥ 0) */
  targetSeconds: number;
  /** handle-time distribution (default exponential) */
  handleTime?: HandleTimeDistribution;
}

/** One agent group: agents with the same skills and routing. */
export interface SimulationGroup {
  /** unique name */
  name: string;
  /** the queues the group serves, by name, highest priority first */
  skills: readonly string[];
  /**
   * How a free agent picks a call: `"priority"` (default) takes the longest-waiting
   * call of its first skill that has one waiting; `"longestWaiting"` takes the
   * longest-waiting call over all its skills (one pooled first-come-first-served line).
   */
  selection?: 'priority' | 'longestWaiting';
  /** agents on the phones in each interval (whole, ≥ 0) — after shrinkage unless `absence` is given */
  agentsPerInterval: readonly number[];
  /**
   * Share of the scheduled agents absent (0 ≤ absence < 1, default 0): each
   * replication draws each interval's agents on the phones as
   * Binomial(agentsPerInterval, 1 − absence).
   */
  absence?: number;
}

/**
 * A contact centre over consecutive intervals. Interval `i` covers
 * [i·intervalMinutes, (i+1)·intervalMinutes) minutes from the start; every
 * queue and group gives one figure per interval.
 */
export interface CentreModel {
  /** interval length, minutes (> 0) */
  intervalMinutes: number;
  queues: readonly SimulationQueue[];
  groups: readonly SimulationGroup[];
}

/** The model as flat typed arrays, checked (what the event loop reads). */
export interface CompiledModel {
  intervals: number;
  intervalSeconds: number;
  queueCount: number;
  groupCount: number;
  /** arrival rate, calls per second, [q·intervals + i] */
  rate: Float64Array;
  /** AHT, seconds, [q·intervals + i] */
  aht: Float64Array;
  /** mean patience per queue, seconds (Infinity: none) */
  patience: Float64Array;
  /** SL target per queue, seconds */
  target: Float64Array;
  /** lognormal σ per queue (0: exponential handle times) */
  logSigma: Float64Array;
  /** agents per group per interval, [g·intervals + i] */
  agents: Int32Array;
  /** absence share per group */
  absence: Float64Array;
  /** 1: the group takes the longest-waiting call over its skills */
  longestWaiting: Uint8Array;
  /** the groups' skills (queue indices, priority order): skills[skillStart[g] … skillStart[g+1]) */
  skills: Int32Array;
  skillStart: Int32Array;
  /** per queue, the groups that may answer an arriving call, in the order tried: servers[serverStart[q] … serverStart[q+1]) */
  servers: Int32Array;
  serverStart: Int32Array;
}

const isWhole = (x: number): boolean => Number.isInteger(x) && x >= 0;

/**
 * Checks a model and flattens it. An arriving call that finds several groups
 * with a free agent goes to the group that ranks its queue highest (the
 * specialists first), ties to the group listed first.
 * @param volumeFactor multiplies every queue's calls (1: as given)
 */
export function compileModel(model: CentreModel, volumeFactor = 1): Result<CompiledModel> {
  const { intervalMinutes, queues, groups } = model;
  if (!(Number.isFinite(intervalMinutes) && intervalMinutes > 0)) return invalid(`intervalMinutes must be greater than 0 (got ${intervalMinutes})`);
  if (!(Number.isFinite(volumeFactor) && volumeFactor >= 0)) return invalid(`volumeFactor must be 0 or more (got ${volumeFactor})`);
  if (queues.length === 0) return invalid('the centre has no queue');
  if (groups.length === 0) return invalid('the centre has no agent group');
  const intervals = queues[0].callsPerInterval.length;
  if (intervals === 0) return invalid(`queue ${queues[0].name}: callsPerInterval is empty`);
  const Q = queues.length;
  const G = groups.length;
  const index = new Map<string, number>();
  const rate = new Float64Array(Q * intervals);
  const aht = new Float64Array(Q * intervals);
  const patience = new Float64Array(Q);
  const target = new Float64Array(Q);
  const logSigma = new Float64Array(Q);
  const intervalSeconds = intervalMinutes * 60;
  for (let q = 0; q < Q; q += 1) {
    const queue = queues[q];
    const at = `queue ${queue.name}`;
    if (typeof queue.name !== 'string' || queue.name === '') return invalid(`queue ${q + 1} has no name`);
    if (index.has(queue.name)) return invalid(`${at} is named twice`);
    index.set(queue.name, q);
    if (queue.callsPerInterval.length !== intervals) {
      return invalid(`${at}: callsPerInterval has ${queue.callsPerInterval.length} intervals, the centre ${intervals}`);
    }
    const ahts = typeof queue.ahtSeconds === 'number' ? undefined : queue.ahtSeconds;
    if (ahts !== undefined && ahts.length !== intervals) return invalid(`${at}: ahtSeconds has ${ahts.length} intervals, the centre ${intervals}`);
    for (let i = 0; i < intervals; i += 1) {
      const calls = queue.callsPerInterval[i];
      if (!(Number.isFinite(calls) && calls >= 0)) return invalid(`${at}: calls in interval ${i + 1} must be 0 or more (got ${calls})`);
      const h = ahts === undefined ? (queue.ahtSeconds as number) : ahts[i];
      if (!(Number.isFinite(h) && h > 0)) return invalid(`${at}: aht in interval ${i + 1} must be greater than 0 seconds (got ${h})`);
      rate[q * intervals + i] = (calls * volumeFactor) / intervalSeconds;
      aht[q * intervals + i] = h;
    }
    const p = queue.patienceSeconds ?? Infinity;
    if (!(p > 0)) return invalid(`${at}: patience must be greater than 0 seconds (got ${p})`);
    patience[q] = p;
    if (!(Number.isFinite(queue.targetSeconds) && queue.targetSeconds >= 0)) {
      return invalid(`${at}: target must be 0 seconds or more (got ${queue.targetSeconds})`);
    }
    target[q] = queue.targetSeconds;
    const ht = queue.handleTime ?? { kind: 'exponential' };
    if (ht.kind === 'lognormal') {
      if (!(Number.isFinite(ht.cv) && ht.cv > 0)) return invalid(`${at}: the lognormal cv must be greater than 0 (got ${ht.cv})`);
      logSigma[q] = Math.sqrt(Math.log1p(ht.cv * ht.cv));
    } else if (ht.kind !== 'exponential') {
      return invalid(`${at}: unknown handle-time distribution ${(ht as { kind: string }).kind}`);
    }
  }

  const agents = new Int32Array(G * intervals);
  const absence = new Float64Array(G);
  const longestWaiting = new Uint8Array(G);
  const skillStart = new Int32Array(G + 1);
  const skillList: number[] = [];
  const groupNames = new Set<string>();
  for (let g = 0; g < G; g += 1) {
    const group = groups[g];
    const at = `group ${group.name}`;
    if (typeof group.name !== 'string' || group.name === '') return invalid(`group ${g + 1} has no name`);
    if (groupNames.has(group.name)) return invalid(`${at} is named twice`);
    groupNames.add(group.name);
    if (group.skills.length === 0) return invalid(`${at} has no skill`);
    const seen = new Set<number>();
    skillStart[g] = skillList.length;
    for (const skill of group.skills) {
      const q = index.get(skill);
      if (q === undefined) return invalid(`${at}: skill ${skill} names no queue (queues: ${queues.map((x) => x.name).join(', ')})`);
      if (seen.has(q)) return invalid(`${at}: skill ${skill} is listed twice`);
      seen.add(q);
      skillList.push(q);
    }
    if (group.agentsPerInterval.length !== intervals) {
      return invalid(`${at}: agentsPerInterval has ${group.agentsPerInterval.length} intervals, the centre ${intervals}`);
    }
    for (let i = 0; i < intervals; i += 1) {
      const n = group.agentsPerInterval[i];
      if (!isWhole(n)) return invalid(`${at}: agents in interval ${i + 1} must be a whole number, 0 or more (got ${n})`);
      agents[g * intervals + i] = n;
    }
    const a = group.absence ?? 0;
    if (!(a >= 0 && a < 1)) return invalid(`${at}: absence must be at least 0 and below 1 (got ${a})`);
    absence[g] = a;
    const selection = group.selection ?? 'priority';
    if (selection !== 'priority' && selection !== 'longestWaiting') return invalid(`${at}: unknown selection ${selection as string}`);
    longestWaiting[g] = selection === 'longestWaiting' ? 1 : 0;
  }
  skillStart[G] = skillList.length;
  const skills = Int32Array.from(skillList);

  // Arriving calls try the groups that rank their queue highest first, then by listing order.
  const serverStart = new Int32Array(Q + 1);
  const serverList: number[] = [];
  for (let q = 0; q < Q; q += 1) {
    serverStart[q] = serverList.length;
    const ranked: { g: number; rank: number }[] = [];
    for (let g = 0; g < G; g += 1) {
      for (let k = skillStart[g]; k < skillStart[g + 1]; k += 1) if (skills[k] === q) ranked.push({ g, rank: k - skillStart[g] });
    }
    if (ranked.length === 0) return invalid(`queue ${queues[q].name} is served by no group (name it in a group's skills)`);
    ranked.sort((x, y) => x.rank - y.rank || x.g - y.g);
    for (const r of ranked) serverList.push(r.g);
  }
  serverStart[Q] = serverList.length;

  return success({
    intervals, intervalSeconds, queueCount: Q, groupCount: G, rate, aht, patience, target, logSigma,
    agents, absence, longestWaiting, skills, skillStart, servers: Int32Array.from(serverList), serverStart,
  });
}
