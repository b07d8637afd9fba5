import type { PlanConfig } from '../../core/plan/planConfig';
import type { PlanResult } from '../../core/plan/planResult';
import type { Result } from '../../core/result';
import type { PlanProgress } from '../../core/plan/steps/progress';
import type { PlanReply, PlanRequest } from './planProtocol';

export interface PlanRunInput {
  readonly config: PlanConfig;
  readonly historyText: string;
  readonly historySource: string;
}

/** A running plan: its outcome (a failure with code 'no-answer' and message 'cancelled' when cancelled) and how to stop it. */
export interface PlanRun {
  readonly outcome: Promise<Result<PlanResult>>;
  cancel(): void;
}

/** Runs plans; the pane gets the Worker one, tests a fake. */
export interface PlanRunner {
  run(input: PlanRunInput, onProgress: (progress: PlanProgress) => void): PlanRun;
}

export const CANCELLED = 'cancelled';

/**
 * The Worker-backed runner. Cancel stops at once by terminating the Worker
 * (HiGHS blocks the Worker's thread; a shared flag also asks it to stop where
 * SharedArrayBuffer is available). The next run starts a fresh Worker.
 */
export function workerPlanRunner(): PlanRunner {
  let worker: Worker | undefined;
  let nextId = 1;
  const fresh = (): Worker => {
    worker ??= new Worker(new URL('./plan.worker.ts', import.meta.url), { name: 'plan' });
    return worker;
  };
  return {
    run(input, onProgress) {
      const id = nextId++;
      const shared = typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
      let settle: (r: Result<PlanResult>) => void = () => undefined;
      const outcome = new Promise<Result<PlanResult>>((resolve) => (settle = resolve));
      const w = fresh();
      const onMessage = (event: MessageEvent<PlanReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') onProgress(reply.progress);
        else {
          w.removeEventListener('message', onMessage);
          settle(reply.type === 'done' ? { ok: true, value: reply.result } : { ok: false, code: 'invalid', message: reply.message, note: reply.note, where: reply.where });
        }
      };
      w.addEventListener('message', onMessage);
      w.addEventListener('error', (e) => settle({ ok: false, code: 'invalid', message: e.message || 'the plan worker failed' }), { once: true });
      const request: PlanRequest = { id, ...input, runAt: new Date().toISOString(), cancel: shared };
      w.postMessage(request);
      return {
        outcome,
        cancel() {
          if (shared) Atomics.store(shared, 0, 1);
          w.terminate();
          if (worker === w) worker = undefined;
          settle({ ok: false, code: 'no-answer', message: CANCELLED });
        },
      };
    },
  };
}
