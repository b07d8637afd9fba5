import { useMemo, useState } from 'react';
import { totalsBy } from '../../../core/workload/totals';
import { readSelectedRange, readSheet } from '../../host/excelRange';
import { usePlan } from '../../state/PlanContext';
import { importHistory, useHistoryImport } from '../../state/useHistoryImport';

/** What the last import attempt said when it was refused (the previous history, if any, stays). */
export type Rejected = { name: string; message: string } | undefined;

/** Step 2: importing the history (file, range or sheet), the core's report, totals and shares. */
export function useDataStep() {
  const { history, setHistory, update, draft, host } = usePlan();
  const loaded = useHistoryImport();
  const [rejected, setRejected] = useState<Rejected>();
  const [reading, setReading] = useState(false);

  /** Accepts a history only when the core can read intervals from it: a bad file changes nothing. */
  const accept = (name: string, text: string) => {
    const format = draft.data?.format === 'intervals' || draft.data?.format === 'acd' ? draft.data.format : 'auto';
    const minutes = typeof draft.data?.intervalMinutes === 'number' ? draft.data.intervalMinutes : 30;
    const r = importHistory(text, format, minutes);
    if (!r.ok) {
      setRejected({ name, message: r.message });
      return;
    }
    setRejected(undefined);
    setHistory({ name, text });
    update('data.history', name);
    if (r.value.intervalMinutes !== minutes) update('data.intervalMinutes', r.value.intervalMinutes);
  };

  const fromFile = async (file: File) => accept(file.name, await file.text());
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

  return { host, history, loaded, rejected, reading, totals, fromFile, fromExcel };
}
