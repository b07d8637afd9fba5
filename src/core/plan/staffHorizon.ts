import type { ForecastInterval } from '../forecast/forecast';
import { trunksRequired } from '../queueing';
import { type Result, invalid, success } from '../result';
import { baseStaff } from '../staffing/baseStaff';
import { comparePeriodTarget, periodStaff } from '../staffing/periodStaff';
import { type ShrinkagePlan, shrinkageOn } from '../staffing/shrinkage';
import { trunkLoad } from '../staffing/trunkLoad';
import type { IntervalForecast, IntervalStaffing, ServiceObjective } from '../staffing/types';
import { WEEKDAYS, weekday as weekdayOfDate } from '../calendar/dates';
import { formatClock } from '../calendar/clock';
import type { IntervalPlanRow } from './planResult';

/** How one chain (the base plan or a scenario) turns a forecast into staff. */
export interface StaffingSettings {
  objective: ServiceObjective;
  targetLevel: 'interval' | 'daily';
  shrinkage: ShrinkagePlan;
  /** multiplies every shrinkage share (scenarios) */
  shrinkageFactor: number;
  volumeFactor: number;
  ahtFactor: number;
  /** AHT for intervals whose forecast has none, seconds */
  fallbackAhtSeconds: number;
  blocking: number;
  ivrSeconds: number;
  /** share of AHT that holds a trunk (talk), the rest being after-call work */
  talkShare: number;
}

/** Forecast intervals grouped by date, in order. */
function byDate(intervals: readonly ForecastInterval[]): Map<string, ForecastInterval[]> {
  const days = new Map<string, ForecastInterval[]>();
  for (const interval of intervals) {
    const list = days.get(interval.date) ?? [];
    list.push(interval);
    days.set(interval.date, list);
  }
  return days;
}

function dayForecast(day: readonly ForecastInterval[], s: StaffingSettings): IntervalForecast[] {
  return day.map((i) => ({
    label: `${i.date} ${formatClock(i.start)}`,
    calls: i.calls * s.volumeFactor,
    ahtSeconds: (i.aht && i.aht > 0 ? i.aht : s.fallbackAhtSeconds) * s.ahtFactor,
  }));
}

/**
 * Steps 4–6 over a horizon: agents per interval by Erlang C or A (meeting the
 * target in every interval, or call-weighted over each day), the scheduled
 * requirement after that day's shrinkage, and trunk load and lines per interval.
 */
export function staffHorizon(intervals: readonly ForecastInterval[], s: StaffingSettings): Result<IntervalPlanRow[]> {
  const rows: IntervalPlanRow[] = [];
  for (const [date, day] of byDate(intervals)) {
    const weekday = weekdayOfDate(date);
    const month = Number(date.slice(5, 7));
    const forecast = dayForecast(day, s);
    const staffed: Result<IntervalStaffing[]> =
      s.targetLevel === 'daily'
        ? (() => {
            const period = periodStaff(forecast, s.objective);
            return period.ok ? success(period.value.rows) : period;
          })()
        : baseStaff(forecast, s.objective);
    if (!staffed.ok) return { ...staffed, message: `${date}: ${staffed.message}` };
    const shrink = shrinkageOn(s.shrinkage, month, weekday);
    if (!shrink.ok) return shrink;
    const shrinkage = shrink.value.total * s.shrinkageFactor;
    if (shrinkage >= 1) return invalid(`${date}: shrinkage × factor reaches ${(shrinkage * 100).toFixed(1)}%; it must stay below 100%`);
    for (let i = 0; i < day.length; i += 1) {
      const row = staffed.value[i];
      const f = forecast[i];
      const talk = f.ahtSeconds * s.talkShare;
      const load = trunkLoad(f.calls, talk, row.asaSeconds ?? 0, s.objective.intervalMinutes, s.ivrSeconds);
      const trunks = trunksRequired(load, s.blocking);
      if (!trunks.ok) return trunks;
      rows.push({
        date,
        weekday: WEEKDAYS[weekday],
        start: formatClock(day[i].start),
        closed: Boolean(day[i].closed),
        calls: f.calls,
        ahtSeconds: f.ahtSeconds,
        traffic: row.traffic,
        agents: row.agents,
        serviceLevel: row.serviceLevel,
        asaSeconds: row.asaSeconds,
        abandonRate: row.abandonRate,
        occupancy: row.occupancy,
        shrinkage,
        scheduledRequired: row.agents / (1 - shrinkage),
        trunkLoad: load,
        trunks: trunks.value,
      });
    }
  }
  return success(rows);
}

/** Interval-level against daily (call-weighted) targets over the horizon, with the agent-hours each needs. */
export function periodTargetSaving(intervals: readonly ForecastInterval[], s: StaffingSettings) {
  let intervalLevelHours = 0;
  let periodLevelHours = 0;
  let calls = 0;
  let weighted = 0;
  for (const [, day] of byDate(intervals)) {
    const forecast = dayForecast(day, s);
    if (forecast.every((f) => f.calls === 0)) continue;
    const compared = comparePeriodTarget(forecast, s.objective);
    if (!compared.ok) return compared;
    intervalLevelHours += compared.value.intervalLevel.agentHours;
    periodLevelHours += compared.value.periodLevel.agentHours;
    const dayCalls = forecast.reduce((sum, f) => sum + f.calls, 0);
    calls += dayCalls;
    weighted += dayCalls * compared.value.periodLevel.serviceLevel;
  }
  const savingHours = intervalLevelHours - periodLevelHours;
  return success({
    intervalLevelHours,
    periodLevelHours,
    savingHours,
    savingShare: intervalLevelHours > 0 ? savingHours / intervalLevelHours : 0,
    dailyServiceLevel: calls > 0 ? weighted / calls : 1,
  });
}
