/**
 * Cleaning the history before the forecast (planning-guide.md step 3, "Clean"):
 * flag abnormal days and intervals, apply the user's accept/override decisions,
 * repair the accepted flags, and say what was done. Pure; the plan runner and
 * the wizard's review table call the same function, so they show the same numbers.
 */
import { type AnomalyFlag, detectAnomalies } from '../forecast/anomalies';
import { type DaySeries, toDaySeries } from '../forecast/daySeries';
import { type RepairMethod, repairAnomalies } from '../forecast/repair';
import { type Note, note } from '../notes/note';
import { clockMinutes, formatClock } from '../calendar/clock';
import { ADDITIVE_FIELDS, type IntervalRecord } from '../workload/intervalRecord';

/** The user's decision on one flag: by date and, for an interval flag, its start "HH:MM". */
export interface CleaningOverride {
  date: string;
  start?: string;
  accept: boolean;
}

export interface CleaningSettings {
  repair: RepairMethod;
  overrides: readonly CleaningOverride[];
}

/** What a plan does with anomalies unless told otherwise: repair accepted flags from comparable periods, no overrides. */
export const DEFAULT_CLEANING: CleaningSettings = { repair: 'comparable', overrides: [] };

/** One flagged anomaly and what became of it. Calls are per interval, or per day for a whole-day flag. */
export interface AnomalyReport {
  date: string;
  /** interval start "HH:MM"; absent when the whole day is abnormal */
  start?: string;
  kind: 'high' | 'low';
  observed: number;
  /** what comparable periods (same weekday, same interval) suggest */
  expected: number;
  /** robust z-score (median/MAD) */
  score: number;
  /** repaired (true) or kept as observed (false) */
  accepted: boolean;
  /** true when the user's override decided `accepted` */
  overridden: boolean;
  /** calls after repair (day total for a whole-day flag); absent when kept, or when no comparable data allowed a repair */
  repairedTo?: number;
}

export interface CleanedHistory {
  /** the history with accepted flags repaired (other records unchanged) */
  records: IntervalRecord[];
  anomalies: AnomalyReport[];
  notes: Note[];
}

/** The history as a day series and its flags before any decision (the slow part: a year takes a few hundred ms). */
export interface DetectedAnomalies {
  series: DaySeries;
  flags: AnomalyFlag[];
}

/**
 * Flags the history's anomalies (detectAnomalies on its day series), to reuse across decisions.
 * @example detectHistoryAnomalies(records, 30).flags.length
 */
export function detectHistoryAnomalies(records: readonly IntervalRecord[], intervalMinutes: number): DetectedAnomalies {
  const series = toDaySeries(records, intervalMinutes);
  return { series, flags: detectAnomalies(series) };
}

const keyOf = (date: string, start: number | undefined) => `${date}|${start ?? ''}`;

/**
 * Flags anomalies in `records` (see detectAnomalies), applies `overrides`, repairs the
 * accepted flags by `repair` (see repairAnomalies) and returns the repaired records: every
 * additive count of a repaired interval is scaled by repaired ÷ observed calls, so AHT and
 * answered/abandoned shares stay as observed (an interval observed at 0 calls gets the
 * repaired calls only).
 * @example cleanHistory(records, 30, { repair: 'comparable', overrides: [{ date: '2026-03-17', start: '10:00', accept: false }] }).anomalies
 */
export function cleanHistory(
  records: readonly IntervalRecord[],
  intervalMinutes: number,
  settings: CleaningSettings,
  detected: DetectedAnomalies = detectHistoryAnomalies(records, intervalMinutes),
): CleanedHistory {
  if (records.length === 0) return { records: [], anomalies: [], notes: [] };
  const { series } = detected;
  const decisions = new Map(settings.overrides.map((o) => [keyOf(o.date, o.start === undefined ? undefined : clockMinutes(o.start)), o.accept]));
  const used = new Set<string>();
  const flags = detected.flags.map((flag) => {
    const key = keyOf(flag.date, flag.start);
    const decided = decisions.get(key);
    if (decided === undefined) return { flag, overridden: false };
    used.add(key);
    return { flag: { ...flag, accepted: decided }, overridden: true };
  });
  const { repairs } = repairAnomalies(series, flags.map((f) => f.flag), settings.repair);

  const after = new Map(repairs.map((r) => [keyOf(r.date, r.start), r]));
  const byInterval = new Map<string, number[]>();
  records.forEach((r, i) => {
    const key = keyOf(r.date, r.start);
    const list = byInterval.get(key);
    if (list) list.push(i);
    else byInterval.set(key, [i]);
  });
  const cleaned = records.map((r) => ({ ...r }));
  for (const repair of repairs) {
    const indices = byInterval.get(keyOf(repair.date, repair.start));
    if (!indices) {
      cleaned.push({ date: repair.date, start: repair.start, offered: repair.after });
      continue;
    }
    const before = indices.reduce((s, i) => s + records[i].offered, 0);
    if (!(before > 0)) {
      cleaned[indices[0]].offered = repair.after;
      continue;
    }
    const factor = repair.after / before;
    for (const i of indices) {
      for (const field of ADDITIVE_FIELDS) {
        const value = records[i][field];
        if (value !== undefined) cleaned[i][field] = value * factor;
      }
    }
  }

  const anomalies = flags.map(({ flag, overridden }): AnomalyReport => {
    let repairedTo: number | undefined;
    if (flag.accepted) {
      if (flag.start !== undefined) repairedTo = after.get(keyOf(flag.date, flag.start))?.after;
      else {
        const day = series.starts.map((s) => after.get(keyOf(flag.date, s)));
        if (day.some((r) => r !== undefined)) {
          const row = series.calls[series.dates.indexOf(flag.date)];
          repairedTo = day.reduce((sum, r, k) => sum + (r ? r.after : Number.isNaN(row[k]) ? 0 : row[k]), 0);
        }
      }
    }
    return {
      date: flag.date,
      start: flag.start === undefined ? undefined : formatClock(flag.start),
      kind: flag.kind,
      observed: flag.value,
      expected: flag.expected,
      score: flag.score,
      accepted: flag.accepted,
      overridden,
      repairedTo,
    };
  });

  const notes: Note[] = [];
  if (anomalies.length > 0) {
    const repaired = anomalies.filter((a) => a.repairedTo !== undefined).length;
    const kept = anomalies.filter((a) => !a.accepted).length;
    notes.push(note('clean.summary', { flagged: anomalies.length, repaired, kept, repair: settings.repair }));
    const unrepaired = anomalies.filter((a) => a.accepted && a.repairedTo === undefined).length;
    if (unrepaired > 0) notes.push(note('clean.unrepaired', { count: unrepaired }));
  }
  for (const o of settings.overrides) {
    if (!used.has(keyOf(o.date, o.start === undefined ? undefined : clockMinutes(o.start)))) {
      notes.push(note('clean.unusedOverride', { date: o.date, ...(o.start ? { start: o.start } : {}) }));
    }
  }
  return { records: cleaned, anomalies, notes };
}
