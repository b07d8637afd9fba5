/**
 * The plan's progress in the CLI's words (English, on stderr): the engine
 * reports codes and numbers (src/core/plan/steps/progress.ts); this words a
 * step and a schedule solve, e.g. "step 7/9: schedules — mid plan: lp, 2 s of 30 s".
 */
import type { PlanProgress } from '../core/plan/steps/progress';

const STEP_LABELS = ['loading the solver', 'service objective', 'workload data', 'forecast', 'base staff', 'trunks', 'shrinkage', 'schedules', 'costs', 'high/mid/low plans'];

/** One progress line: the step, and for a schedule solve the plan solved, its phase, the seconds of the limit and the best's distance to the bound. */
export function progressLine(p: PlanProgress): string {
  const step = `step ${p.step}/9: ${STEP_LABELS[p.step] ?? ''}`;
  const s = p.schedule;
  if (!s) return step;
  const plan = `${s.scenario === undefined ? 'base week' : `${s.scenario} plan`}${s.team === undefined ? '' : `, team ${s.team}`}`;
  const above = s.objective !== undefined && s.bound !== undefined && s.bound > 0 ? `, best ${((s.objective / s.bound - 1) * 100).toFixed(1)}% above bound` : '';
  return `${step} — ${plan}: ${s.phase}, ${Math.round(s.seconds)} s of ${s.limitSeconds} s${above}`;
}

/** A line is worth logging when the step, the plan solved or its phase changed (not every second of the MIP). */
export function progressKey(p: PlanProgress): string {
  return `${p.step} ${p.schedule?.scenario ?? ''} ${p.schedule?.team ?? ''} ${p.schedule?.phase ?? ''}`;
}
