import type { CostBreakdown } from '../cost/types';
import type { IntervalStaffing } from '../staffing/types';
import { aggregateService } from './aggregateService';
import type { Scenario, ScenarioCommitment } from './types';

/**
 * What a scenario commits to (step 9's message to management: "within this
 * budget, this is the service we can commit to"): its objective, the service
 * its staffing delivers over the horizon (see `aggregateService` for the
 * weighting — pass the rows of the staff actually planned, e.g. the scheduled
 * staff's per-interval metrics, to commit to what the roster gives), and its
 * cost. Cost per call is the breakdown's (total ÷ calls of the cost drivers).
 *
 * @example scenarioCommitment(DEFAULT_SCENARIOS[1], rows, breakdown)
 *   //=> { name: 'mid', slTarget: 0.8, serviceLevel: 0.86…, asaSeconds: 9.1…, abandonRate: 0.01…, occupancy: 0.78…,
 *   //     currency: 'USD', totalCost: 4.1e6, costPerCall: 3.9… }
 */
export function scenarioCommitment(
  scenario: Scenario,
  rows: readonly IntervalStaffing[],
  cost: CostBreakdown,
): ScenarioCommitment {
  return {
    name: scenario.name,
    label: scenario.label,
    slTarget: scenario.slTarget,
    targetSeconds: scenario.targetSeconds,
    ...aggregateService(rows),
    currency: cost.currency,
    totalCost: cost.total.total,
    costPerCall: cost.total.costPerCall,
  };
}
