/* The plan Worker: loads HiGHS (its WebAssembly is fetched only now, when
 * solving starts) and runs the nine steps off the UI thread. */
import highsLoader from 'highs';
import wasmUrl from 'highs/runtime';
import { runPlan } from '../../core/plan/runPlan';
import { sharedCancelFlag } from '../../core/schedule/workerProtocol';
import type { PlanReply, PlanRequest } from './planProtocol';

const scope = self as unknown as { postMessage(reply: PlanReply): void; onmessage: ((e: MessageEvent<PlanRequest>) => void) | null };
let highs: ReturnType<typeof highsLoader> | undefined;

scope.onmessage = (event) => {
  const request = event.data;
  const post = (reply: PlanReply) => scope.postMessage(reply);
  post({ id: request.id, type: 'progress', progress: { step: 0 } });
  highs ??= highsLoader({ locateFile: () => wasmUrl });
  highs.then(
    (runtime) => {
      const result = runPlan({
        config: request.config,
        historyText: request.historyText,
        historySource: request.historySource,
        highs: runtime,
        runAt: request.runAt,
        signal: request.cancel ? sharedCancelFlag(request.cancel) : undefined,
        onProgress: (progress) => post({ id: request.id, type: 'progress', progress }),
      });
      post(result.ok ? { id: request.id, type: 'done', result: result.value } : { id: request.id, type: 'error', message: result.message, note: result.note, where: result.where });
    },
    (error: unknown) => post({ id: request.id, type: 'error', message: `the solver could not load: ${String(error)}` }),
  );
};
