/**
 * One replication of the centre: the event loop. Events are call arrivals
 * (one pending per queue), call completions (one per busy agent), interval
 * boundaries and the end of the warm-up, kept in a typed-array heap.
 *
 * Rules (what a planner's ACD does):
 *  - Arrivals are Poisson at each interval's constant rate (drawn afresh from
 *    the boundary when a gap crosses it: the exponential is memoryless).
 *  - A caller's handle time (by its arrival interval's AHT) and patience are
 *    drawn as it arrives, from its queue's stream (ReplicationStreams), so
 *    every staffing run with the same streams meets the same callers.
 *  - An arriving call takes a free agent of the first group that serves its
 *    queue (CompiledModel.servers order); if none is free it waits in its
 *    queue's line, first come first served within the queue.
 *  - A free agent takes a waiting call among its group's skills: by priority
 *    (the longest-waiting call of the first skill that has one) or, for
 *    `longestWaiting` groups, the longest-waiting call over all skills.
 *  - Each waiting caller has an exponential patience; a caller still waiting
 *    when it runs out abandons. Abandons are settled lazily — a call whose
 *    patience ran out is dropped (and counted) when it reaches the head of
 *    its line or at the end — which gives the same outcomes as an event per
 *    caller, since a caller's fate depends only on whether an agent took it
 *    before its deadline.
 *  - At a boundary the group's agents become the new interval's figure; when
 *    it falls, free agents leave at once and busy ones finish their call
 *    first; the lines carry over. After the last interval its agents stay
 *    until every call is answered or abandons (no new arrivals); calls left
 *    waiting with no agent and no patience are counted as unanswered.
 *
 * Statistics are by the interval a call arrives in, for calls arriving at or
 * after the warm-up; agent time counts from the warm-up to the end of the
 * last interval.
 */
import { EventHeap } from './eventHeap';
import type { CompiledModel } from './model';
import type { ReplicationStreams } from './streams';

// Bound once (a global lookup in the hot loop is slow where the global object is a sandbox, as in Jest).
const INFINITY = 1 / 0;
const { exp } = Math;

/** One replication's counts: queues [q·intervals + i] by arrival interval, groups [g·intervals + i]. */
export interface ReplicationCounts {
  offered: Float64Array;
  /** answered with a wait ≤ the queue's target */
  answeredWithin: Float64Array;
  answered: Float64Array;
  abandoned: Float64Array;
  /** still waiting at the end with no agent to take them and no patience to run out */
  unanswered: Float64Array;
  /** sum of the answered calls' waits, seconds */
  waitSeconds: Float64Array;
  /** agent-seconds busy with calls */
  busySeconds: Float64Array;
  /** agent-seconds logged in: the interval's agents, or more while agents past their shift finish calls */
  loggedSeconds: Float64Array;
}

/** Runs replications of one compiled model, reusing its arrays (nothing is allocated per event). */
export class Replicator {
  readonly counts: ReplicationCounts;
  private readonly m: CompiledModel;
  private readonly heap = new EventHeap(1024);
  private readonly busy: Int32Array;
  private readonly staffNow: Int32Array;
  private readonly staff: Int32Array;
  private readonly lastTime: Float64Array;
  // one line per queue: ring buffers of arrival time, patience deadline, arrival interval and handle time
  private lineArrival: Float64Array[] = [];
  private lineDeadline: Float64Array[] = [];
  private lineInterval: Int32Array[] = [];
  private lineHandle: Float64Array[] = [];
  private readonly lineHead: Int32Array;
  private readonly lineCount: Int32Array;
  private readonly horizon: number;
  private warmup = 0;
  private recording = true;
  private current = 0;
  private streams!: ReplicationStreams;

  constructor(model: CompiledModel) {
    this.m = model;
    const cells = model.queueCount * model.intervals;
    const groupCells = model.groupCount * model.intervals;
    this.counts = {
      offered: new Float64Array(cells),
      answeredWithin: new Float64Array(cells),
      answered: new Float64Array(cells),
      abandoned: new Float64Array(cells),
      unanswered: new Float64Array(cells),
      waitSeconds: new Float64Array(cells),
      busySeconds: new Float64Array(groupCells),
      loggedSeconds: new Float64Array(groupCells),
    };
    this.busy = new Int32Array(model.groupCount);
    this.staffNow = new Int32Array(model.groupCount);
    this.staff = new Int32Array(groupCells);
    this.lastTime = new Float64Array(model.groupCount);
    this.lineHead = new Int32Array(model.queueCount);
    this.lineCount = new Int32Array(model.queueCount);
    for (let q = 0; q < model.queueCount; q += 1) {
      this.lineArrival.push(new Float64Array(256));
      this.lineDeadline.push(new Float64Array(256));
      this.lineInterval.push(new Int32Array(256));
      this.lineHandle.push(new Float64Array(256));
    }
    this.horizon = model.intervals * model.intervalSeconds;
  }

