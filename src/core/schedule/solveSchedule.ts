import type { Highs } from 'highs';
import { invalid, noAnswer, success, type Result } from '../result';
import { buildModel } from './buildModel';
import { expandPatterns } from './expandPatterns';
import { greedySchedule } from './greedySchedule';
import { evaluateSchedule } from './scheduleReport';
import type { ScheduleProblem, ScheduleSolution, ScheduleStatus, ShiftPattern, SolveOptions } from './types';
import { describeSlots, uncoveredIntervals } from './uncoveredIntervals';
import { validateProblem } from './validateProblem';

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
      return noAnswer(
        `no shift template works during ${describeSlots(problem, missing)}, where agents are required; add a shift that covers these hours or set their requirement to 0`,
      );
    }
  }
  const greedy = problem.roster ? null : greedySchedule(problem, patterns);
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
  if (aborted()) {
    if (greedy) return finish(greedy, 'cancelled', 0);
    return noAnswer('the schedule was cancelled before a solution was found');
  }

  progress({ phase: 'model', seconds: seconds() });
  const built = buildModel(problem, patterns);
  if (built.data.numRows === 0) {
    // Nothing required and nothing to balance: the empty schedule is optimal.
    return finish(new Array<number>(patterns.length).fill(0), 'optimal', 0, problem.roster ? [] : undefined);
  }
  const model = highs.createModel(built.data);
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.01, timeLimit - seconds()),
      mip_rel_gap: gapTarget,
      random_seed: 1,
    });
    if (greedy) {
      const start = new Array<number>(built.data.numCols).fill(0);
      greedy.forEach((n, j) => (start[j] = n));
      if (problem.objective === 'balance') {
        const ev = evaluateSchedule(problem, patterns, greedy);
        built.rowSlots.forEach((g, i) => {
          start[built.underStart + 2 * i] = Math.max(0, problem.required[Math.floor(g / problem.required[0].length)][g % problem.required[0].length] - ev.scheduled[g]);
          start[built.underStart + 2 * i + 1] = Math.max(0, ev.scheduled[g] - problem.required[Math.floor(g / problem.required[0].length)][g % problem.required[0].length]);
        });
      }
      model.setSolution({ colValue: start });
    }
    const cb = highs.constants.callbackType;
    let cancelled = false;
    progress({ phase: 'mip', seconds: seconds() });
    model.run({
      [cb.mipInterrupt]: (event) => {
        if (aborted()) {
          cancelled = true;
          event.interrupt();
        }
        return undefined;
      },
      [cb.mipImprovingSolution]: (event) => {
        progress({
          phase: 'mip',
          seconds: seconds(),
          objective: event.data.objective_function_value,
          bound: event.data.mip_dual_bound,
          gap: event.data.mip_gap,
        });
        return undefined;
      },
    });
    const st = highs.constants.modelStatus;
    const status = model.getModelStatus();
    if (status === st.infeasible) {
      if (problem.roster) {
        return noAnswer(
          'no schedule fits the roster rules (working days per week, consecutive days off, maximum weekly hours) with these shift templates; relax a rule or add templates',
        );
      }
      return noAnswer('the schedule has no solution with these templates and caps');
    }
    const primal = Number(model.info.get('primal_solution_status'));
    const dualBound = Number(model.info.get('mip_dual_bound'));
    const bound = Number.isFinite(dualBound) ? dualBound : 0;
    const label: ScheduleStatus =
      cancelled || status === st.interrupted ? 'cancelled' : status === st.optimal ? 'optimal' : 'time-limit';
    if (primal !== highs.constants.solutionStatus.feasible) {
      if (greedy) return finish(greedy, label, bound);
      return noAnswer(`HiGHS found no schedule within ${timeLimit} s (status ${status}); allow more time`);
    }
    const x = model.getSolution().colValue;
    const counts = patterns.map((_, j) => Math.max(0, Math.round(x[j])));
    const work = problem.roster
      ? built.work.map((w, k) => ({ workDays: w, agents: Math.max(0, Math.round(x[built.workStart + k])) })).filter((w) => w.agents > 0)
      : undefined;
    return finish(counts, label, bound, work);
  } finally {
    model.dispose();
  }
}
