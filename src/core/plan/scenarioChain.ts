import type { CostDrivers, MonthDrivers } from '../cost';
import type { ForecastInterval } from '../forecast/forecast';
import { type Result, success } from '../result';
import type { BudgetMonth } from './budgetYear';
import { addDays, weekday } from '../calendar/dates';
import { staffHorizon } from './steps/intervalPlan';
import type { StaffingSettings } from './steps/staffing';

/** What a solved week teaches the monthly chain. */
export interface ScheduleYardstick {
  /** paid hours ÷ required hours (whole agents) of the solved week */
  paidPerRequiredHour: number;
  /** scheduled ÷ required in the busiest interval of the solved week (≥ 1) */
  peakRatio: number;
}

/** The horizon moved by whole weeks so that it starts in `month` (weekdays kept), calls scaled. */
function horizonIn(month: string, intervals: readonly ForecastInterval[], scale: number): ForecastInterval[] {
  const first = intervals[0].date;
  let shifted = `${month}-01`;
  while (weekday(shifted) !== weekday(first)) shifted = addDays(shifted, 1);
  const offset = (Date.parse(shifted) - Date.parse(first)) / 86_400_000;
  return intervals.map((i) => ({ ...i, date: addDays(i.date, offset), calls: i.calls * scale }));
}

const intervalHours = (settings: StaffingSettings) => settings.objective.intervalMinutes / 60;

/**
 * Monthly cost drivers of one chain (a scenario, or the budget question's
 * candidate SL): each month's calls spread over the horizon's interval
 * profile, staffed by Erlang (with that month's shrinkage), and turned into
 * paid hours at the solved week's paid-per-required ratio; seats from the
 * peak requirement × the week's peak ratio; trunks from the peak trunk need.
 */
export function monthlyDrivers(
  intervals: readonly ForecastInterval[],
  months: readonly BudgetMonth[],
  settings: StaffingSettings,
  yardstick: ScheduleYardstick,
): Result<CostDrivers> {
  const horizonDays = new Set(intervals.map((i) => i.date)).size;
  const horizonCalls = intervals.reduce((s, i) => s + i.calls, 0);
  const out: MonthDrivers[] = [];
  for (const m of months) {
    // calls per calendar day of the month against the horizon's
    const scale = horizonCalls > 0 ? m.calls / m.days / (horizonCalls / horizonDays) : 0;
    const rows = staffHorizon(horizonIn(m.month, intervals, scale), settings);
    if (!rows.ok) return { ...rows, message: `${m.month}: ${rows.message}` };
    const perDay = m.days / horizonDays;
    const h = intervalHours(settings);
    const requiredHours = rows.value.reduce((s, r) => s + Math.ceil(r.scheduledRequired - 1e-9), 0) * h;
    const weekCalls = rows.value.reduce((s, r) => s + r.calls, 0);
    const handledPerCall =
      weekCalls > 0 ? rows.value.reduce((s, r) => s + (r.calls * (1 - r.abandonRate) * r.ahtSeconds) / 60, 0) / weekCalls : 0;
    const trunkMinutesPerCall =
      weekCalls > 0
        ? rows.value.reduce((s, r) => s + (r.trunkLoad * settings.objective.intervalMinutes), 0) / weekCalls
        : 0;
    const calls = m.calls * settings.volumeFactor;
    out.push({
      month: m.month,
      paidHours: requiredHours * yardstick.paidPerRequiredHour * perDay,
      calls,
      handledMinutes: calls * handledPerCall,
      peakScheduledAgents: Math.ceil(Math.max(0, ...rows.value.map((r) => r.scheduledRequired)) * yardstick.peakRatio - 1e-9),
      trunks: Math.max(0, ...rows.value.map((r) => r.trunks)),
      trunkMinutes: calls * trunkMinutesPerCall,
    });
  }
  return success({ months: out });
}
