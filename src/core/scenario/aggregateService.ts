import { periodServiceLevel } from '../staffing/baseStaff';
import type { IntervalStaffing } from '../staffing/types';
import type { ServiceSummary } from './types';

type Row = Pick<IntervalStaffing, 'calls' | 'agents' | 'serviceLevel' | 'asaSeconds' | 'abandonRate' | 'occupancy'>;

/**
 * The service a plan delivers over a horizon, from its per-interval staffing
 * rows. Each measure is weighted by what it is a share of:
 * - SL: by calls offered — Σ calls·SL ÷ Σ calls (SL is a share of offered calls); 1 with no calls;
 * - ASA: by calls answered, calls × (1 − abandon rate) — ASA is a mean over answered calls;
 *   null when an interval with calls has an unstable queue (ASA unbounded); 0 with no answered calls;
 * - abandonment: by calls offered — Σ calls·abandon ÷ Σ calls;
 * - occupancy: by agents (staffed time) — Σ agents·occupancy ÷ Σ agents = total busy time ÷
 *   total staffed time, which under Erlang C is Σ traffic ÷ Σ agents (the load carried per agent).
 *   A plain mean of interval occupancies would overweight quiet intervals.
 *
 * @example aggregateService([{ calls: 100, agents: 14, serviceLevel: 0.9, asaSeconds: 8, abandonRate: 0, occupancy: 0.7 },
 *   { calls: 300, agents: 30, serviceLevel: 0.7, asaSeconds: 20, abandonRate: 0, occupancy: 0.9 }])
 *   //=> { calls: 400, serviceLevel: 0.75, asaSeconds: 17, abandonRate: 0, occupancy: 0.836… }
 */
export function aggregateService(rows: readonly Row[]): ServiceSummary {
  let calls = 0;
  let abandoned = 0;
  let answered = 0;
  let waitSeconds = 0;
  let unstable = false;
  let agents = 0;
  let busy = 0;
  for (const r of rows) {
    calls += r.calls;
    abandoned += r.calls * r.abandonRate;
    const a = r.calls * (1 - r.abandonRate);
    if (a > 0) {
      if (r.asaSeconds === null) unstable = true;
      else {
        answered += a;
        waitSeconds += a * r.asaSeconds;
      }
    }
    agents += r.agents;
    busy += r.agents * r.occupancy;
  }
  return {
    calls,
    serviceLevel: periodServiceLevel(rows),
    asaSeconds: unstable ? null : answered > 0 ? waitSeconds / answered : 0,
    abandonRate: calls > 0 ? abandoned / calls : 0,
    occupancy: agents > 0 ? busy / agents : 0,
  };
}
