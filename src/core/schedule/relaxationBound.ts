import { invalid, noAnswer, success, type Result } from '../result';
import { buildModel } from './buildModel';
import { expandPatterns } from './expandPatterns';
import type { HighsRuntime } from './solveSchedule';
import type { ScheduleProblem } from './types';
import { validateProblem } from './validateProblem';

/**
 * The LP relaxation's optimum: the schedule model with whole-shift counts
 * relaxed to fractions. No schedule can do better, so it is a lower bound on
 * the objective of any schedule (the MIP's own dual bound is at least this).
 *
 * @returns the bound (paid hours or cost for `cover`), or a failure.
 * @example relaxationBound(highs, problem) //=> success(5321.25)
 */
export function relaxationBound(highs: HighsRuntime, problem: ScheduleProblem): Result<number> {
  const v = validateProblem(problem);
  if (!v.ok) return v;
  const built = buildModel(problem, expandPatterns(problem));
  if (built.data.numRows === 0) return success(0);
  const model = highs.createModel({ ...built.data, integrality: undefined });
  try {
    model.options.set({ output_flag: false });
    model.run();
    const st = model.getModelStatus();
    if (st === highs.constants.modelStatus.optimal) return success(model.getObjectiveValue());
    if (st === highs.constants.modelStatus.infeasible) return noAnswer('the relaxed schedule model is infeasible');
    return invalid(`the LP relaxation ended with HiGHS status ${st}`);
  } finally {
    model.dispose();
  }
}
