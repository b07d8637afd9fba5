import { solveSchedule, type HighsRuntime } from './solveSchedule';
import type { CancelFlag, ScheduleProblem, ScheduleProgress, ScheduleSolution } from './types';

/** Message sent to a schedule Web Worker. `cancel` is an Int32Array view of a SharedArrayBuffer (index 0: 1 = cancel), when available. */
export interface ScheduleRequest {
  readonly id: number;
  readonly problem: ScheduleProblem;
  readonly timeLimitSeconds?: number;
  readonly relativeGap?: number;
  readonly cancel?: Int32Array;
}

/** Messages a schedule Web Worker posts back. */
export type ScheduleReply =
  | { readonly id: number; readonly type: 'progress'; readonly progress: ScheduleProgress }
  | { readonly id: number; readonly type: 'done'; readonly solution: Omit<ScheduleSolution, 'counts'> & { readonly counts: number[] } }
  | { readonly id: number; readonly type: 'error'; readonly code: 'invalid' | 'no-answer'; readonly message: string };

/**
 * A cancel flag read from shared memory, so that the UI thread can stop a
 * solve while the Worker is blocked inside HiGHS (HiGHS asks at every MIP
 * checkpoint). Needs a cross-origin-isolated page for SharedArrayBuffer;
 * otherwise the UI cancels with `worker.terminate()`.
 *
 * @example const flag = sharedCancelFlag(new Int32Array(new SharedArrayBuffer(4))); Atomics.store(view, 0, 1) // cancels
 */
export function sharedCancelFlag(view: Int32Array): CancelFlag {
  return {
    get aborted(): boolean {
      return Atomics.load(view, 0) === 1;
    },
  };
}

/**
 * The body of a schedule Web Worker, kept pure so it is tested in Node: runs
 * the request, posting progress and then the result or the failure. The
 * Worker script (in the task pane) only loads HiGHS and wires `onmessage`:
 *
 * @example
 *   // schedule.worker.ts
 *   const highs = await highsLoader({ locateFile: () => wasmUrl });
 *   self.onmessage = (e) => handleScheduleRequest(highs, e.data, (m) => self.postMessage(m));
 */
export function handleScheduleRequest(highs: HighsRuntime, request: ScheduleRequest, post: (reply: ScheduleReply) => void): void {
  const r = solveSchedule(highs, request.problem, {
    timeLimitSeconds: request.timeLimitSeconds,
    relativeGap: request.relativeGap,
    signal: request.cancel ? sharedCancelFlag(request.cancel) : undefined,
    onProgress: (progress) => post({ id: request.id, type: 'progress', progress }),
  });
  if (r.ok) post({ id: request.id, type: 'done', solution: { ...r.value.solution, counts: [...r.value.solution.counts] } });
  else post({ id: request.id, type: 'error', code: r.code, message: r.message });
}
