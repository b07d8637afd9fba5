import type { Highs, ModelData } from 'highs';
import { note } from '../notes/note';
import { noAnswerNote } from '../notes/noAnswerNote';
import { invalid, noAnswer, success, type Result } from '../result';
import { buildModel, type ScheduleModel } from './buildModel';
import { expandPatterns } from './expandPatterns';
import { greedySchedule } from './greedySchedule';
import { evaluateSchedule } from './scheduleReport';
import type { ScheduleProblem, ScheduleProgress, ScheduleSolution, ScheduleStatus, ShiftPattern, SolveOptions, WorkPatternAgents } from './types';
import { slotRanges, uncoveredIntervals } from './uncoveredIntervals';
import { validateProblem } from './validateProblem';
import { seatShortIntervals, seatSlotsOf, seatsKept } from './seats';
import { contractUncoveredIntervals, unworkableContracts } from './rosterPrechecks';
import { diagnoseInfeasible } from './diagnoseInfeasible';

/** The part of a loaded `highs` runtime the scheduler uses (so tests or a Worker can pass their own). */
export type HighsRuntime = Pick<Highs, 'createModel' | 'constants'>;

const now = (): number => Date.now();

/** A solved schedule plus the expanded patterns its counts refer to. */
export interface ScheduleOutcome {
  readonly solution: ScheduleSolution;
  readonly patterns: readonly ShiftPattern[];
}

/**
 * Optimal shift schedule with HiGHS (branch-and-cut MIP) for the `cover` or
 * `balance` objective; see {@link buildModel} for the model. Pure: the caller
 * loads HiGHS (`await highsLoader()` in Node, or inside a Web Worker) and
 * passes the runtime in.
 *
 * Time limit: HiGHS's `time_limit`. Cancellation: `options.signal.aborted` is
 * read before each phase and at every HiGHS MIP checkpoint (the `mipInterrupt`
 * callback), so an abort stops the search within milliseconds *if the flag can
 * change while the solve runs* — an AbortSignal set from a timer in the same
 * thread cannot (the solve is synchronous); in a Worker use a SharedArrayBuffer
 * flag read through `Atomics.load`, or `worker.terminate()`. On time limit or
 * cancel the best schedule found so far is returned with its gap (the greedy
 * schedule if HiGHS found none).
 *
 * @returns the schedule, `invalid` for bad input, `no-answer` when no template
 *   covers some required interval (the message names the intervals).
 * @example
 *   const highs = await highsLoader();
 *   const r = solveSchedule(highs, problem, { timeLimitSeconds: 10 });
 *   if (r.ok) console.log(r.value.solution.paidHours, r.value.solution.gap);
 */
