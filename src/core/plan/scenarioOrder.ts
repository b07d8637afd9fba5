/**
 * High ≥ mid ≥ low, always. Under `cover`, a scenario whose requirement is at
 * least another's in every planning interval has a schedule that is feasible
 * for the other too (same shifts, seats and roster rules: only the coverage
 * rows' right-hand sides differ). When a MIP stopped at its time limit left
 * the lower scenario dearer than the higher one, the lower takes the higher's
 * schedule, and a 'plan.scenarioScheduleTaken' note says so.
 */
import { note, type Note } from '../notes/note';
import { type Result, success } from '../result';
import { solutionOf } from '../schedule/solveSchedule';
import { reportSchedule, type ScheduleRun } from './scheduleHorizon';

/** Whether requirement `a` is at least `b` in every interval of every day. */
function covers(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean {
  return a.length === b.length && a.every((day, d) => day.length === b[d].length && day.every((r, s) => r >= b[d][s]));
}

/** A small tolerance on paid hours or cost: cheaper means cheaper by more than this. */
const EPSILON = 1e-6;

/**
 * Each scenario's schedule, repaired so that no scenario costs more than one
 * whose requirement covers its own (scenarios taken from the highest total
 * requirement down, so a repair passes on to lower ones).
 * @param runs the scenarios' schedules by id, in the plan's order (one run may serve several ids).
 * @example orderedSchedules(new Map([['high', high], ['mid', dearMid]])).value.notes[0].code //=> 'plan.scenarioScheduleTaken'
 */
export function orderedSchedules(runs: ReadonlyMap<string, ScheduleRun>): Result<{ runs: Map<string, ScheduleRun>; notes: Note[] }> {
  const out = new Map(runs);
  const notes: Note[] = [];
  const total = (r: ScheduleRun): number => r.context.problem.required.flat().reduce((s, x) => s + x, 0);
  const ids = [...runs.keys()].sort((a, b) => total(runs.get(b) as ScheduleRun) - total(runs.get(a) as ScheduleRun));
  for (const id of ids) {
    const own = out.get(id) as ScheduleRun;
    const { problem } = own.context;
    if (problem.objective !== 'cover') continue;
    let best: { from: string; run: ScheduleRun } | undefined;
    for (const other of ids) {
      const higher = out.get(other) as ScheduleRun;
      if (other === id || higher === own || !covers(higher.context.problem.required, problem.required)) continue;
      if (higher.outcome.patterns.length !== own.outcome.patterns.length) continue;
      const value = higher.outcome.solution.objectiveValue;
      if (value < (best?.run.outcome.solution.objectiveValue ?? own.outcome.solution.objectiveValue) - EPSILON) best = { from: other, run: higher };
    }
    if (!best) continue;
    const taken = best.run.outcome;
    const solution = solutionOf(problem, own.outcome.patterns, [...taken.solution.counts], {
      status: taken.solution.status,
      bound: own.outcome.solution.lowerBound,
      seconds: own.outcome.solution.solveSeconds,
      work: taken.solution.workPatterns,
    });
    const repaired = reportSchedule(own.context, { patterns: own.outcome.patterns, solution, incumbent: taken.incumbent }, own.dataRequiredHours);
    if (!repaired.ok) return repaired;
    const round = (h: number): number => Math.round(h * 10) / 10;
    notes.push(note('plan.scenarioScheduleTaken', { scenario: id, from: best.from, paidHours: round(solution.paidHours), ownPaidHours: round(own.summary.paidHours) }));
    // every id this run served (the base week's run may serve one) takes the repair
    for (const [k, r] of out) if (r === own) out.set(k, repaired.value);
  }
  return success({ runs: out, notes });
}
