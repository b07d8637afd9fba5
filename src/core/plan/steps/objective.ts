/**
 * Step 1, the service objective: what every interval is staffed to (SL
 * target within an answer time, occupancy cap, and for Erlang A the callers'
 * mean patience — configured, or estimated from per-call records in step 2).
 */
import { note } from '../../notes/note';
import { type Result, success } from '../../result';
import { invalidNote } from '../../notes/noAnswerNote';
import { queueModel } from '../../staffing/queueMetrics';
import type { ServiceObjective } from '../../staffing/types';
import { SERVICE_LEVEL_METHODS, type ServiceLevelMethod } from '../../workload/measuredServiceLevel';
import type { PlanConfig } from '../planConfig';
import type { ServiceSummary } from '../planResult';

/**
 * The objective of the base plan. Erlang A needs a patience: the configured
 * one, else the history's estimate; without either it fails ('plan.patienceMissing').
 * @example serviceObjectiveStep(sampleConfig, undefined) //=> success({ slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, … })
 */
export function serviceObjectiveStep(config: PlanConfig, estimatedPatienceSeconds: number | undefined): Result<ServiceObjective> {
  const erlangA = config.staffing.model === 'erlangA';
  const patienceSeconds = erlangA ? config.staffing.patienceSeconds ?? estimatedPatienceSeconds : undefined;
  if (erlangA && patienceSeconds === undefined) return invalidNote(note('plan.patienceMissing', {}));
  return success({
    slTarget: config.service.slTarget,
    targetSeconds: config.service.targetSeconds,
    intervalMinutes: config.data.intervalMinutes,
    maxOccupancy: config.service.maxOccupancy,
    patienceSeconds,
  });
}

/** The objective as plan.json reports it: with the measured-SL method's formula and the queueing model's name. */
export function serviceSummary(config: PlanConfig, objective: ServiceObjective): ServiceSummary {
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