export function solveSchedule(highs: HighsRuntime, problem: ScheduleProblem, options: SolveOptions = {}): Result<ScheduleOutcome> {
  const t0 = now();
  const seconds = (): number => (now() - t0) / 1000;
  const progress = options.onProgress ?? ((): void => undefined);
  const aborted = (): boolean => options.signal?.aborted === true;
  progress({ phase: 'validate', seconds: 0 });
  const valid = validateProblem(problem);
  if (!valid.ok) return valid;
  const timeLimit = options.timeLimitSeconds ?? 10;
  if (!Number.isFinite(timeLimit) || timeLimit <= 0) return invalid(`time limit must be a number of seconds > 0 (got ${timeLimit})`);
  const gapTarget = options.relativeGap ?? 0.005;
  if (!Number.isFinite(gapTarget) || gapTarget < 0) return invalid(`relative gap must be ≥ 0 (got ${gapTarget})`);

  const patterns = expandPatterns(problem);
  if (problem.objective === 'cover') {
    const missing = uncoveredIntervals(problem, patterns);
    if (missing.length > 0) {
      return noAnswerNote(note('schedule.uncovered', slotRanges(problem, missing)));
    }
    const short = seatShortIntervals(problem, patterns);
    if (short.length > 0) return noAnswerNote(note('schedule.seatsShort', { seats: problem.seats?.count ?? 0, ...slotRanges(problem, short) }));
    const noContract = contractUncoveredIntervals(problem, patterns);
    if (noContract.length > 0) return noAnswerNote(note('schedule.contractsUncovered', slotRanges(problem, noContract)));
  }
  const [unworkable] = unworkableContracts(problem, patterns);
  if (unworkable) {
    const { name: contract, weeklyHours: h, days } = unworkable;
    return noAnswerNote(note('schedule.contractUnworkable', { contract, minHours: h.min, maxHours: h.max, minDays: days.min, maxDays: days.max }));
  }
  const finish = (counts: number[], status: ScheduleStatus, bound: number, work?: ScheduleSolution['workPatterns']): Result<ScheduleOutcome> => {
    progress({ phase: 'report', seconds: seconds() });
    const ev = evaluateSchedule(problem, patterns, counts);
    const lowerBound = Math.min(bound, ev.objectiveValue);
    const gap = ev.objectiveValue > 1e-9 ? Math.max(0, (ev.objectiveValue - lowerBound) / ev.objectiveValue) : 0;
    return success({
      patterns,
      solution: {
        status,
        objective: problem.objective,
        assignments: ev.assignments,
        coverage: ev.coverage,
        paidHours: ev.paidHours,
        cost: ev.cost,
        objectiveValue: ev.objectiveValue,
        lowerBound,
        gap,
        efficiency: ev.efficiency,
        solveSeconds: seconds(),
        counts,
        workPatterns: work,
      },
    });
  };

  // Parts of the week that no shift, cap or roster links are solved as separate, smaller MIPs.
  const groups = independentGroups(problem, patterns);
  const counts = new Array<number>(patterns.length).fill(0);
  let bound = 0;
  let status: ScheduleStatus = 'optimal';
  let work: ScheduleSolution['workPatterns'] = problem.roster ? [] : undefined;
  const totalSlots = problem.days.length;
  let doneDays = 0;
  for (const { days, slots } of groups) {
    const members = patterns.map((_, j) => j).filter((j) => days.has(patterns[j].day));
    const sub = members.map((j) => patterns[j]);
    const share = days.size / Math.max(1, totalSlots - doneDays);
    const budget = Math.max(0.05, (timeLimit - seconds()) * share);
    doneDays += days.size;
    const stopped = status === 'cancelled' || aborted();
    const r = solveGroup(highs, problem, sub, slots, {
      timeLimit: budget,
      gapTarget,
      aborted: () => stopped || aborted(),
      progress: (x) => progress({ ...x, seconds: seconds() }),
    });
    if (!r.ok) return r;
    r.value.counts.forEach((n, k) => (counts[members[k]] = n));
    bound += r.value.bound;
    if (r.value.status === 'cancelled') status = 'cancelled';
    else if (r.value.status === 'time-limit' && status === 'optimal') status = 'time-limit';
    if (r.value.work) work = r.value.work;
  }
  return finish(counts, status, bound, work);
}

/** A part of the problem that can be solved on its own: start days of its patterns, and its coverage rows. */
interface Group {
  readonly days: Set<number>;
  readonly slots: Set<number>;
}

/**
 * Splits the problem into independent MIPs: two start days belong together
 * when shifts from both touch the same coverage row (an interval with a
 * requirement under `cover`; any staffed or required interval under
 * `balance`), or when a horizon-wide cap or roster rules tie every day.
 * A shift running past midnight into hours nobody needs links nothing.
 */
function independentGroups(problem: ScheduleProblem, patterns: readonly ShiftPattern[]): Group[] {
  const perDay = problem.required[0].length;
  const total = perDay * problem.days.length;
  const touchedBy: number[][] = Array.from({ length: total }, () => []);
  for (const pat of patterns) for (const c of pat.cover) touchedBy[c.slot].push(pat.day);
  const isRow = (g: number): boolean => {
    const r = problem.required[Math.floor(g / perDay)][g % perDay];
    return problem.objective === 'balance' ? r > 0 || touchedBy[g].length > 0 : r > 0;
  };
  const parent = problem.days.map((_, d) => d);
  const find = (d: number): number => (parent[d] === d ? d : (parent[d] = find(parent[d])));
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  };
  const global = problem.roster !== undefined || problem.balance?.maxPaidHours !== undefined;
  for (let d = 1; global && d < problem.days.length; d++) union(0, d);
  for (let g = 0; g < total; g++) if (isRow(g)) for (const d of touchedBy[g]) union(touchedBy[g][0], d);
  if (problem.seats) {
    // A seat row links every shift whose agent is in the room in that slot.
    const inRoom: number[][] = Array.from({ length: total }, () => []);
    for (const pat of patterns) for (const g of seatSlotsOf(problem, pat)) inRoom[g].push(pat.day);
    for (const days of inRoom) for (const d of days) union(days[0], d);
  }
  const groups = new Map<number, Group>();
  const groupOf = (d: number): Group => {
    const root = find(d);
    let grp = groups.get(root);
    if (!grp) {
      grp = { days: new Set(), slots: new Set() };
      groups.set(root, grp);
    }
    return grp;
  };
  for (let d = 0; d < problem.days.length; d++) groupOf(d).days.add(d);
  for (let g = 0; g < total; g++) {
    if (isRow(g)) groupOf(touchedBy[g].length > 0 ? touchedBy[g][0] : Math.floor(g / perDay)).slots.add(g);
  }
  return [...groups.values()];
}

