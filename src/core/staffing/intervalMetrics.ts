import { erlangAMetrics, erlangCMetrics, trafficErlangs } from '../queueing';
import type { IntervalForecast, IntervalStaffing, ServiceObjective } from './types';

/**
 * What `agents` on the phones give one interval: traffic, SL, ASA,
 * abandonment and occupancy, by Erlang C, or Erlang A when the objective has a
 * patience (planning guide, step 4). Never NaN: an unstable Erlang C queue
 * reports SL 0, occupancy 1 and ASA null.
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
  const traffic = trafficErlangs(f.calls, f.ahtSeconds, o.intervalMinutes);
  if (f.calls <= 0) {
    return { label, calls: f.calls, traffic: 0, agents, serviceLevel: 1, asaSeconds: 0, abandonRate: 0, occupancy: 0 };
  }
  const m =
    o.patienceSeconds !== undefined
      ? erlangAMetrics({
          calls: f.calls,
          ahtSeconds: f.ahtSeconds,
          agents,
          patienceSeconds: o.patienceSeconds,
          intervalMinutes: o.intervalMinutes,
          targetSeconds: o.targetSeconds,
        })
      : { ...erlangCMetrics(traffic, agents, f.ahtSeconds, o.targetSeconds), abandonProbability: 0 };
  return {
    label,
    calls: f.calls,
    traffic,
    agents,
    serviceLevel: m.serviceLevel,
    asaSeconds: Number.isFinite(m.asaSeconds) ? m.asaSeconds : null,
    abandonRate: m.abandonProbability,
    occupancy: m.occupancy,
  };
}
