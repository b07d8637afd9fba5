import type { ModelData } from 'highs';
import { note } from '../notes/note';
import { noAnswerNote } from '../notes/noAnswerNote';
import { invalid, noAnswer, success, type Result } from '../result';
import { BALANCE_HOURS_EPSILON, buildModel, type ScheduleModel } from './buildModel';
import { expandPatterns } from './expandPatterns';
import { greedySchedule } from './greedySchedule';
import { evaluateSchedule } from './scheduleReport';
import type { HighsRuntime, ScheduleIncumbent, ScheduleProblem, ScheduleProgress, ScheduleSolution, ScheduleStatus, ShiftPattern, SolveOptions, WorkPatternAgents } from './types';
import { slotRanges, uncoveredIntervals } from './uncoveredIntervals';
import { validateProblem } from './validateProblem';
import { seatShortIntervals, seatSlotsOf, seatsKept } from './seats';
import { contractUncoveredIntervals, unworkableContracts } from './rosterPrechecks';
import { diagnoseInfeasible } from './diagnoseInfeasible';
import { rosterHeuristic } from './rosterHeuristic';

export type { HighsRuntime } from './types';

const now = (): number => Date.now();

/** A solved schedule plus the expanded patterns its counts refer to. */
export interface ScheduleOutcome {
  readonly solution: ScheduleSolution;
  readonly patterns: readonly ShiftPattern[];
  /** The schedule as a MIP start for another scenario of the same week (SolveOptions.incumbents). */
  readonly incumbent: ScheduleIncumbent;
}

/**
 * Share of a roster group's time that must be left after the fix-and-optimise heuristic
 * (rosterHeuristic.ts) for branch-and-bound to try to improve on it.
 */
const BRANCH_AFTER_HEURISTIC_SHARE = 0.5;

/** How often the MIP's progress (incumbent, bound, gap) is reported between improving solutions, seconds. */
const PROGRESS_EVERY_SECONDS = 1;

/**
 * A schedule's solution for `problem`: its counts evaluated (coverage, paid
 * hours, cost, efficiency) against the problem's requirement, plus the paid
 * holidays of its days-off patterns (`work`), with the solver's status and
 * bound. Also used to price another scenario's schedule against this one's
 * requirement (same patterns).
 */
