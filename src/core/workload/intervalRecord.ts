/**
 * The interval data model every importer produces and every forecaster reads.
 */

/**
 * One interval of history. Counts are calls in the interval; times are total seconds over
 * the interval's calls (so records add up), not averages.
 */
export interface IntervalRecord {
  /** ISO date 'YYYY-MM-DD' of the interval's start. */
  date: string;
  /** Interval start, minutes since midnight (0–1439). */
  start: number;
  /** Calls offered (arrivals to the agent queue). */
  offered: number;
  /** Calls answered by an agent. */
  answered?: number;
  /** Calls abandoned while waiting. */
  abandoned?: number;
  /** Calls answered within the service-level threshold Y seconds. */
  answeredWithin?: number;
  /** Calls abandoned within Y seconds. */
  abandonedWithin?: number;
  /** Total talk (incl. hold) seconds of the answered calls. */
  talkSeconds?: number;
  /** Total after-call-work seconds of the answered calls. */
  acwSeconds?: number;
  /** Call type / queue / skill, when the source has one. */
  callType?: string;
}

/** The numeric fields of {@link IntervalRecord} that add up across records. */
export const ADDITIVE_FIELDS = [
  'offered', 'answered', 'abandoned', 'answeredWithin', 'abandonedWithin', 'talkSeconds', 'acwSeconds',
] as const;

export type AdditiveField = (typeof ADDITIVE_FIELDS)[number];

/**
 * Average handle time of a set of records in seconds: (talk + ACW) ÷ answered; undefined
 * when nothing was answered or no talk time is known.
 * @example averageHandleTime([{ date: '2003-03-03', start: 420, offered: 2, answered: 2, talkSeconds: 300, acwSeconds: 60 }]) //=> 180
 */
export function averageHandleTime(records: readonly IntervalRecord[]): number | undefined {
  let handled = 0;
  let seconds = 0;
  let known = false;
  for (const r of records) {
    if (r.talkSeconds === undefined) continue;
    known = true;
    handled += r.answered ?? r.offered;
    seconds += r.talkSeconds + (r.acwSeconds ?? 0);
  }
  return known && handled > 0 ? seconds / handled : undefined;
}

/**
 * The records of every call type added up per interval (date and start), in
 * time order, without a call type: a several-queue history as one queue.
 * @example mergeCallTypes([{ date: 'd', start: 0, offered: 2, callType: 'A' }, { date: 'd', start: 0, offered: 3, callType: 'B' }]) //=> [{ date: 'd', start: 0, offered: 5 }]
 */
export function mergeCallTypes(records: readonly IntervalRecord[]): IntervalRecord[] {
  const byKey = new Map<string, IntervalRecord>();
  for (const r of records) {
    const key = `${r.date}|${r.start}`;
    const sum = byKey.get(key);
    if (!sum) {
      const first: IntervalRecord = { ...r };
      delete first.callType;
      byKey.set(key, first);
      continue;
    }
    for (const f of ADDITIVE_FIELDS) {
      const v = r[f];
      if (v !== undefined) sum[f] = (sum[f] ?? 0) + v;
    }
  }
  return [...byKey.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start));
}
