import type { IntervalForecast, ServiceObjective } from '../staffing/types';
import type { Scenario } from './types';

/**
 * A forecast as a scenario sees it: calls × volumeFactor, AHT × ahtFactor
 * (labels kept). Calls stay fractional (expected values), as the forecast's.
 *
 * @example scenarioForecast([{ calls: 100, ahtSeconds: 200 }], { volumeFactor: 1.1, ahtFactor: 0.9, … })
 *   //=> [{ calls: 110.00000000000001, ahtSeconds: 180 }]
 */
export function scenarioForecast(forecast: readonly IntervalForecast[], s: Pick<Scenario, 'volumeFactor' | 'ahtFactor'>): IntervalForecast[] {
  const aht = s.ahtFactor ?? 1;
  return forecast.map((f) => ({ ...f, calls: f.calls * s.volumeFactor, ahtSeconds: f.ahtSeconds * aht }));
}

/**
 * The plan's service objective with the scenario's SL target and answer time
 * (interval length, occupancy cap and patience kept).
 *
 * @example scenarioObjective({ slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 }, low)
 *   //=> { slTarget: 0.7, targetSeconds: 30, intervalMinutes: 30 }
 */
export function scenarioObjective(base: ServiceObjective, s: Pick<Scenario, 'slTarget' | 'targetSeconds'>): ServiceObjective {
  return { ...base, slTarget: s.slTarget, targetSeconds: s.targetSeconds };
}