  /**
   * Runs one replication with its own random streams (built for this model's
   * queues); the counts are in `this.counts` until the next run.
   * @param warmupSeconds statistics start at this time (0 ≤ warm-up < the horizon)
   */
  run(streams: ReplicationStreams, warmupSeconds: number): ReplicationCounts {
    const m = this.m;
    const G = m.groupCount;
    const Q = m.queueCount;
    const I = m.intervals;
    const c = this.counts;
    for (const a of Object.values(c) as Float64Array[]) a.fill(0);
    if (streams.callers.length !== Q) throw new Error(`the streams are for ${streams.callers.length} queues, the model has ${Q}`);
    this.streams = streams;
    this.warmup = warmupSeconds;
    this.recording = warmupSeconds <= 0;
    this.current = 0;
    this.heap.clear();
    this.busy.fill(0);
    this.lastTime.fill(0);
    this.lineHead.fill(0);
    this.lineCount.fill(0);
    // Agents on the phones this replication: as scheduled, or drawn from the absence share.
    for (let g = 0; g < G; g += 1) {
      const absence = m.absence[g];
      for (let i = 0; i < I; i += 1) {
        const n = m.agents[g * I + i];
        this.staff[g * I + i] = absence > 0 ? streams.absence.binomial(n, 1 - absence) : n;
      }
      this.staffNow[g] = this.staff[g * I];
    }
    const BOUNDARY = G + Q;
    const WARMUP = G + Q + 1;
    for (let q = 0; q < Q; q += 1) this.scheduleArrival(q, 0);
    if (I > 1) this.heap.push(m.intervalSeconds, BOUNDARY);
    if (warmupSeconds > 0) this.heap.push(warmupSeconds, WARMUP);

    const heap = this.heap;
    while (heap.size > 0) {
      const t = heap.peekTime();
      const e = heap.peekEvent();
      heap.pop();
      if (e < G) this.complete(e, t);
      else if (e < BOUNDARY) this.arrive(e - G, t);
      else if (e === BOUNDARY) this.boundary(t);
      else {
        for (let g = 0; g < G; g += 1) this.account(g, t);
        this.recording = true;
      }
    }
    for (let g = 0; g < G; g += 1) this.account(g, this.horizon);
    // Calls still in a line: patience would run out (abandoned) or nobody will ever come (unanswered).
    for (let q = 0; q < Q; q += 1) {
      const arrival = this.lineArrival[q];
      const deadline = this.lineDeadline[q];
      const interval = this.lineInterval[q];
      const mask = arrival.length - 1;
      for (let k = 0; k < this.lineCount[q]; k += 1) {
        const slot = (this.lineHead[q] + k) & mask;
        if (arrival[slot] < warmupSeconds) continue;
        const cell = q * I + interval[slot];
        if (deadline[slot] < INFINITY) c.abandoned[cell] += 1;
        else c.unanswered[cell] += 1;
      }
    }
    return c;
  }

  /** Agent time of group g up to t (before its busy or staffed count changes), into the current interval. */
  private account(g: number, t: number): void {
    const end = t < this.horizon ? t : this.horizon;
    const dt = end - this.lastTime[g];
    if (dt <= 0) return;
    if (this.recording) {
      const cell = g * this.m.intervals + this.current;
      const busy = this.busy[g];
      const staffed = this.staffNow[g];
      this.counts.busySeconds[cell] += busy * dt;
      this.counts.loggedSeconds[cell] += (busy > staffed ? busy : staffed) * dt;
    }
    this.lastTime[g] = end;
  }

  /** The next arrival of queue q after t (none after the last interval). */
  private scheduleArrival(q: number, t: number): void {
    const m = this.m;
    const I = m.intervals;
    let i = this.current;
    let s = t;
    for (;;) {
      const rate = m.rate[q * I + i];
      const end = (i + 1) * m.intervalSeconds;
      if (rate > 0) {
        s += this.streams.callers[q].exponential(1 / rate);
        if (s < end) {
          this.heap.push(s, m.groupCount + q);
          return;
        }
      }
      if (i + 1 >= I) return;
      s = end;
      i += 1;
    }
  }

  private arrive(q: number, t: number): void {
    const m = this.m;
    const interval = this.current;
    const cell = q * m.intervals + interval;
    if (this.recording) this.counts.offered[cell] += 1;
    // the caller's work and patience, drawn now whoever answers it (and whether anyone does)
    const rng = this.streams.callers[q];
    const aht = m.aht[cell];
    const sigma = m.logSigma[q];
    const handle = sigma === 0 ? rng.exponential(aht) : aht * exp(sigma * rng.normal() - 0.5 * sigma * sigma);
    const patience = m.patience[q];
    const deadline = patience < INFINITY ? t + rng.exponential(patience) : INFINITY;
    let answered = false;
    for (let k = m.serverStart[q]; k < m.serverStart[q + 1]; k += 1) {
      const g = m.servers[k];
      if (this.busy[g] < this.staffNow[g]) {
        this.answer(g, q, t, interval, t, handle);
        answered = true;
        break;
      }
    }
    if (!answered) this.enqueue(q, t, deadline, interval, handle);
    this.scheduleArrival(q, t);
  }

