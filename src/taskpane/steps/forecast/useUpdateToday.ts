import { useState } from 'react';
import { formatClock } from '../../../core/calendar/clock';
import { DEFAULT_CLEANING } from '../../../core/plan/cleanHistory';
import { loadHistory } from '../../../core/plan/loadHistory';
import { holidaySetting } from '../../../core/plan/planConfig';
import type { TodayGapRow, TodayReforecast } from '../../../core/plan/steps/reforecast';
import type { Failure } from '../../../core/result';
import type { IntervalRecord } from '../../../core/workload/intervalRecord';
import { columnsOf, formatOf, intervalMinutesOf, readHistoryFile } from '../../state/historyImport';
import { usePlan } from '../../state/PlanContext';
import { useHistoryImport } from '../../state/useHistoryImport';

/** Today's actuals so far, read from the chosen file. */
export interface TodayFile {
  name: string;
  date: string;
  records: IntervalRecord[];
}

/** One interval of the revised rest of the day: the calls, and the staffing gap when a solved plan holds the day. */
export interface UpdateRow {
  start: string;
  dayAhead: number;
  calls: number;
  gap?: TodayGapRow;
}

export type UpdateOutcome =
  | { ok: true; date: string; from: string; intervalMinutes: number; revised: TodayReforecast; rows: UpdateRow[]; staffing: 'plan' | 'noPlan' | 'outsidePlan' }
  | { ok: false; field: 'file' | 'time'; failure: Pick<Failure, 'message' | 'note' | 'where'> };

type Problem = Pick<Failure, 'message' | 'note' | 'where'>;
/** The engine's failures that are about the time typed; the others are about the files. */
const TIME_NOTES = new Set(['reforecast.badTime', 'reforecast.outsideHours']);

/**
 * Step 3's "Update today": today's file of actuals so far (read like step 2's
 * history), the clock time to revise from, and the engine's revised rest of
 * the day (reforecastToday) with its staffing gap against the solved plan
 * (todayGap). Nothing here throws: a bad file or time is a message.
 */
export function useUpdateToday() {
  const { draft, config, result } = usePlan();
  const loaded = useHistoryImport();
  const [today, setToday] = useState<TodayFile | undefined>();
  const [fileProblem, setFileProblem] = useState<Problem | undefined>();
  const [time, setTime] = useState('');
  const [outcome, setOutcome] = useState<UpdateOutcome | undefined>();
  const history = loaded?.ok ? loaded.value : undefined;

  const fromFile = async (file: File) => {
    setOutcome(undefined);
    try {
      const read = await readHistoryFile(file);
      if (!read.ok) { setToday(undefined); setFileProblem(read); return; }
      const r = loadHistory(read.value.text, formatOf(draft.data?.format), history?.intervalMinutes ?? intervalMinutesOf(draft.data?.intervalMinutes), columnsOf(draft.data?.columns), read.value.encoding);
      if (!r.ok) { setToday(undefined); setFileProblem(r); return; }
      const date = r.value.records.reduce((last, x) => (x.date > last ? x.date : last), '');
      const records = r.value.records.filter((x) => x.date === date);
      const lastStart = records.reduce((m, x) => Math.max(m, x.start), 0);
      setFileProblem(undefined);
      setToday({ name: file.name, date, records });
      setTime(formatClock(lastStart + r.value.intervalMinutes));
    } catch (error) {
      setToday(undefined);
      setFileProblem({ message: error instanceof Error ? error.message : String(error) });
    }
  };

  const run = async () => {
    if (!history || !today) return;
    try {
      // the forecast engine and the regional calendars load on first use, not with the pane
      const { reforecastToday, todayGap } = await import('../../../core/plan/steps/reforecast');
      const minutes = history.intervalMinutes;
      const records = [...history.records.filter((r) => r.date !== today.date), ...today.records];
      const settings = config
        ? { method: config.forecast.method, events: config.forecast.events, holidays: holidaySetting(config), cleaning: config.forecast.cleaning, recurringEvents: config.forecast.recurringEvents }
        : { method: 'auto' as const, events: [], cleaning: DEFAULT_CLEANING };
      const res = reforecastToday(records, minutes, today.date, time.trim(), settings);
      if (!res.ok) { setOutcome({ ok: false, field: res.note && TIME_NOTES.has(res.note.code) ? 'time' : 'file', failure: res }); return; }
      const { revised } = res.value;
      const gap = result ? todayGap(result, today.date, revised) : undefined;
      if (gap && !gap.ok) { setOutcome({ ok: false, field: 'file', failure: gap }); return; }
      const byStart = new Map((gap?.ok ? gap.value : []).map((g) => [g.start, g]));
      const rows: UpdateRow[] = revised.intervals
        .filter((iv) => iv.start >= revised.from)
        .map((iv) => ({ start: formatClock(iv.start), dayAhead: iv.dayAhead, calls: iv.calls, gap: byStart.get(formatClock(iv.start)) }));
      setOutcome({ ok: true, date: today.date, from: formatClock(revised.from), intervalMinutes: minutes, revised: res.value, rows, staffing: !result ? 'noPlan' : gap ? 'plan' : 'outsidePlan' });
    } catch (error) {
      setOutcome({ ok: false, field: 'file', failure: { message: error instanceof Error ? error.message : String(error) } });
    }
  };

  return { hasHistory: history !== undefined, today, fileProblem, time, fromFile, setTime: (v: string) => { setTime(v); setOutcome(undefined); }, run, outcome };
}

/** The peak of the gap: the largest gap and the first run of consecutive intervals that have it ("14:00", "14:30" = its last interval's end). */
export function gapPeak(rows: readonly UpdateRow[], intervalMinutes: number): { gap: number; from: string; to: string } | undefined {
  const gaps = rows.filter((r) => r.gap !== undefined);
  if (gaps.length === 0) return undefined;
  const top = Math.max(...gaps.map((r) => r.gap!.gap));
  const first = gaps.findIndex((r) => r.gap!.gap === top);
  let last = first;
  while (last + 1 < gaps.length && gaps[last + 1].gap!.gap === top) last++;
  const [h, m] = gaps[last].start.split(':').map(Number);
  return { gap: top, from: gaps[first].start, to: formatClock(h * 60 + m + intervalMinutes) };
}
