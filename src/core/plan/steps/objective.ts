/**
 * Step 1, the service objective: what every interval is staffed to (SL
 * target within an answer time, occupancy cap, and for Erlang A the callers'
 * mean patience — configured, estimated from per-call records or assumed; see
 * settings.ts).
 */
import { queueModel } from '../../staffing/queueMetrics';
import type { ServiceObjective } from '../../staffing/types';
import { SERVICE_LEVEL_METHODS, type ServiceLevelMethod } from '../../workload/measuredServiceLevel';
import type { ServiceSummary } from '../planResult';
import type { PlanSettings } from './settings';

/**
 * The objective of the base plan; Erlang A when the model is Erlang A (its patience is settled by then).
 * @example serviceObjectiveStep(sampleSettings) //=> { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, patienceSeconds: 180 }
 */
export function serviceObjectiveStep(config: PlanSettings): ServiceObjective {
  return {
    slTarget: config.service.slTarget,
    targetSeconds: config.service.targetSeconds,
    intervalMinutes: config.data.intervalMinutes,
    maxOccupancy: config.service.maxOccupancy,
    patienceSeconds: config.staffing.model === 'erlangA' ? config.staffing.patienceSeconds : undefined,
  };
}

/** The objective as plan.json reports it: with the measured-SL method's formula and the queueing model's name. */
export function serviceSummary(config: PlanSettings, objective: ServiceObjective): ServiceSummary {
  const slMethod = config.service.slMethod as ServiceLevelMethod;
  return {
    slTarget: objective.slTarget,
    targetSeconds: objective.targetSeconds,
    slMethod,
    slMethodFormula: SERVICE_LEVEL_METHODS[slMethod],
    model: queueModel(objective.patienceSeconds),
    patienceSeconds: objective.patienceSeconds,
    maxOccupancy: objective.maxOccupancy,
    targetLevel: config.service.targetLevel,
  };
}
