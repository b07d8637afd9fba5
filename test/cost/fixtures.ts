import type { CostDrivers, CostRates, MonthDrivers } from '../../src/core/cost';

/** A small centre's rates, used by the hand-worked test. */
export const RATES: CostRates = {
  currency: 'USD',
  hourlyWage: 20,
  onCostRate: 0.3,
  supervisorRatio: 15,
  supervisorHourlyWage: 30,
  seatSpareRate: 0.1,
  seatMonthlyCost: 400,
  equipmentPerSeatMonthly: 50,
  licencesPerSeatMonthly: 120,
  trunkMonthlyCost: 25,
  trunkUsagePerMinute: 0.01,
  networkMonthly: 1500,
  professionalServicesMonthly: 2000,
  sharedPlatformsMonthly: 1000,
};

export const JANUARY: MonthDrivers = {
  month: '2025-01',
  paidHours: 3000,
  calls: 20000,
  handledMinutes: 80000,
  peakScheduledAgents: 37,
  trunks: 45,
  trunkMinutes: 90000,
};

export const FEBRUARY: MonthDrivers = {
  month: '2025-02',
  paidHours: 2400,
  calls: 16000,
  handledMinutes: 64000,
  peakScheduledAgents: 30,
  trunks: 40,
  trunkMinutes: 72000,
};

export const SMALL_PLAN: CostDrivers = { months: [JANUARY, FEBRUARY] };
