import { useMemo } from 'react';
import type { ColumnOverride } from '../../../core/workload/columnMapping';
import { columnsOf, formatOf, historyCallTypes, intervalMinutesOf } from '../../state/historyImport';
import { usePlan } from '../../state/PlanContext';

/** One queue as the draft holds it (what the user typed; the core's schema checks it). */
export type QueueDraft = Record<string, unknown>;

export type QueuesMode = 'total' | 'separate' | 'list';

/** Step 2's queues: the draft's data.queues as a mode and a list, the history's call types, and the edits. */
export function useQueues() {
  const { valueAt, update, history, draft } = usePlan();
  const value = valueAt('data.queues');
  const mode: QueuesMode = Array.isArray(value) ? 'list' : value === 'separate' ? 'separate' : 'total';
  const queues = Array.isArray(value) ? (value as unknown[]).map((q) => (q !== null && typeof q === 'object' ? (q as QueueDraft) : {})) : [];
  const format = formatOf(draft.data?.format);
  const minutes = intervalMinutesOf(draft.data?.intervalMinutes);
  const columnsKey = JSON.stringify(columnsOf(draft.data?.columns));
  const callTypes = (): string[] => (history ? historyCallTypes(history.text, format, minutes, JSON.parse(columnsKey) as ColumnOverride) : []);
  // read by call type only once the planner asks for queues: a one-queue centre never pays for it
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const known = useMemo(() => (mode !== 'total' ? callTypes() : []), [history, mode, format, minutes, columnsKey]);
  /** a new queue: the first call type no queue takes yet, else a name to type */
  const fresh = (list: readonly QueueDraft[]): QueueDraft => {
    const taken = new Set(list.flatMap((q) => (Array.isArray(q.callTypes) ? q.callTypes.map(String) : typeof q.name === 'string' ? [q.name] : [])));
    const free = known.find((k) => !taken.has(k));
    return free ? { name: free, callTypes: [free], channel: 'voice' } : { name: '', channel: 'voice' };
  };
  const choose = (next: QueuesMode) => {
    if (next === mode) return;
    if (next === 'total') {
      // skill groups need several queues (the core refuses them beside "total")
      update('data.queues', undefined);
      update('data.skills', undefined);
    }
    else if (next === 'separate') update('data.queues', 'separate');
    else {
      const types = callTypes();
      update('data.queues', types.length > 0 ? types.map((k) => ({ name: k, callTypes: [k], channel: 'voice' })) : [{ name: '', channel: 'voice' }]);
    }
  };
  /** the queues a skill group may serve: the listed voice queues, or every call type under "separate" */
  const voiceQueues = mode === 'separate' ? known
    : queues.filter((q) => q.channel !== 'chat' && q.channel !== 'email').flatMap((q) => (typeof q.name === 'string' && q.name.trim() !== '' ? [q.name.trim()] : []));
  return {
    mode,
    voiceQueues,
    queues,
    known,
    hasHistory: history !== undefined,
    choose,
    add: () => update('data.queues', [...queues, fresh(queues)]),
    remove: (i: number) => {
      const rest = queues.filter((_, j) => j !== i);
      update('data.queues', rest.length > 0 ? rest : undefined);
      if (rest.length === 0) update('data.skills', undefined);
    },
  };
}
