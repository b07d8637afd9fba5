/**
 * Steps 4–6 as one chain per interval: staff, trunks, shrinkage and the
 * requirement to schedule. The base plan, every scenario, each budget month
 * and each candidate SL of the budget question go through it.
 */
import type { ForecastInterval } from '../../forecast/forecast';
import { type Result, success, within } from '../../result';
import { formatClock } from '../../calendar/clock';
import { WEEKDAYS, weekday } from '../../calendar/dates';
import { scheduledStaff } from '../../staffing/scheduledStaff';
import type { TrunkPlan } from '../../staffing/trunkPlan';
import type { IntervalPlanRow } from '../planResult';
import { shrinkageStep } from './shrinkage';
import { type StaffedInterval, type StaffingSettings, staffStep } from './staffing';
import { trunksStep } from './trunks';

/** The rows plan.json lists: each interval's staffing, shrinkage, agents to schedule and trunks. */
export function intervalRows(staffed: readonly StaffedInterval[], trunks: TrunkPlan, shrinkage: readonly number[]): Result<IntervalPlanRow[]> {
  const rows: IntervalPlanRow[] = [];
  for (const [i, x] of staffed.entries()) {
    const scheduled = scheduledStaff(x.staffing.agents, shrinkage[i]);
    if (!scheduled.ok) return within(scheduled, { date: x.date });
    rows.push({
      date: x.date,
      weekday: WEEKDAYS[weekday(x.date)],
      start: formatClock(x.start),
      closed: x.closed,
      calls: x.forecast.calls,
      ahtSeconds: x.forecast.ahtSeconds,
      traffic: x.staffing.traffic,
      agents: x.staffing.agents,
      serviceLevel: x.staffing.serviceLevel,
      asaSeconds: x.staffing.asaSeconds,
      abandonRate: x.staffing.abandonRate,
      occupancy: x.staffing.occupancy,
      shrinkage: shrinkage[i],
      scheduledRequired: scheduled.value,
      trunkLoad: trunks.rows[i].load,
      trunks: trunks.rows[i].trunks,
    });
  }
  return success(rows);
}

/** The whole chain for a forecast horizon under one chain's settings. */
export function staffHorizon(intervals: readonly ForecastInterval[], s: StaffingSettings): Result<IntervalPlanRow[]> {
  const staffed = staffStep(intervals, s);
  if (!staffed.ok) return staffed;
  const trunks = trunksStep(staffed.value, s);
  if (!trunks.ok) return trunks;
  const shrinkage = shrinkageStep(staffed.value, s);
  if (!shrinkage.ok) return shrinkage;
  return intervalRows(staffed.value, trunks.value, shrinkage.value);
}
