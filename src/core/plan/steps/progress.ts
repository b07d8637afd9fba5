/**
 * The plan's progress, as codes and numbers (each face words them in its
 * language): each step announces itself (number 1–9) and stops the run when
 * the caller has cancelled it; while a schedule is solved (steps 7 and 9) the
 * solver's phase, the seconds spent of the plan's schedule time limit, and
 * the best incumbent and bound follow.
 */
import { note } from '../../notes/note';
import { type Failure } from '../../result';
import { invalidNote } from '../../notes/noAnswerNote';
import type { CancelFlag, ScheduleProgress } from '../../schedule/types';

/** The schedule solve under way. */
export interface ScheduleSolveProgress {
  /** the scenario being solved (its id); absent: the base week when no scenario equals it */
  readonly scenario?: string;
  /** the team being solved, when the plan is scheduled team by team (schedule.teams) */
  readonly team?: string;
  readonly phase: ScheduleProgress['phase'];
  /** seconds spent on the plan's schedule solves so far, this one included */
  readonly seconds: number;
  /** the plan's time limit for all its schedule solves, seconds (schedule.timeLimitSeconds) */
  readonly limitSeconds: number;
  /** best schedule found so far (paid hours, or cost when shifts have costs) and the proven lower bound, when known */
  readonly objective?: number;
  readonly bound?: number;
}

/** Where a plan run is: its step (1–9) and, in steps 7 and 9, the schedule solve. */
export interface PlanProgress {
  readonly step: number;
  readonly schedule?: ScheduleSolveProgress;
}

export type PlanProgressListener = (progress: PlanProgress) => void;

/** Announces step `n`; the cancellation failure when the run was cancelled, else undefined. */
export type Checkpoint = (n: number) => Failure | undefined;

export function checkpoints(onProgress: PlanProgressListener | undefined, signal: CancelFlag | undefined): Checkpoint {
  return (step) => {
    onProgress?.({ step });
    return signal?.aborted === true ? invalidNote(note('plan.cancelled', {})) : undefined;
  };
}
