import { useMemo } from 'react';
import type { LoadedHistory } from '../../core/plan/loadHistory';
import type { Result } from '../../core/result';
import type { ColumnOverride } from '../../core/workload/columnMapping';
import { columnsOf, formatOf, importHistory, intervalMinutesOf } from './historyImport';
import { usePlan } from './PlanContext';

/** The imported history as the core reads it with the draft's format, interval and column mapping, or undefined before an import. */
export function useHistoryImport(): Result<LoadedHistory> | undefined {
  const { history, draft } = usePlan();
  const format = formatOf(draft.data?.format);
  const minutes = intervalMinutesOf(draft.data?.intervalMinutes);
  const columnsKey = JSON.stringify(columnsOf(draft.data?.columns));
  return useMemo(
    () => (history ? importHistory(history.text, format, minutes, JSON.parse(columnsKey) as ColumnOverride) : undefined),
    [history, format, minutes, columnsKey],
  );
}
