import { trunksRequired } from '../queueing';
import { invalid, success, type Result } from '../result';
import { trunkLoad } from './trunkLoad';

/** One interval's inputs for trunk sizing. */
export interface TrunkInterval {
  readonly label?: string;
  readonly calls: number;
  /** Average talk time (with hold, without ACW), seconds. */
  readonly talkSeconds: number;
  /** Average speed of answer from the staffing, seconds. */
  readonly asaSeconds: number;
  /** IVR time on the same trunks, seconds (default 0). */
  readonly ivrSeconds?: number;
}

export interface TrunkRow {
  readonly label: string;
  /** Offered trunk load, Erlangs. */
  readonly load: number;
  /** Lines needed for the blocking target in this interval alone. */
  readonly trunks: number;
}

export interface TrunkPlan {
  readonly rows: TrunkRow[];
  /** Lines to provision: the need of the busiest interval (the most trunk load; the first such). */
  readonly peakTrunks: number;
  readonly peakLabel: string;
  readonly peakLoad: number;
}

/**
 * Trunks per interval and the peak over the horizon (planning step 5): trunk
 * load from calls, talk, ASA and IVR time, lines by Erlang B for the blocking
 * target, provisioned for the busiest interval. A lower SL target means a
 * longer ASA, hence more trunk load: lines and agents trade against each other.
 *
 * @param blocking blocking target, fraction (0.01 for 1%)
 * @example trunkPlan([{ calls: 100, talkSeconds: 180, asaSeconds: 20 }], 0.01, 30).value.peakTrunks //=> 19
 */
export function trunkPlan(intervals: readonly TrunkInterval[], blocking: number, intervalMinutes: number): Result<TrunkPlan> {
  if (!(blocking > 0 && blocking < 1)) return invalid(`blocking must be a fraction between 0 and 1, exclusive (got ${blocking})`);
  if (!(Number.isFinite(intervalMinutes) && intervalMinutes > 0)) return invalid(`intervalMinutes must be > 0 (got ${intervalMinutes})`);
  const rows: TrunkRow[] = [];
  let peak = -1;
  for (let i = 0; i < intervals.length; i++) {
    const x = intervals[i];
    const label = x.label ?? `interval ${i + 1}`;
    for (const [k, v] of [['calls', x.calls], ['talkSeconds', x.talkSeconds], ['asaSeconds', x.asaSeconds], ['ivrSeconds', x.ivrSeconds ?? 0]] as const) {
      if (!(Number.isFinite(v) && v >= 0)) return invalid(`${label}: ${k} must be ≥ 0 (got ${v})`);
    }
    const load = trunkLoad(x.calls, x.talkSeconds, x.asaSeconds, intervalMinutes, x.ivrSeconds ?? 0);
    const t = trunksRequired(load, blocking);
    if (!t.ok) return { ...t, message: `${label}: ${t.message}` };
    rows.push({ label, load, trunks: t.value });
    if (peak < 0 || load > rows[peak].load) peak = i;
  }
  if (peak < 0) return success({ rows, peakTrunks: 0, peakLabel: '', peakLoad: 0 });
  return success({ rows, peakTrunks: rows[peak].trunks, peakLabel: rows[peak].label, peakLoad: rows[peak].load });
}
