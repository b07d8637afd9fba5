/**
 * Step 9, high / mid / low plans: each scenario's chain (its volume, AHT and
 * shrinkage factors and its objective), its schedule (the base plan's when
 * the scenario changes nothing), its costs over the budget year and the
 * service it commits to.
 */
import type { ForecastInterval } from '../../forecast/forecast';
import { type Result, success, within } from '../../result';
import type { HighsRuntime } from '../../schedule/solveSchedule';
import type { CancelFlag } from '../../schedule/types';
import type { ServiceObjective } from '../../staffing/types';
import type { BudgetMonth } from '../budgetYear';
import type { PlanConfig } from '../planConfig';
import type { ScenarioResult } from '../planResult';
import type { ScheduleYardstick } from '../scenarioChain';
import type { ScheduleRun } from '../scheduleHorizon';
import { scenarioPromise } from '../scenarioPromise';
import { costStep, scheduleYardstick } from './costs';
import type { Checkpoint } from './progress';
import { staffHorizon } from './intervalPlan';
import { type ScheduleOptions, scheduleStep } from './schedule';
import { staffingSettings } from './staffing';
import type { PlanSettings } from './settings';

/** What every chain of a plan shares: its configuration, forecast, budget year and base objective. */
export interface PlanChains {
  config: PlanSettings;
  intervals: readonly ForecastInterval[];
  months: readonly BudgetMonth[];
  objective: ServiceObjective;
  /** AHT where the forecast has none, seconds: one value or by weekday (0 = Monday); 0 when there is none */
  fallbackAhtSeconds: number | readonly number[];
  /** the chosen forecast's backtest wMAPE (fraction): the volume error the scenarios' target odds assume; undefined without a backtest */
  forecastError?: number;
}

export interface ScenarioPlans {
  scenarios: ScenarioResult[];
  /** each scenario's solved-week yardstick, by name (the budget question prices the mid plan's) */
  yardsticks: Map<string, ScheduleYardstick>;
}

type ConfigScenario = PlanConfig['scenarios'][number];

const sameAsBase = (s: ConfigScenario, o: ServiceObjective) =>
  s.slTarget === o.slTarget && s.targetSeconds === o.targetSeconds && s.volumeFactor === 1 && s.ahtFactor === 1 && s.shrinkageFactor === 1;

/** One scenario's plan; failures name the scenario. */
function scenarioPlan(
  chains: PlanChains,
  scenario: ConfigScenario,
  highs: HighsRuntime,
  baseSchedule: ScheduleRun,
  options: ScheduleOptions,
): Result<{ result: ScenarioResult; yardstick: ScheduleYardstick }> {
  const settings = staffingSettings(chains.config, chains.objective, chains.fallbackAhtSeconds, scenario);
  const week = staffHorizon(chains.intervals, settings);
  if (!week.ok) return week;
  const solved = sameAsBase(scenario, chains.objective) ? success(baseSchedule) : scheduleStep(highs, week.value, chains.config, settings.objective, options);
  if (!solved.ok) return solved;
  const yardstick = scheduleYardstick(solved.value);
  const chain = costStep(chains.intervals, chains.months, settings, yardstick, chains.config.costs);
  if (!chain.ok) return chain;
  const promise = scenarioPromise(week.value, solved.value.summary, settings.objective, chain.value.costs, chains.forecastError);
  if (!promise.ok) return promise;
  const { name: id, label, volumeFactor, slTarget, targetSeconds, ahtFactor, shrinkageFactor } = scenario;
  return success({
    yardstick,
    result: {
      id, label, volumeFactor, slTarget, targetSeconds, ahtFactor, shrinkageFactor,
      ...promise.value,
      drivers: chain.value.drivers,
      costs: chain.value.costs,
    },
  });
}

/** Every scenario of the plan, in order (`checkpoint(9)` before each: progress, and a stop when cancelled). */
export function scenariosStep(
  chains: PlanChains,
  highs: HighsRuntime,
  baseSchedule: ScheduleRun,
  options: { signal?: CancelFlag; checkpoint: Checkpoint; onProgress?: (step: number, label: string) => void },
): Result<ScenarioPlans> {
  const scenarios: ScenarioResult[] = [];
  const yardsticks = new Map<string, ScheduleYardstick>();
  for (const scenario of chains.config.scenarios) {
    const stop = options.checkpoint(9);
    if (stop) return stop;
    const plan = scenarioPlan(chains, scenario, highs, baseSchedule, {
      signal: options.signal,
      onProgress: (p) => options.onProgress?.(9, `${scenario.name} plan's schedule: ${p.phase}`),
    });
    if (!plan.ok) return within(plan, { scenario: scenario.name });
    scenarios.push(plan.value.result);
    yardsticks.set(scenario.name, plan.value.yardstick);
  }
  return success({ scenarios, yardsticks });
}
