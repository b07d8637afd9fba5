import { useMemo } from 'react';
import { type LoadedHistory, loadHistory } from '../../core/plan/loadHistory';
import type { Result } from '../../core/result';
import { usePlan } from './PlanContext';

type Format = 'auto' | 'intervals' | 'acd';

let last: { key: string; value: Result<LoadedHistory> } | undefined;

/** The core's import of a history text, remembered for the last input (several steps show it). */
export function importHistory(text: string, format: Format, intervalMinutes: number): Result<LoadedHistory> {
  const key = `${format}|${intervalMinutes}|${text.length}|${text.slice(0, 200)}|${text.slice(-200)}`;
  if (last?.key !== key) last = { key, value: loadHistory(text, format, intervalMinutes) };
  return last.value;
}

const formatOf = (v: unknown): Format => (v === 'intervals' || v === 'acd' ? v : 'auto');
const minutesOf = (v: unknown): number => (typeof v === 'number' && v > 0 && 1440 % v === 0 ? v : 30);

/** The imported history as the core reads it with the draft's format and interval, or undefined before an import. */
export function useHistoryImport(): Result<LoadedHistory> | undefined {
  const { history, draft } = usePlan();
  const format = formatOf(draft.data?.format);
  const minutes = minutesOf(draft.data?.intervalMinutes);
  return useMemo(() => (history ? importHistory(history.text, format, minutes) : undefined), [history, format, minutes]);
}
