import { useMemo, useState } from 'react';
import type { ColumnField, ColumnOverride } from '../../../core/workload/columnMapping';
import { tableColumns } from '../../../core/workload/tableColumns';
import { totalsBy } from '../../../core/workload/totals';
import { readSelectedRange, readSheet } from '../../host/excelRange';
import { usePlan } from '../../state/PlanContext';
import { useColumnMapping } from './useColumnMapping';
import { columnsOf, formatOf, importHistory, intervalMinutesOf, readHistoryFile, useHistoryImport } from '../../state/useHistoryImport';

/** What the last import attempt said when it was refused (the previous history, if any, stays); `text` lets the user map its columns. */
export type Rejected = { name: string; message: string; text?: string } | undefined;

/** Step 2: importing the history (file, range or sheet), the core's report, totals and shares. */
export function useDataStep() {
  const { history, setHistory, update, draft, host } = usePlan();
  const loaded = useHistoryImport();
  const [rejected, setRejected] = useState<Rejected>();
  const [reading, setReading] = useState(false);

  const format = formatOf(draft.data?.format);
  const minutes = intervalMinutesOf(draft.data?.intervalMinutes);
  const columnsKey = JSON.stringify(columnsOf(draft.data?.columns));
  const columns = useMemo(() => JSON.parse(columnsKey) as ColumnOverride, [columnsKey]);
  const setColumns = (next: ColumnOverride) => update('data.columns', Object.keys(next).length > 0 ? next : undefined);

  /**
   * Accepts a history only when the core can read intervals from it: a bad file changes nothing
   * (its columns can still be mapped, see setColumn). Column overrides naming a header this text
   * does not have are dropped (they belonged to an earlier file).
   */
  const accept = (name: string, text: string, wanted: ColumnOverride = columns) => {
    const header = new Set(tableColumns(text).header);
    const kept = Object.fromEntries(Object.entries(wanted).filter(([, h]) => header.has(h as string))) as ColumnOverride;
    if (JSON.stringify(kept) !== JSON.stringify(columns)) setColumns(kept);
    const r = importHistory(text, format, minutes, kept);
    if (!r.ok) {
      setRejected({ name, message: r.message, text });
      return;
    }
    setRejected(undefined);
    setHistory({ name, text });
    update('data.history', name);
    if (r.value.intervalMinutes !== minutes) update('data.intervalMinutes', r.value.intervalMinutes);
  };

  const fromFile = async (file: File) => {
    const read = await readHistoryFile(file);
    if (read.ok) accept(file.name, read.value.text);
    else setRejected({ name: file.name, message: read.message });
  };
  const fromExcel = async (which: 'selection' | { sheet: string }) => {
    setReading(true);
    try {
      const read = which === 'selection' ? await readSelectedRange() : await readSheet(which.sheet);
      accept(read.name, read.text);
    } catch (error) {
      setRejected({ name: which === 'selection' ? '' : which.sheet, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setReading(false);
    }
  };

  const totals = useMemo(() => {
    if (!loaded?.ok) return undefined;
    const records = loaded.value.records;
    return {
      year: totalsBy(records, 'year'),
      month: totalsBy(records, 'month'),
      weekday: totalsBy(records, 'weekday'),
      interval: totalsBy(records, 'interval'),
      from: records[0]?.date,
      to: records[records.length - 1]?.date,
    };
  }, [loaded]);

  /** The user picks the column a field is read from (undefined: detect it); a refused file is tried again at once. */
  const setColumn = (field: ColumnField, header: string | undefined) => {
    const next: ColumnOverride = { ...columns, [field]: header };
    if (header === undefined) delete next[field];
    setColumns(next);
    if (rejected?.text !== undefined) accept(rejected.name, rejected.text, next);
  };

  const mapping = useColumnMapping(rejected?.text ?? history?.text, format, columns);

  return { host, history, loaded, rejected, reading, totals, fromFile, fromExcel, mapping, setColumn };
}
