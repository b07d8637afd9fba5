/**
 * Step 8, costs: a chain's monthly cost drivers over the budget year (each
 * month's calls staffed through the same chain, paid hours at the solved
 * week's paid-per-required ratio) and their breakdown by category.
 */
import { type CostBreakdown, type CostDrivers, type CostRates, costBreakdown } from '../../cost';
import type { ForecastInterval } from '../../forecast/forecast';
import { type Result, success } from '../../result';
import type { BudgetMonth } from '../budgetYear';
import { type ScheduleYardstick, monthlyDrivers } from '../scenarioChain';
import type { PlanSchedule } from '../teamSchedules';
import type { StaffingSettings } from './staffing';

/**
 * What a solved week teaches the monthly chain: paid hours per hour of the
 * centre's own requirement (teams scheduled apart pay for being apart; the
 * shifts' hours alone: a holiday in the solved week is paid, but no other
 * month's required hours carry it), and the busiest interval's
 * scheduled-per-required ratio.
 */
export function scheduleYardstick(schedule: PlanSchedule): ScheduleYardstick {
  const shiftHours = schedule.summary.paidHours - schedule.summary.paidHolidayHours;
  return {
    paidPerRequiredHour: schedule.centreRequiredHours > 0 ? shiftHours / schedule.centreRequiredHours : 1,
    peakRatio: schedule.peakRatio,
  };
}

export interface ChainCosts {
  drivers: CostDrivers;
  costs: CostBreakdown;
}

/** @example costStep(intervals, months, settings, yardstick, config.costs).value.costs.total.total //=> 9316711.29… */
export function costStep(
  intervals: readonly ForecastInterval[],
  months: readonly BudgetMonth[],
  settings: StaffingSettings,
  yardstick: ScheduleYardstick,
  rates: CostRates,
): Result<ChainCosts> {
  const drivers = monthlyDrivers(intervals, months, settings, yardstick);
  if (!drivers.ok) return drivers;
  const costs = costBreakdown(drivers.value, rates);
  if (!costs.ok) return costs;
  return success({ drivers: drivers.value, costs: costs.value });
}