export function solutionOf(
  problem: ScheduleProblem,
  patterns: readonly ShiftPattern[],
  counts: number[],
  found: { status: ScheduleStatus; bound: number; seconds: number; work?: ScheduleSolution['workPatterns'] },
): ScheduleSolution {
  const ev = evaluateSchedule(problem, patterns, counts);
  const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
  const holidayHours = round6((found.work ?? []).reduce((s, w) => s + (w.holiday?.hours ?? 0), 0));
  const holidayCost = round6((found.work ?? []).reduce((s, w) => s + (w.holiday?.cost ?? 0), 0));
  const objectiveValue = round6(ev.objectiveValue + (problem.objective === 'cover' ? holidayCost : BALANCE_HOURS_EPSILON * holidayHours));
  const lowerBound = Math.min(found.bound, objectiveValue);
  const gap = objectiveValue > 1e-9 ? Math.max(0, (objectiveValue - lowerBound) / objectiveValue) : 0;
  return {
    status: found.status,
    objective: problem.objective,
    assignments: ev.assignments,
    coverage: ev.coverage,
    paidHours: round6(ev.paidHours + holidayHours),
    holidayHours,
    cost: round6(ev.cost + holidayCost),
    objectiveValue,
    lowerBound,
    gap,
    efficiency: ev.efficiency,
    solveSeconds: found.seconds,
    counts,
    workPatterns: found.work,
  };
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
  const finish = (counts: number[], status: ScheduleStatus, bound: number, work: ScheduleSolution['workPatterns'], columns?: number[]): Result<ScheduleOutcome> => {
    progress({ phase: 'report', seconds: seconds() });
    const solution = solutionOf(problem, patterns, counts, { status, bound, seconds: seconds(), work });
    return success({ patterns, solution, incumbent: { counts, columns } });
  };

  // Parts of the week that no shift, cap or roster links are solved as separate, smaller MIPs.
  const groups = independentGroups(problem, patterns);
  const counts = new Array<number>(patterns.length).fill(0);
  let bound = 0;
  let status: ScheduleStatus = 'optimal';
  let work: ScheduleSolution['workPatterns'] = problem.roster ? [] : undefined;
  let columns: number[] | undefined;
  const totalSlots = problem.days.length;
  let doneDays = 0;
  for (const { days, slots } of groups) {
    const members = patterns.map((_, j) => j).filter((j) => days.has(patterns[j].day));
    const sub = members.map((j) => patterns[j]);
    const share = days.size / Math.max(1, totalSlots - doneDays);
    const budget = Math.max(0.05, (timeLimit - seconds()) * share);
    doneDays += days.size;
    const stopped = status === 'cancelled' || aborted();
    const whole = members.length === patterns.length;
    const incumbents = (options.incumbents ?? [])
      .filter((inc) => inc.counts.length === patterns.length)
      .map((inc) => ({ counts: members.map((j) => inc.counts[j]), columns: whole ? inc.columns : undefined }));
    const r = solveGroup(highs, problem, sub, slots, {
      timeLimit: budget,
      gapTarget,
      incumbents,
      aborted: () => stopped || aborted(),
      progress: (x) => progress({ ...x, seconds: seconds(), limitSeconds: timeLimit }),
    });
    if (!r.ok) return r;
    r.value.counts.forEach((n, k) => (counts[members[k]] = n));
    bound += r.value.bound;
    if (r.value.status === 'cancelled') status = 'cancelled';
    else if (r.value.status === 'time-limit' && status === 'optimal') status = 'time-limit';
    if (r.value.work) work = r.value.work;
    if (whole) columns = r.value.columns;
  }
  return finish(counts, status, bound, work, columns);
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
  /** other scenarios' schedules restricted to this group's patterns (columns only when the group is the whole problem) */
  readonly incumbents: readonly ScheduleIncumbent[];
  readonly aborted: () => boolean;
  readonly progress: (p: Omit<ScheduleProgress, 'seconds'>) => void;
}

interface GroupResult {
  readonly counts: number[];
  readonly bound: number;
  readonly status: ScheduleStatus;
  readonly work?: ScheduleSolution['workPatterns'];
  /** the model's full column vector of the schedule, when the model has more columns than shifts (roster, balance) */
  readonly columns?: number[];
}

