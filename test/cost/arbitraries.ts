import fc from 'fast-check';
import type { CostDrivers, CostRates, MonthDrivers } from '../../src/core/cost';

/** Money-like amounts: cents, 0 … 10,000 — the kind of figures a planner types. */
const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const fraction = (maxPercent: number) => fc.integer({ min: 0, max: maxPercent }).map((p) => p / 100);

export const arbRates: fc.Arbitrary<CostRates> = fc.record({
  currency: fc.constantFrom('USD', 'CNY', 'EUR'),
  hourlyWage: money(100),
  onCostRate: fraction(80),
  supervisorRatio: fc.integer({ min: 1, max: 40 }),
  supervisorHourlyWage: money(150),
  seatSpareRate: fraction(50),
  seatMonthlyCost: money(2000),
  equipmentPerSeatMonthly: money(500),
  licencesPerSeatMonthly: money(500),
  trunkMonthlyCost: money(100),
  trunkUsagePerMinute: fc.integer({ min: 0, max: 100 }).map((x) => x / 1000),
  networkMonthly: money(10000),
  professionalServicesMonthly: money(10000),
  sharedPlatformsMonthly: money(10000),
});

export const arbMonth = (month: string): fc.Arbitrary<MonthDrivers> =>
  fc.record({
    month: fc.constant(month),
    paidHours: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200000 }).map((x) => x / 4)),
    calls: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500000 })),
    handledMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3e8 }).map((x) => x / 100)),
    peakScheduledAgents: fc.oneof(fc.constant(100), fc.integer({ min: 0, max: 600 })),
    trunks: fc.integer({ min: 0, max: 800 }),
    trunkMinutes: fc.integer({ min: 0, max: 5e8 }).map((x) => x / 100),
    hiringCost: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e8 }).map((x) => x / 100)),
  });

export const arbDrivers: fc.Arbitrary<CostDrivers> = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbMonth(`2025-${String(i + 1).padStart(2, '0')}`))))
  .map((months) => ({ months }));
