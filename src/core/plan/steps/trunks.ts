/**
 * Step 5, trunks: the lines each interval needs for the blocking target by
 * Erlang B, from the load a call holds a line (talk + wait + IVR, no
 * after-call work), and the peak to provision.
 */
import type { Result } from '../../result';
import { formatClock } from '../../calendar/clock';
import { type TrunkPlan, trunkPlan } from '../../staffing/trunkPlan';
import type { StaffedInterval, StaffingSettings } from './staffing';

/** @example trunksStep(staffed, settings).value.peakTrunks //=> 62 */
export function trunksStep(staffed: readonly StaffedInterval[], s: StaffingSettings): Result<TrunkPlan> {
  return trunkPlan(
    staffed.map((x) => ({
      label: `${x.date} ${formatClock(x.start)}`,
      calls: x.forecast.calls,
      talkSeconds: x.forecast.ahtSeconds * s.talkShare,
      asaSeconds: x.staffing.asaSeconds ?? 0,
      ivrSeconds: s.ivrSeconds,
    })),
    s.blocking,
    s.objective.intervalMinutes,
  );
}
