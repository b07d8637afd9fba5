/**
 * Reading a history file in the pane: bytes to text, and the core's import of
 * the text with the draft's format, interval and column mapping (remembered
 * for the last input, as several steps show it).
 */
import { type LoadedHistory, loadHistory } from '../../core/plan/loadHistory';
import { type Result, success } from '../../core/result';
import { note } from '../../core/notes/note';
import { invalidNote } from '../../core/notes/noAnswerNote';
import { decodeHistoryBytes, type HistoryEncoding } from '../../core/workload/decodeHistoryBytes';
import { MAX_TEXT_IMPORT_BYTES } from '../../core/workload/historyLimits';
import type { ColumnOverride } from '../../core/workload/columnMapping';

export type Format = 'auto' | 'intervals' | 'acd';

let last: { key: string; value: Result<LoadedHistory> } | undefined;

/** The core's import of a history text, remembered for the last input (several steps show it). */
export function importHistory(text: string, format: Format, intervalMinutes: number | undefined, columns?: ColumnOverride): Result<LoadedHistory> {
  const key = `${format}|${intervalMinutes}|${JSON.stringify(columns ?? {})}|${text.length}|${text.slice(0, 200)}|${text.slice(-200)}`;
  if (last?.key !== key) last = { key, value: loadHistory(text, format, intervalMinutes, columns) };
  return last.value;
}

let lastTypes: { key: string; value: string[] } | undefined;

/**
 * The call types (queues) of a history text, sorted, as a several-queue plan reads them (the core's
 * import by call type); [] when it has no call-type column or cannot be read. Remembered for the last input.
 */
export function historyCallTypes(text: string, format: Format, intervalMinutes: number | undefined, columns?: ColumnOverride): string[] {
  const key = `${format}|${intervalMinutes}|${JSON.stringify(columns ?? {})}|${text.length}|${text.slice(0, 200)}|${text.slice(-200)}`;
  if (lastTypes?.key !== key) {
    const loaded = loadHistory(text, format, intervalMinutes, columns, undefined, true);
    const types = loaded.ok ? loaded.value.records.flatMap((r) => (r.callType === undefined ? [] : [r.callType])) : [];
    lastTypes = { key, value: [...new Set(types)].sort() };
  }
  return lastTypes.value;
}

/**
 * A chosen file's text, decoded by its bytes (UTF-8 ± BOM, UTF-16, GB18030: Chinese Excel
 * saves CSV as GBK); refused before reading above MAX_TEXT_IMPORT_BYTES, so a huge file
 * gives a message instead of a crashed pane.
 */
export async function readHistoryFile(file: Blob): Promise<Result<{ text: string; encoding: HistoryEncoding }>> {
  if (file.size > MAX_TEXT_IMPORT_BYTES) return invalidNote(note('import.tooBig', { bytes: file.size, limit: MAX_TEXT_IMPORT_BYTES }));
  return success(decodeHistoryBytes(new Uint8Array(await file.arrayBuffer())));
}

export const formatOf = (v: unknown): Format => (v === 'intervals' || v === 'acd' ? v : 'auto');
/** The draft's interval length in minutes when it divides the day; undefined (the history's own) otherwise. */
export const intervalMinutesOf = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 && 1440 % v === 0 ? v : undefined);
/** The draft's column overrides, keeping only field → header text (anything else is the validator's to report). */
export const columnsOf = (v: unknown): ColumnOverride =>
  v !== null && typeof v === 'object'
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''))
    : {};

