import type { PlanConfig } from '../../core/plan/planConfig';
import type { PlanResult } from '../../core/plan/planResult';

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
  | { readonly id: number; readonly type: 'progress'; readonly step: number; readonly label: string }
  | { readonly id: number; readonly type: 'done'; readonly result: PlanResult }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