  private enqueue(q: number, arrival: number, deadline: number, interval: number, handle: number): void {
    let arrivals = this.lineArrival[q];
    const count = this.lineCount[q];
    if (count === arrivals.length) {
      // double the ring, unrolled from its head
      const head = this.lineHead[q];
      const n = arrivals.length;
      const a2 = new Float64Array(2 * n);
      const d2 = new Float64Array(2 * n);
      const i2 = new Int32Array(2 * n);
      const h2 = new Float64Array(2 * n);
      for (let k = 0; k < n; k += 1) {
        const slot = (head + k) & (n - 1);
        a2[k] = arrivals[slot];
        d2[k] = this.lineDeadline[q][slot];
        i2[k] = this.lineInterval[q][slot];
        h2[k] = this.lineHandle[q][slot];
      }
      this.lineArrival[q] = a2;
      this.lineDeadline[q] = d2;
      this.lineInterval[q] = i2;
      this.lineHandle[q] = h2;
      this.lineHead[q] = 0;
      arrivals = a2;
    }
    const slot = (this.lineHead[q] + count) & (arrivals.length - 1);
    arrivals[slot] = arrival;
    this.lineDeadline[q][slot] = deadline;
    this.lineInterval[q][slot] = interval;
    this.lineHandle[q][slot] = handle;
    this.lineCount[q] = count + 1;
  }

  /** Drops the callers at the head of q's line whose patience ran out by t; true when a live caller waits. */
  private purge(q: number, t: number): boolean {
    const deadline = this.lineDeadline[q];
    const mask = deadline.length - 1;
    let head = this.lineHead[q];
    let count = this.lineCount[q];
    while (count > 0 && deadline[head] <= t) {
      if (this.lineArrival[q][head] >= this.warmup) this.counts.abandoned[q * this.m.intervals + this.lineInterval[q][head]] += 1;
      head = (head + 1) & mask;
      count -= 1;
    }
    this.lineHead[q] = head;
    this.lineCount[q] = count;
    return count > 0;
  }

  /** A free agent of group g takes a waiting call if there is one (true when it did). */
  private take(g: number, t: number): boolean {
    const m = this.m;
    let best = -1;
    let bestArrival = INFINITY;
    const pooled = m.longestWaiting[g] === 1;
    for (let k = m.skillStart[g]; k < m.skillStart[g + 1]; k += 1) {
      const q = m.skills[k];
      if (!this.purge(q, t)) continue;
      const arrival = this.lineArrival[q][this.lineHead[q]];
      if (!pooled) {
        best = q;
        break;
      }
      if (arrival < bestArrival) {
        best = q;
        bestArrival = arrival;
      }
    }
    if (best < 0) return false;
    const head = this.lineHead[best];
    const arrival = this.lineArrival[best][head];
    const interval = this.lineInterval[best][head];
    const handle = this.lineHandle[best][head];
    this.lineHead[best] = (head + 1) & (this.lineArrival[best].length - 1);
    this.lineCount[best] -= 1;
    this.answer(g, best, arrival, interval, t, handle);
    return true;
  }

  /** Group g answers a call of queue q (arrived at `arrival` in `interval`, `handle` seconds of work) at t. */
  private answer(g: number, q: number, arrival: number, interval: number, t: number, handle: number): void {
    const m = this.m;
    this.account(g, t);
    this.busy[g] += 1;
    const cell = q * m.intervals + interval;
    if (arrival >= this.warmup) {
      const wait = t - arrival;
      const c = this.counts;
      c.answered[cell] += 1;
      c.waitSeconds[cell] += wait;
      if (wait <= m.target[q]) c.answeredWithin[cell] += 1;
    }
    this.heap.push(t + handle, g);
  }

  private complete(g: number, t: number): void {
    this.account(g, t);
    this.busy[g] -= 1;
    if (this.busy[g] < this.staffNow[g]) this.take(g, t);
  }

  private boundary(t: number): void {
    const m = this.m;
    const G = m.groupCount;
    for (let g = 0; g < G; g += 1) this.account(g, t);
    this.current += 1;
    const i = this.current;
    for (let g = 0; g < G; g += 1) this.staffNow[g] = this.staff[g * m.intervals + i];
    for (let g = 0; g < G; g += 1) while (this.busy[g] < this.staffNow[g] && this.take(g, t));
    if (i + 1 < m.intervals) this.heap.push((i + 1) * m.intervalSeconds, G + m.queueCount);
  }
}
