import type { CostBreakdown } from '../cost/types';
import type { IntervalStaffing } from '../staffing/types';
import { aggregateService } from './aggregateService';
import type { ScenarioCommitment } from './types';

type Row = Pick<IntervalStaffing, 'calls' | 'agents' | 'serviceLevel' | 'asaSeconds' | 'abandonRate' | 'occupancy'>;

/**
 * What a scenario commits to (step 9's message to management: "within this
 * budget, this is the service we can commit to"): the service its staffing
 * delivers over the horizon (see `aggregateService` for the weighting) and
 * its cost; cost per call is the breakdown's (total ÷ calls of the cost drivers).
 *
 * @example scenarioCommitment(rows, breakdown)
 *   //=> { serviceLevel: 0.86…, asaSeconds: 9.1…, abandonRate: 0, occupancy: 0.78…, totalCost: 4.1e6, costPerCall: 3.9… }
 */
export function scenarioCommitment(rows: readonly Row[], cost: CostBreakdown): ScenarioCommitment {
  const { calls: _calls, ...service } = aggregateService(rows);
  return { ...service, costPerCall: cost.total.costPerCall, totalCost: cost.total.total };
}
