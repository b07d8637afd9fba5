/** Step 9, high / mid / low plans: scenarios, the service they commit to, and budget ↔ SL. */
export type { BudgetServiceLevel, Scenario, ScenarioCommitment, ServiceSummary, SlGridOptions } from './types';
export { DEFAULT_SCENARIOS } from './defaultScenarios';
export { SCENARIO_NAME, SCENARIO_NUMBER_FIELDS, type ScenarioNumberField } from './scenarioFields';
export { slTargetFault, slTargetProblem, type SlTargetFault } from './slTargetProblem';
export { scenarioForecast, scenarioObjective } from './applyScenario';
export { aggregateService } from './aggregateService';
export { scenarioCommitment } from './scenarioCommitment';
export { DEFAULT_SL_GRID, slGrid } from './slGrid';
export { budgetToServiceLevel, type CostOfServiceLevel } from './budgetToServiceLevel';
