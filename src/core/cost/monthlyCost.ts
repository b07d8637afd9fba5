import type { ByCategory } from './costCategories';
import { seatCount } from './seatCount';
import type { CostRates, MonthDrivers } from './types';

/**
 * One month's cost by category (planning step 8), in currency units,
 * unrounded. Each line is the `costFormulaSpec` expression, operation for
 * operation:
 * - labour = paid_hours × hourly_wage × (1 + on_cost_rate) + hiring_cost (trainees and recruiting, src/core/capacity)
 * - supervision = paid_hours ÷ supervisor_ratio × supervisor_hourly_wage × (1 + on_cost_rate)
 * - space, equipment, licences = seats × the per-seat monthly rate, seats = `seatCount`
 * - trunks = trunks × trunk_monthly_cost + trunk_minutes × trunk_usage_per_minute
 * - network, professional services, shared platforms: the fixed monthly amounts
 * Inputs are trusted (rates validated by the PlanConfig schema, see COST_RATE_FIELDS).
 *
 * @example monthlyCost({ month: '2025-01', paidHours: 1000, … }, { hourlyWage: 20, onCostRate: 0.3, … }).byCategory.labour //=> 26000
 */
export function monthlyCost(m: MonthDrivers, rates: CostRates): { seats: number; byCategory: ByCategory } {
  const onCostFactor = 1 + rates.onCostRate;
  const seats = seatCount(m.peakScheduledAgents, rates.seatSpareRate);
  return {
    seats,
    byCategory: {
      labour: m.paidHours * rates.hourlyWage * onCostFactor + (m.hiringCost ?? 0),
      supervision: (m.paidHours / rates.supervisorRatio) * rates.supervisorHourlyWage * onCostFactor,
      space: seats * rates.seatMonthlyCost,
      equipment: seats * rates.equipmentPerSeatMonthly,
      licences: seats * rates.licencesPerSeatMonthly,
      trunks: m.trunks * rates.trunkMonthlyCost + m.trunkMinutes * rates.trunkUsagePerMinute,
      network: rates.networkMonthly,
      professionalServices: rates.professionalServicesMonthly,
      sharedPlatforms: rates.sharedPlatformsMonthly,
    },
  };
}