interface GroupSettings {
  readonly timeLimit: number;
  readonly gapTarget: number;
  readonly aborted: () => boolean;
  readonly progress: (p: Omit<ScheduleProgress, 'seconds'>) => void;
}

interface GroupResult {
  readonly counts: number[];
  readonly bound: number;
  readonly status: ScheduleStatus;
  readonly work?: ScheduleSolution['workPatterns'];
}

/**
 * One MIP over a group of days: greedy, LP relaxation rounded down and
 * completed greedily (the better is the MIP start), then HiGHS branch-and-cut
 * within the time limit, interruptible at every MIP checkpoint.
 */
function solveGroup(
  highs: HighsRuntime,
  problem: ScheduleProblem,
  patterns: readonly ShiftPattern[],
  slots: ReadonlySet<number>,
  settings: GroupSettings,
): Result<GroupResult> {
  const t0 = now();
  const left = (): number => Math.max(0.01, settings.timeLimit - (now() - t0) / 1000);
  // The greedy schedule ignores seats: a start or fallback only when it keeps them.
  const kept = (counts: number[] | null): number[] | null => (counts && seatsKept(problem, patterns, counts) ? counts : null);
  const greedy = problem.roster ? null : kept(greedySchedule(problem, patterns));
  let fallback = greedy;
  const built = buildModel(problem, patterns, slots);
  if (built.data.numRows === 0) {
    return success({ counts: new Array<number>(patterns.length).fill(0), bound: 0, status: 'optimal', work: problem.roster ? [] : undefined });
  }
  if (settings.aborted()) {
    if (greedy) return success({ counts: greedy, bound: 0, status: 'cancelled' });
    return noAnswer('the schedule was cancelled before a solution was found');
  }
  let lpBound = -Infinity;
  let start: number[] | null = null;
  if (!problem.roster) {
    settings.progress({ phase: 'lp' });
    const lp = solveRelaxation(highs, built.data);
    start = greedy;
    if (lp) {
      lpBound = lp.objective;
      const rounded = kept(greedySchedule(problem, patterns, patterns.map((_, j) => Math.floor(lp.x[j] + 1e-7))));
      const value = (c: number[] | null): number => (c ? evaluateSchedule(problem, patterns, c).objectiveValue : Infinity);
      if (rounded && value(rounded) <= value(start)) start = rounded;
    } else if (lpInfeasible(highs, built.data)) {
      return infeasibleNote(highs, problem);
    }
    fallback = start;
  }
  if (settings.aborted()) {
    if (fallback) return success({ counts: fallback, bound: Math.max(lpBound, 0), status: 'cancelled' });
    return noAnswer('the schedule was cancelled before a solution was found');
  }
  const model = highs.createModel(built.data);
  try {
    model.options.set({ output_flag: false, time_limit: left(), mip_rel_gap: settings.gapTarget, random_seed: 1 });
    if (start) model.setSolution({ colValue: fullStart(problem, patterns, built, start) });
    const cb = highs.constants.callbackType;
    let cancelled = false;
    settings.progress({ phase: 'mip' });
    model.run({
      [cb.mipInterrupt]: (event) => {
        if (settings.aborted()) {
          cancelled = true;
          event.interrupt();
        }
        return undefined;
      },
      [cb.mipImprovingSolution]: (event) => {
        settings.progress({
          phase: 'mip',
          objective: event.data.objective_function_value,
          bound: event.data.mip_dual_bound,
          gap: event.data.mip_gap,
        });
        return undefined;
      },
    });
    const st = highs.constants.modelStatus;
    const status = model.getModelStatus();
    if (status === st.infeasible) return infeasibleNote(highs, problem);
    const primal = Number(model.info.get('primal_solution_status'));
    const dualBound = Number(model.info.get('mip_dual_bound'));
    const bound = Math.max(Number.isFinite(dualBound) ? dualBound : 0, lpBound);
    const label: ScheduleStatus =
      cancelled || status === st.interrupted ? 'cancelled' : status === st.optimal ? 'optimal' : 'time-limit';
    if (primal !== highs.constants.solutionStatus.feasible) {
      if (fallback) return success({ counts: fallback, bound: Math.max(bound, 0), status: label });
      return noAnswerNote(note('schedule.noSolutionInTime', { status: Number(status) }));
    }
    const x = model.getSolution().colValue;
    const counts = patterns.map((_, j) => Math.max(0, Math.round(x[j])));
    const work = problem.roster ? workPatternAgents(built, x) : undefined;
    return success({ counts, bound, status: label, work });
  } finally {
    model.dispose();
  }
}

