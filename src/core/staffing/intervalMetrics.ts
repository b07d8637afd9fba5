import { queueMetrics } from './queueMetrics';
import type { IntervalForecast, IntervalStaffing, ServiceObjective } from './types';

/**
 * What `agents` on the phones give one interval: traffic, SL, ASA,
 * abandonment and occupancy, by the objective's model (queueMetrics: Erlang C,
 * or Erlang A with a patience); no calls give SL 1, ASA 0 and occupancy 0.
 *
 * @example intervalMetrics({ calls: 100, ahtSeconds: 180 }, 14, { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 }, 'Mon 09:00')
 *   //=> { traffic: 10, agents: 14, serviceLevel: 0.88835…, asaSeconds: 7.836…, occupancy: 0.714…, abandonRate: 0, … }
 */
export function intervalMetrics(
  f: IntervalForecast,
  agents: number,
  o: ServiceObjective,
  label: string,
): IntervalStaffing {
  if (f.calls <= 0) {
    return { label, calls: f.calls, traffic: 0, agents, serviceLevel: 1, asaSeconds: 0, abandonRate: 0, occupancy: 0 };
  }
  const { traffic, ...m } = queueMetrics(f.calls, f.ahtSeconds, agents, o);
  return { label, calls: f.calls, traffic, agents, ...m };
}
