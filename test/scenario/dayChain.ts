import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CostBreakdown, CostRates } from '../../src/core/cost';
import type { ForecastInterval } from '../../src/core/forecast/forecast';
import type { IntervalPlanRow } from '../../src/core/plan/planResult';
import { costStep } from '../../src/core/plan/steps/costs';
import { staffHorizon } from '../../src/core/plan/steps/intervalPlan';
import { staffingSettings } from '../../src/core/plan/steps/staffing';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { success, type Result } from '../../src/core/result';
import type { Scenario } from '../../src/core/scenario';
import type { ServiceObjective } from '../../src/core/staffing/types';
import { DAY_CALLS } from '../staffing/dayProfile';

/**
 * The plan's own chain (src/core/plan/steps: staff → trunks → shrinkage →
 * monthly costs) on the hand-made bank weekday (test/staffing/dayProfile.ts:
 * 4,780 calls, AHT 240 s, 07:00–21:00) as a one-day horizon, for a month of
 * 21 such days: Erlang C (or A), shrinkage 30%, trunks at 1% blocking (talk
 * 200 s of the 240, IVR 30 s), paid hours = required hours (a yardstick of 1).
 */
export const BASE_OBJECTIVE: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };
const DAYS = 21;

export const CHAIN_RATES: CostRates = {
  currency: 'CNY',
  hourlyWage: 45,
  onCostRate: 0.35,
  supervisorRatio: 15,
  supervisorHourlyWage: 70,
  seatSpareRate: 0.1,
  seatMonthlyCost: 900,
  equipmentPerSeatMonthly: 150,
  licencesPerSeatMonthly: 300,
  trunkMonthlyCost: 60,
  trunkUsagePerMinute: 0.02,
  networkMonthly: 5000,
  professionalServicesMonthly: 8000,
  sharedPlatformsMonthly: 6000,
};

const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'sample-centre.json'), 'utf8'));
const validated = validatePlanConfig({
  ...sample,
  staffing: { model: 'erlangC' },
  shrinkage: { absence: 0.3 },
  trunks: { blocking: 0.01, ivrSeconds: 30, talkShare: 200 / 240 },
  costs: CHAIN_RATES,
});
if (!validated.ok) throw new Error(validated.message);
const config = { ...validated.value, data: { ...validated.value.data, intervalMinutes: 30 } };

/** Monday 3 March 2025, the profile's half hours. */
const DAY: ForecastInterval[] = DAY_CALLS.map((calls, i) => ({ date: '2025-03-03', start: 420 + 30 * i, calls, aht: 240 }));
const MONTHS = [{ month: '2025-03', calls: DAY_CALLS.reduce((a, b) => a + b, 0) * DAYS, days: DAYS }];

export interface ChainResult {
  readonly rows: IntervalPlanRow[];
  readonly breakdown: CostBreakdown;
}

export function dayChain(scenario: Scenario, objective: ServiceObjective = BASE_OBJECTIVE): Result<ChainResult> {
  const settings = staffingSettings(config, objective, 240, scenario);
  const rows = staffHorizon(DAY, settings);
  if (!rows.ok) return rows;
  const chain = costStep(DAY, MONTHS, settings, { paidPerRequiredHour: 1, peakRatio: 1 }, CHAIN_RATES);
  if (!chain.ok) return chain;
  return success({ rows: rows.value, breakdown: chain.value.costs });
}