/** Agents per days-off pattern in a MIP solution, with their shift classes per day when the model has them. */
function workPatternAgents(built: ScheduleModel, x: ArrayLike<number>): WorkPatternAgents[] {
  const count = (col: number): number => Math.max(0, Math.round(x[col]));
  const shiftsOf = built.types.map((): NonNullable<WorkPatternAgents['shifts']>[number][] => []);
  built.classColumns.forEach((c, i) => {
    const n = count(built.classStart + i);
    const s = c.shiftClass;
    if (n > 0) shiftsOf[c.work].push({ day: s.day, start: s.start, minutes: s.end - s.start, paidHours: s.paidHours, agents: n });
  });
  return built.types
    .map((t, k): WorkPatternAgents => ({ contract: t.contract, workDays: t.workDays, agents: count(built.workStart + k), shifts: shiftsOf[k] }))
    .filter((w) => w.agents > 0);
}

/** Whether the LP relaxation is proven infeasible. */
function lpInfeasible(highs: HighsRuntime, data: ModelData): boolean {
  const lp = highs.createModel({ ...data, integrality: undefined });
  try {
    lp.options.set({ output_flag: false, time_limit: 5 });
    lp.run();
    return lp.getModelStatus() === highs.constants.modelStatus.infeasible;
  } finally {
    lp.dispose();
  }
}

/** The note for an infeasible problem: the rule that makes it so when one alone does, else the generic one. */
function infeasibleNote(highs: HighsRuntime, problem: ScheduleProblem): Result<never> {
  const rule = diagnoseInfeasible(highs, problem);
  if (rule) return noAnswerNote(note('schedule.ruleInfeasible', { problem: rule }));
  return noAnswerNote(note(problem.roster ? 'schedule.rosterInfeasible' : 'schedule.infeasible', {}));
}

/** The LP relaxation of a built model: its optimum and solution, or null when HiGHS does not report an optimum. */
function solveRelaxation(highs: HighsRuntime, data: ModelData): { objective: number; x: Float64Array } | null {
  const lp = highs.createModel({ ...data, integrality: undefined });
  try {
    lp.options.set({ output_flag: false });
    lp.run();
    if (lp.getModelStatus() !== highs.constants.modelStatus.optimal) return null;
    return { objective: lp.getObjectiveValue(), x: lp.getSolution().colValue };
  } finally {
    lp.dispose();
  }
}

/** A complete column vector for a MIP start: shift counts, and for `balance` the under/over slacks they imply. */
function fullStart(problem: ScheduleProblem, patterns: readonly ShiftPattern[], built: ScheduleModel, counts: readonly number[]): number[] {
  const start = new Array<number>(built.data.numCols).fill(0);
  counts.forEach((n, j) => (start[j] = n));
  if (problem.objective === 'balance') {
    const perDay = problem.required[0].length;
    const ev = evaluateSchedule(problem, patterns, counts);
    built.rowSlots.forEach((g, i) => {
      const r = problem.required[Math.floor(g / perDay)][g % perDay];
      start[built.underStart + 2 * i] = Math.max(0, r - ev.scheduled[g]);
      start[built.underStart + 2 * i + 1] = Math.max(0, ev.scheduled[g] - r);
    });
  }
  return start;
}
