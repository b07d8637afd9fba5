/**
 * Step 9, high / mid / low plans: each scenario's chain (its volume, AHT and
 * shrinkage factors and its objective), its schedule (the base plan's when
 * the scenario changes nothing; never dearer than a higher scenario's), its
 * costs over the budget year and the service it commits to.
 */
import type { ForecastInterval } from '../../forecast/forecast';
import { type Result, success, within } from '../../result';
import type { HighsRuntime } from '../../schedule/solveSchedule';
import type { CancelFlag } from '../../schedule/types';
import type { Note } from '../../notes/note';
import type { ServiceObjective } from '../../staffing/types';
import type { BudgetMonth } from '../budgetYear';
import type { PlanConfig } from '../planConfig';
import type { IntervalPlanRow, QueuesSummary, ScenarioResult } from '../planResult';
import type { ScheduleBudget } from '../scheduleBudget';
import { orderedSchedules } from '../scenarioOrder';
import type { ScheduleYardstick } from '../scenarioChain';
import type { ScheduleRun } from '../scheduleHorizon';
import { scenarioPromise } from '../scenarioPromise';
import { costStep, scheduleYardstick } from './costs';
import type { Checkpoint, PlanProgressListener } from './progress';
import { staffHorizon } from './intervalPlan';
import { type PlanSchedule, scheduleTeams, planSchedule, type TeamRun, teamRosterIntervals } from '../teamSchedules';
import { skillRouting, type TeamMode, teamWeeks } from '../teams';
import { type StaffingSettings, staffingSettings } from './staffing';
import type { PlanSettings } from './settings';
import type { RosterCalendar } from '../rosterCalendar';

/** What every chain of a plan shares: its configuration, forecast, budget year and base objective. */
export interface PlanChains {
  config: PlanSettings;
  intervals: readonly ForecastInterval[];
  months: readonly BudgetMonth[];
  objective: ServiceObjective;
  /** AHT where the forecast has none, seconds: one value or by weekday (0 = Monday); 0 when there is none */
  fallbackAhtSeconds: number | readonly number[];
  /** make-up working days in the horizon and the weekday each is worked as (HorizonForecast.makeupDays) */
  makeupDays?: ReadonlyMap<string, number>;
  /** each date's openness over the published roster's weeks (rosterCalendar.ts) */
  calendar?: RosterCalendar;
  /** the horizon's closed holidays (rosterCalendar.ts, closedHolidays): paid, not worked */
  holidays?: ReadonlySet<string>;
  /** the chosen forecast's backtest wMAPE (fraction): the volume error the scenarios' target odds assume; undefined without a backtest */
  forecastError?: number;
}

export interface ScenarioPlans {
  scenarios: ScenarioResult[];
  /** each scenario's solved-week yardstick, by name (the budget question prices the mid plan's) */
  yardsticks: Map<string, ScheduleYardstick>;
  /** the base week's schedule: as solved in step 7, or a higher scenario's when that was cheaper for it (scenarioOrder.ts) */
  baseSchedule: PlanSchedule;
  /** 'plan.scenarioScheduleTaken' for each scenario that took a higher one's schedule */
  notes: Note[];
  /** how many scenarios' schedules dropped the plan's assumed contract mix ('schedule.assumedSharesDropped') */
  sharesDropped: 'none' | 'some' | 'all';
}

type ConfigScenario = PlanConfig['scenarios'][number];

/** Whether a scenario changes nothing of the base plan (its schedule is the base week's). */
export const sameAsBase = (s: ConfigScenario, o: ServiceObjective): boolean =>
  s.slTarget === o.slTarget && s.targetSeconds === o.targetSeconds && s.volumeFactor === 1 && s.ahtFactor === 1 && s.shrinkageFactor === 1;

