import type { PlanConfig } from '../../core/plan/planConfig';
import type { PlanResult } from '../../core/plan/planResult';
import type { Note } from '../../core/notes/note';
import type { FailureWhere } from '../../core/result';
import type { PlanProgress } from '../../core/plan/steps/progress';

/** Message the pane sends to the plan Worker. `cancel` (Int32Array over a SharedArrayBuffer) when the page is cross-origin isolated. */
export interface PlanRequest {
  readonly id: number;
  readonly config: PlanConfig;
  readonly historyText: string;
  readonly historySource: string;
  readonly runAt: string;
  readonly cancel?: Int32Array;
}

/** Messages the plan Worker posts back. */
export type PlanReply =
  /** where the run is, in codes and numbers (step 0: loading the solver); the pane words it */
  | { readonly id: number; readonly type: 'progress'; readonly progress: PlanProgress }
  | { readonly id: number; readonly type: 'done'; readonly result: PlanResult }
  /** a failure: its English message, and its note and place in the plan when the engine's tables word it */
  | { readonly id: number; readonly type: 'error'; readonly message: string; readonly note?: Note; readonly where?: FailureWhere };
