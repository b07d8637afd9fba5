/**
 * Deferred work (e-mail, cases) worked in the phones' quiet hours (planning
 * guide, "Several queues, channels and skills": e-mail is answered within a
 * response window of hours, and the backlog carried between intervals and
 * days can be worked when the phones leave agents idle).
 *
 * Model, interval by interval on one grid (the schedule's planning interval):
 * items arriving in an interval join the back of a first-in-first-out backlog
 * and are not answered in the interval they arrive. In each interval the
 * voice roster's idle agents (scheduled beyond the voice requirement) work
 * the backlog from its oldest item; then whatever of the items due in this
 * interval is still left is finished by dedicated e-mail agent-hours. An item
 * arriving in interval t and finished in interval u is counted as
 * (u − t + 1) intervals old (it may have arrived at t's start and been
 * finished at u's end), so the window of R hours allows K = ⌊R ÷ interval⌋
 * intervals and an item is due in interval t + K − 1. Dedicated hours are put
 * as late as the window lets them (only what is due), so the backlog the
 * idle agents can absorb is as large as it can be and the dedicated hours
 * are the fewest that meet the window (checked against an exhaustive search
 * in the tests). The horizon repeats (a week of a rotating roster): the
 * backlog carried into its first interval is the one its last interval
 * leaves, found by running the horizon again until the two agree.
 * Work is fluid: items and agents may be fractions.
 */

/** One interval of the grid, in time order with no gaps. */
export interface DeferredInterval {
  /** items arriving in the interval (≥ 0) */
  items: number;
  /** handle time of those items, seconds (> 0) */
  ahtSeconds: number;
  /** agents on the phones with nothing to do in the interval (≥ 0), who can work the backlog */
  idleAgents: number;
}

export interface DeferredWorkQuestion {
  /** the grid's interval, minutes */
  intervalMinutes: number;
  /** every interval of the horizon, whole days (1440 ÷ intervalMinutes a day) */
  intervals: readonly DeferredInterval[];
  /** each item must be finished within this many hours of its arrival (≥ 2 intervals) */
  responseHours: number;
}

/** What happened in one interval of the repeating horizon. */
export interface DeferredIntervalWork {
  /** idle agents' hours spent on the backlog */
  idleHours: number;
  /** dedicated e-mail agent-hours needed */
  dedicatedHours: number;
  /** items waiting at the interval's end (after its arrivals) */
  backlogItems: number;
  /** age of the oldest item finished in the interval, hours (0 when none is) */
  oldestAgeHours: number;
}

export interface DeferredWorkAnswer {
  /** intervals an item may wait, counted from its arrival interval to its finishing one: ⌊R ÷ interval⌋ */
  windowIntervals: number;
  /** items carried into the horizon's first interval (= left at its last) */
  carriedInItems: number;
  intervals: DeferredIntervalWork[];
  /** horizons run until the carried backlog repeated */
  passes: number;
}

/** A batch of items of one arrival interval still to finish. */
interface Batch {
  /** arrival interval, counted from the start of the current pass (negative: an earlier pass) */
  arrived: number;
  /** work left, agent-seconds */
  work: number;
  ahtSeconds: number;
}

/** Work below this (agent-seconds) counts as none: rounding of the fluid arithmetic. */
const NO_WORK = 1e-9;
/** The horizon is run at most this many times to find its repeating backlog. */
const MAX_PASSES = 200;

const backlogItems = (backlog: readonly Batch[]) => backlog.reduce((s, b) => s + b.work / b.ahtSeconds, 0);

/** Whether two backlogs hold the same batches, to a millionth of an agent-second. */
function sameBacklog(a: readonly Batch[], b: readonly Batch[]): boolean {
  return a.length === b.length && a.every((x, i) => x.arrived === b[i].arrived && Math.abs(x.work - b[i].work) <= 1e-6 * Math.max(1, x.work));
}

/** One run of the horizon from a carried-in backlog (arrived relative to this run's start). */
function runHorizon(q: DeferredWorkQuestion, windowIntervals: number, carriedIn: readonly Batch[]) {
  const seconds = q.intervalMinutes * 60;
  const hours = q.intervalMinutes / 60;
  const backlog: Batch[] = carriedIn.map((b) => ({ ...b }));
  const intervals: DeferredIntervalWork[] = [];
  q.intervals.forEach((interval, t) => {
    let idle = interval.idleAgents * seconds;
    let idleUsed = 0;
    let dedicated = 0;
    let oldest = 0;
    const finished = (b: Batch) => {
      oldest = Math.max(oldest, (t - b.arrived + 1) * hours);
      backlog.shift();
    };
    // the idle agents take the oldest items first
    while (backlog.length > 0 && idle > NO_WORK) {
      const b = backlog[0];
      const done = Math.min(idle, b.work);
      b.work -= done;
      idle -= done;
      idleUsed += done;
      if (b.work <= NO_WORK) finished(b);
    }
    // what is due now and still left takes dedicated hours
    while (backlog.length > 0 && backlog[0].arrived + windowIntervals - 1 <= t) {
      dedicated += backlog[0].work;
      finished(backlog[0]);
    }
    if (interval.items > 0) backlog.push({ arrived: t, work: interval.items * interval.ahtSeconds, ahtSeconds: interval.ahtSeconds });
    intervals.push({ idleHours: idleUsed / 3600, dedicatedHours: dedicated / 3600, backlogItems: backlogItems(backlog), oldestAgeHours: oldest });
  });
  const n = q.intervals.length;
  return { intervals, closing: backlog.map((b) => ({ ...b, arrived: b.arrived - n })) };
}

/**
 * The repeating horizon's deferred work: per interval the idle hours the
 * backlog absorbs, the dedicated hours it still needs, the backlog and the
 * oldest item finished. Inputs as DeferredWorkQuestion says (the plan step
 * checks the window against the handle time and the interval).
 *
 * @example deferredWork({ intervalMinutes: 60, responseHours: 2, intervals: [{ items: 1, ahtSeconds: 3600, idleAgents: 0 }, { items: 0, ahtSeconds: 3600, idleAgents: 0 }] })
 *   //=> the item arriving in hour 0 takes 1 dedicated hour in hour 1, 2 hours old
 */
export function deferredWork(q: DeferredWorkQuestion): DeferredWorkAnswer {
  const windowIntervals = Math.floor((q.responseHours * 60) / q.intervalMinutes + 1e-9);
  let carriedIn: Batch[] = [];
  for (let pass = 1; ; pass++) {
    const run = runHorizon(q, windowIntervals, carriedIn);
    if (sameBacklog(run.closing, carriedIn) || pass === MAX_PASSES) {
      return { windowIntervals, carriedInItems: backlogItems(carriedIn), intervals: run.intervals, passes: pass };
    }
    carriedIn = run.closing;
  }
}