/** One scenario's costs and the service it commits to, from its staffed week and its schedule. */
function scenarioPlan(
  chains: PlanChains,
  scenario: ConfigScenario,
  settings: StaffingSettings,
  schedule: PlanSchedule,
  teams: PlanTeams,
): Result<{ result: ScenarioResult; yardstick: ScheduleYardstick }> {
  const yardstick = scheduleYardstick(schedule);
  const chain = costStep(chains.intervals, chains.months, settings, yardstick, chains.config.costs);
  if (!chain.ok) return chain;
  const { coverage, intervalMinutes } = schedule.summary;
  const routing = skillRouting(teams.mode, teams.queues, coverage, intervalMinutes, chains.objective, settings);
  const promise = scenarioPromise(teamRosterIntervals(schedule.teams), schedule.summary, settings.objective, chain.value.costs, chains.forecastError, routing);
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

/** How the plan's teams are staffed: the mode, the queues they come from, and the centre's base week (skills scale on it). */
export interface PlanTeams {
  mode: TeamMode;
  queues: QueuesSummary | undefined;
  centreBase: readonly IntervalPlanRow[];
}

/**
 * High ≥ mid ≥ low team by team (scenarioOrder.ts on each team's runs): a
 * team's lower scenario takes its higher one's schedule when that is cheaper.
 */
function orderedPlans(plans: ReadonlyMap<string, PlanSchedule>, centreWeeks: ReadonlyMap<string, IntervalPlanRow[]>, config: PlanSettings): Result<{ plans: Map<string, PlanSchedule>; notes: Note[] }> {
  const ids = [...plans.keys()];
  const teamCount = (plans.get(ids[0]) as PlanSchedule).teams.length;
  const repaired = new Map(ids.map((id) => [id, [...(plans.get(id) as PlanSchedule).teams]]));
  const notes: Note[] = [];
  for (let k = 0; k < teamCount; k++) {
    const ordered = orderedSchedules(new Map(ids.map((id) => [id, (plans.get(id) as PlanSchedule).teams[k].run])));
    if (!ordered.ok) return ordered;
    const team = (plans.get(ids[0]) as PlanSchedule).teams[k].week.team.name;
    notes.push(...(team === null ? ordered.value.notes : ordered.value.notes.map((n) => ({ ...n, team }))));
    for (const id of ids) {
      const run = ordered.value.runs.get(id) as ScheduleRun;
      const teams = repaired.get(id) as TeamRun[];
      if (run !== teams[k].run) teams[k] = { ...teams[k], run };
    }
  }
  const out = new Map<string, PlanSchedule>();
  for (const id of ids) {
    const own = plans.get(id) as PlanSchedule;
    const teams = repaired.get(id) as TeamRun[];
    out.set(id, teams.every((t, k) => t === own.teams[k]) ? own : planSchedule(teams, centreWeeks.get(id) as IntervalPlanRow[], config));
  }
  return success({ plans: out, notes });
}

/**
 * Every scenario of the plan (`checkpoint(9)` before each: progress, and a
 * stop when cancelled). Schedules share work: the scenario equal to the base
 * takes the base week's schedule (solved first, with the largest share of
 * the time), the others are solved in the plan's order within what is left
 * of the plan's time limit, team by team when the plan has teams, each
 * falling back on any schedule solved before it that is feasible for it (a
 * lower scenario on a higher one's); then high ≥ mid ≥ low is kept
 * (scenarioOrder.ts), and each is costed.
 */
export function scenariosStep(
  chains: PlanChains,
  highs: HighsRuntime,
  baseSchedule: PlanSchedule,
  teams: PlanTeams,
  options: { signal?: CancelFlag; checkpoint: Checkpoint; onProgress?: PlanProgressListener; budget?: ScheduleBudget },
): Result<ScenarioPlans> {
  const settingsOf = new Map<string, StaffingSettings>();
  const centreWeeks = new Map<string, IntervalPlanRow[]>();
  const plans = new Map<string, PlanSchedule>();
  const solved: PlanSchedule[] = [baseSchedule];
  const baseIds = new Set<string>();
  for (const scenario of chains.config.scenarios) {
    const stop = options.checkpoint(9);
    if (stop) return stop;
    const settings = staffingSettings(chains.config, chains.objective, chains.fallbackAhtSeconds, scenario);
    const week = staffHorizon(chains.intervals, settings);
    if (!week.ok) return within(week, { scenario: scenario.name });
    settingsOf.set(scenario.name, settings);
    centreWeeks.set(scenario.name, week.value);
    if (sameAsBase(scenario, chains.objective)) {
      plans.set(scenario.name, baseSchedule);
      baseIds.add(scenario.name);
      continue;
    }
    const weeks = teamWeeks(teams.mode, teams.queues, chains.intervals, week.value, teams.centreBase, chains.config, chains.objective, settings.objective, scenario);
    if (!weeks.ok) return within(weeks, { scenario: scenario.name });
    const run = scheduleTeams(highs, weeks.value, week.value, chains.config, {
      signal: options.signal,
      budget: options.budget,
      onProgress: options.onProgress,
      step: 9,
      scenario: scenario.name,
      incumbentsOf: (k) => solved.flatMap((s) => (s.teams[k] ? [s.teams[k].run.outcome.incumbent] : [])),
      makeupDays: chains.makeupDays,
      holidays: chains.holidays,
      calendar: chains.calendar,
    });
    if (!run.ok) return within(run, { scenario: scenario.name });
    plans.set(scenario.name, run.value);
    solved.push(run.value);
  }
  const ordered = orderedPlans(plans, centreWeeks, chains.config);
  if (!ordered.ok) return ordered;
  const scenarios: ScenarioResult[] = [];
  const yardsticks = new Map<string, ScheduleYardstick>();
  let base = baseSchedule;
  for (const scenario of chains.config.scenarios) {
    const schedule = ordered.value.plans.get(scenario.name) as PlanSchedule;
    if (baseIds.has(scenario.name)) base = schedule;
    const plan = scenarioPlan(chains, scenario, settingsOf.get(scenario.name) as StaffingSettings, schedule, teams);
    if (!plan.ok) return within(plan, { scenario: scenario.name });
    scenarios.push(plan.value.result);
    yardsticks.set(scenario.name, plan.value.yardstick);
  }
  const dropped = [...plans.values()].map((p) => p.summary.notes.some((n) => n.code === 'schedule.assumedSharesDropped'));
  const sharesDropped = dropped.every(Boolean) ? 'all' : dropped.some(Boolean) ? 'some' : 'none';
  return success({ scenarios, yardsticks, baseSchedule: base, notes: ordered.value.notes, sharesDropped });
}
