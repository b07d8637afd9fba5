import highsLoader from 'highs';
import type { HighsRuntime } from '../../src/core/schedule/solveSchedule';
import { handleScheduleRequest, type ScheduleReply } from '../../src/core/schedule/workerProtocol';
import { generateTemplates } from '../../src/core/schedule/generateTemplates';
import type { ScheduleProblem } from '../../src/core/schedule/types';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

function problem(): ScheduleProblem {
  const gen = generateTemplates({ firstStart: 6 * 60, lastStart: 16 * 60, everyMinutes: 30, lengths: [240, 360, 480] });
  if (!gen.ok) throw new Error(gen.message);
  const day = Array.from({ length: 48 }, (_, s) => (s >= 14 && s < 42 ? Math.round(20 + 15 * Math.sin(((s - 14) / 28) * Math.PI)) : 0));
  return { intervalMinutes: 30, days: [{ label: 'Monday', weekday: 0 }], required: [day], templates: gen.value, objective: 'cover' };
}

describe('worker body', () => {
  it('posts progress, then the result', () => {
    const replies: ScheduleReply[] = [];
    handleScheduleRequest(highs, { id: 7, problem: problem() }, (m) => replies.push(m));
    expect(replies.some((m) => m.type === 'progress')).toBe(true);
    const last = replies[replies.length - 1];
    expect(last.type).toBe('done');
    if (last.type === 'done') {
      expect(last.id).toBe(7);
      expect(last.solution.coverage.every((c) => c.under === 0)).toBe(true);
    }
  });

  it('a shared cancel flag set while solving stops it and returns the best schedule found, marked cancelled', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const replies: ScheduleReply[] = [];
    handleScheduleRequest(highs, { id: 1, problem: problem(), cancel: flag }, (m) => {
      replies.push(m);
      if (m.type === 'progress' && m.progress.phase === 'lp') Atomics.store(flag, 0, 1); // the user presses Cancel
    });
    const last = replies[replies.length - 1];
    expect(last.type).toBe('done');
    if (last.type === 'done') {
      expect(last.solution.status).toBe('cancelled');
      expect(last.solution.coverage.every((c) => c.under === 0)).toBe(true); // still a valid (greedy/rounded) schedule
      expect(replies.some((m) => m.type === 'progress' && m.progress.phase === 'mip')).toBe(false);
    }
  });

  it('a flag set once the MIP has started interrupts HiGHS at its next checkpoint', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const replies: ScheduleReply[] = [];
    handleScheduleRequest(highs, { id: 3, problem: problem(), cancel: flag, relativeGap: 0 }, (m) => {
      replies.push(m);
      if (m.type === 'progress' && m.progress.phase === 'mip') Atomics.store(flag, 0, 1);
    });
    const last = replies[replies.length - 1];
    expect(last.type === 'done' && last.solution.status).toBe('cancelled');
  });

  it('errors are posted as messages', () => {
    const replies: ScheduleReply[] = [];
    handleScheduleRequest(highs, { id: 2, problem: { ...problem(), templates: [] } }, (m) => replies.push(m));
    expect(replies[replies.length - 1]).toEqual({ id: 2, type: 'error', code: 'invalid', message: 'no shift templates given; add at least one' });
  });
});