/**
 * One MIP over a group of days. Its start is the cheaper feasible of the
 * greedy schedule and the LP relaxation rounded down and completed greedily;
 * with roster rules under `cover`, the fix-and-optimise heuristic's schedule
 * (rosterHeuristic.ts), which is the answer when it is within the gap target
 * of the LP bound or leaves less than half the time; then HiGHS branch-and-cut within the time
 * limit, interruptible at every MIP checkpoint. When HiGHS finds nothing the
 * answer is the cheapest feasible of those starts and the other scenarios'
 * schedules (incumbents). The LP relaxation, solved first also under roster
 * rules, gives the bound and, when it is infeasible, the rule to blame at
 * once (diagnoseInfeasible).
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
  const built = buildModel(problem, patterns, slots);
  if (built.data.numRows === 0) {
    return success({ counts: new Array<number>(patterns.length).fill(0), bound: 0, status: 'optimal', work: problem.roster ? [] : undefined });
  }
  /** A full column vector as the group's answer: its shifts, days-off patterns and columns. */
  const answer = (x: ArrayLike<number>, bound: number, status: ScheduleStatus): GroupResult => {
    const whole = Array.from(x, (v) => Math.max(0, Math.round(v)));
    return { counts: whole.slice(0, patterns.length), bound, status, work: problem.roster ? workPatternAgents(built, whole) : undefined, columns: whole };
  };
  const startOf = (counts: readonly number[] | null): number[] | null => (counts ? fullStart(problem, patterns, built, counts) : null);
  const starts: (number[] | null)[] = [startOf(greedy)];
  let lpBound = -Infinity;
  if (!settings.aborted()) {
    settings.progress({ phase: 'lp' });
    const lp = solveRelaxation(highs, built.data, left());
    if (lp.infeasible) return infeasibleNote(highs, problem);
    if (lp.x) {
      lpBound = lp.objective;
      const x = lp.x;
      if (!problem.roster) starts.push(startOf(kept(greedySchedule(problem, patterns, patterns.map((_, j) => Math.floor(x[j] + 1e-7))))));
      else if (problem.objective === 'cover') {
        settings.progress({ phase: 'heuristic' });
        const withinGap = (cost: number) => cost - lpBound <= settings.gapTarget * cost;
        const found = rosterHeuristic(
          highs, problem, patterns, built, x, left(), settings.aborted,
          (cost) => settings.progress({ phase: 'heuristic', objective: cost, bound: lpBound, gap: cost > 1e-9 ? Math.max(0, (cost - lpBound) / cost) : 0 }),
          withinGap,
        );
        if (found && columnsFeasible(built.data, found.columns)) {
          starts.push(found.columns);
          // Within the gap target of the LP bound it is proven good enough. Otherwise branch-and-bound
          // polishes it only with most of the time left: its root node can overrun the limit many times.
          const proven = withinGap(found.cost);
          if (proven || left() < BRANCH_AFTER_HEURISTIC_SHARE * settings.timeLimit) {
            return success(answer(found.columns, lpBound, proven ? 'optimal' : 'time-limit'));
          }
        }
      }
    }
  }
  const own = starts.length;
  for (const inc of settings.incumbents) starts.push(inc.columns ? [...inc.columns] : problem.roster ? null : startOf(inc.counts));
  // the cheapest feasible of the own starts (the MIP start) and of all (the answer when HiGHS finds none); the first among equals
  let start: number[] | null = null;
  let best: number[] | null = null;
  let startValue = Infinity;
  let bestValue = Infinity;
  starts.forEach((x, k) => {
    if (!x || !columnsFeasible(built.data, x)) return;
    const value = x.reduce((sum, v, j) => sum + v * built.data.colCost[j], 0);
    if (k < own && value < startValue - 1e-9) [start, startValue] = [x, value];
    if (value < bestValue - 1e-9) [best, bestValue] = [x, value];
  });
  const fallback = (bound: number, status: ScheduleStatus): Result<GroupResult> =>
    best ? success(answer(best, bound, status)) : noAnswer('the schedule was cancelled before a solution was found');
  if (settings.aborted()) return fallback(Math.max(lpBound, 0), 'cancelled');
  const model = highs.createModel(built.data);
  try {
    model.options.set({ output_flag: false, time_limit: left(), mip_rel_gap: settings.gapTarget, random_seed: 1 });
    // Only the own starts: another scenario's schedule as a MIP start made HiGHS 1.15 stall in its root
    // heuristics far past the time limit (the sample's low plan: 75 s over a 17 s limit); it stays the fallback.
    if (start) model.setSolution({ colValue: start });
    const cb = highs.constants.callbackType;
    let cancelled = false;
    let reported = 0;
    const report = (data: { running_time?: number; mip_primal_bound?: number; mip_dual_bound?: number; mip_gap?: number }): void => {
      const objective = data.mip_primal_bound;
      const found = objective !== undefined && Number.isFinite(objective) && Math.abs(objective) < 1e20;
      const bound = Math.max(lpBound, Number.isFinite(data.mip_dual_bound) ? (data.mip_dual_bound as number) : -Infinity);
      settings.progress({
        phase: 'mip',
        objective: found ? objective : undefined,
        bound: Number.isFinite(bound) ? bound : undefined,
        gap: found && Number.isFinite(bound) && objective > 1e-9 ? Math.max(0, (objective - bound) / objective) : undefined,
      });
      reported = data.running_time ?? reported;
    };
    settings.progress({ phase: 'mip', bound: Number.isFinite(lpBound) ? lpBound : undefined });
    model.run({
      [cb.mipInterrupt]: (event) => {
        if (settings.aborted()) {
          cancelled = true;
          event.interrupt();
        } else if ((event.data.running_time ?? 0) - reported >= PROGRESS_EVERY_SECONDS) report(event.data);
        return undefined;
      },
      [cb.mipImprovingSolution]: (event) => {
        report({ ...event.data, mip_primal_bound: event.data.objective_function_value });
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
      if (best) return fallback(Math.max(bound, 0), label);
      return noAnswerNote(note('schedule.noSolutionInTime', { status: Number(status) }));
    }
    return success(answer(model.getSolution().colValue, bound, label));
  } finally {
    model.dispose();
  }
}

/** Whether a column vector keeps every row of the model (within 1e-6) and every column's bounds. */
function columnsFeasible(data: ModelData, x: readonly number[]): boolean {
  if (x.length !== data.numCols) return false;
  const { starts, indices, values } = data.matrix as unknown as { starts: ArrayLike<number>; indices: ArrayLike<number>; values: ArrayLike<number> };
  const activity = new Float64Array(data.numRows);
  for (let j = 0; j < data.numCols; j++) {
    if (x[j] < data.colLower[j] - 1e-6 || x[j] > data.colUpper[j] + 1e-6) return false;
    for (let k = starts[j]; k < starts[j + 1]; k++) activity[indices[k]] += values[k] * x[j];
  }
  for (let i = 0; i < data.numRows; i++) if (activity[i] < data.rowLower[i] - 1e-6 || activity[i] > data.rowUpper[i] + 1e-6) return false;
  return true;
}

/** Agents per days-off pattern in a MIP solution, with their shift classes per day and paid holidays when the model has them. */
function workPatternAgents(built: ScheduleModel, x: ArrayLike<number>): WorkPatternAgents[] {
  const count = (col: number): number => Math.max(0, Math.round(x[col]));
  const shiftsOf = built.types.map((): NonNullable<WorkPatternAgents['shifts']>[number][] => []);
  const holidayOf = built.types.map(() => ({ hours: 0, cost: 0 }));
  built.classColumns.forEach((c, i) => {
    const n = count(built.classStart + i);
    const s = c.shiftClass;
    if (n > 0) shiftsOf[c.work].push({ day: s.day, start: s.start, minutes: s.end - s.start, paidHours: s.paidHours, agents: n });
    holidayOf[c.work].hours += n * c.holidayHours;
    holidayOf[c.work].cost += n * c.holidayCost;
  });
  return built.types
    .map((t, k): WorkPatternAgents => ({
      contract: t.contract,
      workDays: t.workDays,
      agents: count(built.workStart + k),
      shifts: shiftsOf[k],
      ...(holidayOf[k].hours > 0 ? { holiday: holidayOf[k] } : {}),
    }))
    .filter((w) => w.agents > 0);
}

/** The note for an infeasible problem: the rule that makes it so when one alone does, else the generic one. */
function infeasibleNote(highs: HighsRuntime, problem: ScheduleProblem): Result<never> {
  const rule = diagnoseInfeasible(highs, problem);
  if (rule) return noAnswerNote(note('schedule.ruleInfeasible', { problem: rule }));
  return noAnswerNote(note(problem.roster ? 'schedule.rosterInfeasible' : 'schedule.infeasible', {}));
}

/** The LP relaxation of a built model within `seconds`: proven infeasible, or its optimum and solution (neither when it ran out of time). */
function solveRelaxation(highs: HighsRuntime, data: ModelData, seconds: number): { infeasible: boolean; objective: number; x?: Float64Array } {
  const lp = highs.createModel({ ...data, integrality: undefined });
  try {
    lp.options.set({ output_flag: false, time_limit: seconds });
    lp.run();
    const status = lp.getModelStatus();
    if (status === highs.constants.modelStatus.infeasible) return { infeasible: true, objective: Infinity };
    if (status !== highs.constants.modelStatus.optimal) return { infeasible: false, objective: -Infinity };
    return { infeasible: false, objective: lp.getObjectiveValue(), x: lp.getSolution().colValue };
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
