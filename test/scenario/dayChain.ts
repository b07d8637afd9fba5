import { costBreakdown, type CostBreakdown, type CostRates } from '../../src/core/cost';
import { invalid, success, type Result } from '../../src/core/result';
import { scenarioForecast, scenarioObjective, scenarioShrinkage, type Scenario } from '../../src/core/scenario';
import { agentHours, baseStaff } from '../../src/core/staffing/baseStaff';
import { scheduledStaff } from '../../src/core/staffing/scheduledStaff';
import { trunkPlan } from '../../src/core/staffing/trunkPlan';
import type { IntervalStaffing, ServiceObjective } from '../../src/core/staffing/types';
import { dayForecast } from '../staffing/dayProfile';

/**
 * A real chain for tests, steps 4 → 8 on the hand-made bank weekday
 * (test/staffing/dayProfile.ts: 4,780 calls, AHT 240 s, 07:00–21:00),
 * repeated on 21 working days to make one month: base staff by Erlang C (or
 * A), shrinkage 30%, trunks at 1% blocking (talk 200 s, IVR 30 s), then the
 * month's cost drivers and `costBreakdown`. Not the plan runner — a stand-in
 * small enough to read.
 */
export const BASE_OBJECTIVE: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };
export const SHRINKAGE = 0.3;
const DAYS = 21;
const TALK_SECONDS = 200;
const IVR_SECONDS = 30;

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

export interface ChainResult {
  readonly rows: IntervalStaffing[];
  readonly breakdown: CostBreakdown;
}

export function dayChain(scenario: Scenario, objective: ServiceObjective = BASE_OBJECTIVE): Result<ChainResult> {
  const forecast = scenarioForecast(dayForecast, scenario);
  const staff = baseStaff(forecast, scenarioObjective(objective, scenario));
  if (!staff.ok) return staff;
  const shrink = scenarioShrinkage(SHRINKAGE, scenario);
  if (!shrink.ok) return shrink;
  const rows = staff.value;
  const paid = scheduledStaff(agentHours(rows, objective.intervalMinutes), shrink.value);
  const peak = scheduledStaff(Math.max(...rows.map((r) => r.agents)), shrink.value);
  if (!paid.ok || !peak.ok) return invalid('shrinkage');
  const trunks = trunkPlan(
    rows.map((r) => ({ label: r.label, calls: r.calls, talkSeconds: TALK_SECONDS, asaSeconds: r.asaSeconds ?? 0, ivrSeconds: IVR_SECONDS })),
    0.01,
    objective.intervalMinutes,
  );
  if (!trunks.ok) return trunks;
  const answered = rows.map((r) => r.calls * (1 - r.abandonRate));
  const breakdown = costBreakdown(
    {
      months: [
        {
          month: '2025-03',
          paidHours: paid.value * DAYS,
          calls: rows.reduce((s, r) => s + r.calls, 0) * DAYS,
          handledMinutes: answered.reduce((s, a, i) => s + (a * forecast[i].ahtSeconds) / 60, 0) * DAYS,
          peakScheduledAgents: Math.ceil(peak.value),
          trunks: trunks.value.peakTrunks,
          trunkMinutes: rows.reduce((s, r) => s + (r.calls * (TALK_SECONDS + (r.asaSeconds ?? 0) + IVR_SECONDS)) / 60, 0) * DAYS,
        },
      ],
    },
    CHAIN_RATES,
  );
  if (!breakdown.ok) return breakdown;
  return success({ rows, breakdown: breakdown.value });
}
