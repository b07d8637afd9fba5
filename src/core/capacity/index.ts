/** Capacity: headcount, hiring and attrition over the budget year (planning guide, "Capacity"). */
export { classRamp, firstJoinMonth, WEEKS_PER_MONTH, type RampInput, type RampMonth } from './ramp';
export { capacityFlows, flowCoefficients, type FlowInput, type FlowMonth } from './capacityFlows';
export { hiringCost, payPerHead, weeksIn, type HiringCostRates } from './capacityCost';
export { costPerHire, hiringPlan, shortfallPenalty, SHORTFALL_PENALTY, type HiringProblem } from './hiringPlan';
export { requiredFte, scenarioCapacity, type ScenarioNeed } from './capacityPlan';
export type { CapacityAssumptions, CapacityMonth, CapacityResult, ScenarioCapacity } from './types';
