import { type Result, invalid, success } from '../result';
import { type AcdSummary, importAcdText } from '../workload/acdRecords';
import type { ColumnField, ColumnOverride } from '../workload/columnMapping';
import type { IntervalRecord } from '../workload/intervalRecord';
import { importIntervalText } from '../workload/intervalTable';
import type { HistoryEncoding } from '../workload/decodeHistoryBytes';
import { isPlannableInterval } from '../workload/historyLimits';
import { note } from '../notes/note';
import { invalidNote } from '../notes/noAnswerNote';
import { reportLines } from '../notes/render';
import type { ValidationReport } from '../workload/validationReport';

/** History as the plan reads it: interval records, whatever the source's form. */
export interface LoadedHistory {
  records: IntervalRecord[];
  intervalMinutes: number;
  format: 'intervals' | 'acd';
  /** the import's findings (render with reportLines) */
  report: ValidationReport;
  /** mean caller patience estimated from per-call records (Erlang A), seconds */
  patienceSeconds?: number;
  /** per-call records: what the calls themselves measure (SL by the four methods, AHT, abandonment, patience) */
  acd?: AcdSummary;
  /** interval tables: field → header name of the column read, and the whole header row as in the file */
  columns?: Partial<Record<ColumnField, string>>;
  header?: string[];
}

/** Per-call records are counted in half hours unless the plan says otherwise, minutes. */
const ACD_INTERVAL_MINUTES = 30;

/** Per-call ACD exports carry queue and service timestamps; interval tables do not. */
export function looksLikeCallRecords(text: string): boolean {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].toLowerCase();
  return /q_start|ser_start|vru_entry|outcome/.test(header);
}

/**
 * Imports the history text: an interval table (CSV/TSV, headers detected in
 * English or Chinese, or named by `columns`: field → header name) or per-call
 * ACD records aggregated into intervals (`columns` does not apply to them).
 * Fails with the import's own report when nothing usable is left, and for an
 * interval length above 60 minutes or not dividing an hour. `encoding`: how the
 * text was decoded from the file's bytes (decodeHistoryBytes), reported.
 * `byCallType`: one record per interval and call type (several-queue plans),
 * instead of the interval's total.
 */
export function loadHistory(
  text: string,
  format: 'auto' | 'intervals' | 'acd',
  intervalMinutes: number | undefined,
  columns?: ColumnOverride,
  encoding?: HistoryEncoding,
  byCallType = false,
): Result<LoadedHistory> {
  if (intervalMinutes !== undefined && !isPlannableInterval(intervalMinutes)) return invalidNote(note('import.intervalUnusable', { minutes: intervalMinutes, source: 'declared' }));
  const asAcd = format === 'acd' || (format === 'auto' && looksLikeCallRecords(text));
  if (asAcd) {
    const imported = importAcdText(text, { intervalMinutes: intervalMinutes ?? ACD_INTERVAL_MINUTES, byCallType });
    if (!imported.ok) return imported;
    const { records, summary, report } = imported.value;
    if (records.length === 0) return invalid(`no usable call in the records:\n${reportLines(report, 'en').join('\n')}`);
    return success({
      records,
      intervalMinutes: intervalMinutes ?? ACD_INTERVAL_MINUTES,
      format: 'acd',
      report,
      patienceSeconds: summary.patience.ok ? summary.patience.value.meanPatienceSeconds : undefined,
      acd: summary,
    });
  }
  const imported = importIntervalText(text, { intervalMinutes, columns, encoding, byCallType });
  if (!imported.ok) return imported;
  const { records, report } = imported.value;
  if (records.length === 0) return invalid(`no usable interval in the history:\n${reportLines(report, 'en').join('\n')}`);
  return success({
    records,
    intervalMinutes: imported.value.intervalMinutes,
    format: 'intervals',
    report,
    columns: imported.value.columns,
    header: imported.value.header,
  });
}
