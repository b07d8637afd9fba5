/**
 * Step 2, workload data: the history read into interval records (an interval
 * table or per-call ACD records), its summary for the report, and the
 * callers' patience when per-call records give one.
 */
import { note } from '../../notes/note';
import { type Result, success, within } from '../../result';
import { invalidNote } from '../../notes/noAnswerNote';
import type { ServiceLevelMethod } from '../../workload/measuredServiceLevel';
import { type IntervalRecord, mergeCallTypes } from '../../workload/intervalRecord';
import { loadHistory } from '../loadHistory';
import { liveRecords } from './liveCalls';
import type { PlanConfig } from '../planConfig';
import type { HistorySummary } from '../planResult';
import { summariseHistory } from '../summariseHistory';

export interface WorkloadData {
  /** the history per interval (every call type answered live added up: e-mail queues' call types are left out) */
  records: IntervalRecord[];
  /** with data.queues other than "total": the history per interval and call type */
  queueRecords?: IntervalRecord[];
  summary: HistorySummary;
  /** mean patience estimated from per-call records, seconds */
  estimatedPatienceSeconds?: number;
}

/**
 * Reads the history text as `config.data` says (format, interval length,
 * column overrides; the interval length is the history's unless configured).
 * Fails naming the file when nothing usable is in it, and with
 * 'plan.intervalMismatch' when its intervals are longer than the configured length.
 */
export function workloadDataStep(historyText: string, historySource: string, config: PlanConfig): Result<WorkloadData> {
  const minutes = config.data.intervalMinutes;
  const byQueue = config.data.queues !== 'total';
  const history = loadHistory(historyText, config.data.format, minutes, config.data.columns, undefined, byQueue);
  if (!history.ok) return within(history, { file: historySource });
  if (minutes !== undefined && history.value.intervalMinutes !== minutes) {
    return invalidNote(note('plan.intervalMismatch', { configured: minutes, history: history.value.intervalMinutes }));
  }
  const { report, patienceSeconds } = history.value;
  const records = byQueue ? mergeCallTypes(liveRecords(history.value.records, config.data.queues)) : history.value.records;
  const summary = summariseHistory(records, historySource, history.value.intervalMinutes, config.service.slMethod as ServiceLevelMethod, report);
  return success({ records, ...(byQueue ? { queueRecords: history.value.records } : {}), summary, estimatedPatienceSeconds: patienceSeconds });
}
