import { COST_CATEGORIES } from '../cost';
import { note } from '../notes/note';
import { type Result, success } from '../result';
import type { HighsRuntime } from '../schedule/solveSchedule';
import type { CancelFlag } from '../schedule/types';
import { type PlanConfig, holidaySetting } from './planConfig';
import type { PlanResult } from './planResult';
import { budgetQuestionStep } from './steps/budgetQuestion';
import { capacityStep } from './steps/capacity';
import { forecastStep } from './steps/forecast';
import { intervalRows } from './steps/intervalPlan';
import { serviceObjectiveStep, serviceSummary } from './steps/objective';
import { checkpoints, type PlanProgressListener } from './steps/progress';
import { type PlanChains, type PlanTeams, sameAsBase, scenariosStep } from './steps/scenarios';
import { scheduleBudget } from './scheduleBudget';
import { closedHolidays, rosterCalendar } from './rosterCalendar';
import { ROTATION_WEEKS } from '../schedule/rotation';
import { addDays } from '../calendar/dates';
import { scheduleTeams } from './teamSchedules';
import { checkTeamMode, teamWeeks } from './teams';
import { shrinkageStep, shrinkageSummary } from './steps/shrinkage';
import { queuesStep } from './steps/queues';
import { deferredWorkStep, emailForecastStep } from './steps/emailQueues';
import { periodTargetSaving, staffStep, staffingSettings } from './steps/staffing';
import { trunksStep } from './steps/trunks';
import { assumedSharesDropped, type PlanSettings, settingsFromData, withoutAssumedShares } from './steps/settings';
import { workloadDataStep } from './steps/workloadData';

/** The configured AHT for a history without one: seconds, or seconds by weekday (0 = Monday). */
const ahtByWeekday = (aht: PlanConfig['data']['ahtSeconds']) => (typeof aht === 'object' ? aht.byWeekday : aht);

/** Everything the plan needs besides the configuration. */
export interface PlanInput {
  config: PlanConfig;
  /** the history file's text: an interval table or per-call records */
  historyText: string;
  /** where the history came from, for the report */
  historySource: string;
  /** a loaded HiGHS runtime (Node: `await require('highs')()`; browser: in a Worker) */
  highs: HighsRuntime;
  /** ISO timestamp of the run (the core has no clock) */
  runAt: string;
  /** progress in codes and numbers (the step; in steps 7 and 9 the schedule solve): each face words it */
  onProgress?: PlanProgressListener;
  signal?: CancelFlag;
}

/**
 * The nine steps, one function each (src/core/plan/steps), from a validated
 * configuration and the history to a PlanResult (plain data for the writers).
 * The CLI, the wizard's Worker and the benchmarks all run this. Reports
 * progress per step and stops with 'plan.cancelled' when `signal.aborted` is
 * set between steps (the schedule solve also checks it). All schedule solves
 * (the base week, then each scenario that differs from it) share
 * schedule.timeLimitSeconds (scheduleBudget.ts).
 */
export function runPlan(input: PlanInput): Result<PlanResult> {
  const { config, highs, signal } = input;
  const checkpoint = checkpoints(input.onProgress, signal);

  const stop1 = checkpoint(1) ?? checkpoint(2);
  if (stop1) return stop1;
  const data = workloadDataStep(input.historyText, input.historySource, config);
  if (!data.ok) return data;
  const derived = settingsFromData(config, data.value);
  const settings = derived.config;
  const objective = serviceObjectiveStep(settings);

  const stop3 = checkpoint(3);
  if (stop3) return stop3;
  const forecast = forecastStep(data.value.records, settings.data.intervalMinutes, { ...settings.forecast, holidays: holidaySetting(settings), openingHours: derived.openingHours });
  if (!forecast.ok) return forecast;
  const { horizon } = forecast.value;
  const calendar = rosterCalendar(data.value.records, settings.data.intervalMinutes, holidaySetting(settings), derived.openingHours, horizon.from);
  const chains: PlanChains = {
    config: settings,
    intervals: horizon.predicted.intervals,
    months: forecast.value.months,
    objective,
    makeupDays: horizon.makeupDays,
    calendar,
    // over the longest rotation: the solved week's are paid in the model, a later week's in the published roster
    holidays: closedHolidays(calendar, derived.openingHours, Array.from({ length: 7 * ROTATION_WEEKS.max }, (_, i) => addDays(horizon.from, i))),
    fallbackAhtSeconds: ahtByWeekday(settings.data.ahtSeconds) ?? data.value.summary.ahtSeconds ?? 0,
    forecastError: forecast.value.summary.backtest.find((b) => b.method === forecast.value.summary.method)?.wmape,
  };
  const base = staffingSettings(settings, objective, chains.fallbackAhtSeconds);

  const stop4 = checkpoint(4);
  if (stop4) return stop4;
  const staffed = staffStep(chains.intervals, base);
  if (!staffed.ok) return staffed;
  const saving = periodTargetSaving(chains.intervals, base);
  if (!saving.ok) return saving;
  const stop5 = checkpoint(5);
  if (stop5) return stop5;
  const trunks = trunksStep(staffed.value, base);
  if (!trunks.ok) return trunks;
  const stop6 = checkpoint(6);
  if (stop6) return stop6;
  const shrinkage = shrinkageStep(staffed.value, base);
  if (!shrinkage.ok) return shrinkage;
  const firstDayShrinkage = shrinkageSummary(config.shrinkage, horizon.from);
  if (!firstDayShrinkage.ok) return firstDayShrinkage;
  const queues = queuesStep(data.value.queueRecords ?? [], settings.data.intervalMinutes, settings, objective, chains.intervals);
  if (!queues.ok) return queues;
  const emailForecasts = emailForecastStep(data.value.queueRecords ?? [], settings, chains.intervals);
  if (!emailForecasts.ok) return emailForecasts;
  const rows = intervalRows(staffed.value, trunks.value, shrinkage.value);
  if (!rows.ok) return rows;

  const stop7 = checkpoint(7);
  if (stop7) return stop7;
  const mode = checkTeamMode(settings);
  if (!mode.ok) return mode;
  const teams: PlanTeams = { mode: mode.value, queues: queues.value, centreBase: rows.value };
  const baseWeeks = teamWeeks(teams.mode, teams.queues, chains.intervals, rows.value, rows.value, settings, objective, objective);
  if (!baseWeeks.ok) return baseWeeks;
  const solves = 1 + config.scenarios.filter((s) => !sameAsBase(s, objective)).length;
  const budget = scheduleBudget(settings.schedule.timeLimitSeconds, solves * baseWeeks.value.length, baseWeeks.value.length);
  const baseScenario = config.scenarios.find((s) => sameAsBase(s, objective))?.name;
  /** Steps 7–9's schedules under these settings: the base week, then every scenario. */
  const schedulePlans = (s: PlanSettings) => {
    const schedule = scheduleTeams(highs, baseWeeks.value, rows.value, s, { signal, budget, onProgress: input.onProgress, step: 7, scenario: baseScenario, makeupDays: horizon.makeupDays, holidays: chains.holidays, calendar: chains.calendar });
    if (!schedule.ok) return schedule;
    const stop8 = checkpoint(8);
    if (stop8) return stop8;
    const plans = scenariosStep({ ...chains, config: s }, highs, schedule.value, teams, { signal, checkpoint, onProgress: input.onProgress, budget });
    return plans.ok ? success({ schedule: schedule.value, plans: plans.value }) : plans;
  };
  // the assumed contract mix is the centre's: teams scheduled apart are not each held to it
  const apart = baseWeeks.value.length > 1 && settings.schedule.sharesAssumed === true;
  let solved = schedulePlans(apart ? withoutAssumedShares(settings) : settings);
  // the mix dropped for some scenarios only: all of them without it, so they compare
  const resolve = solved.ok && solved.value.plans.sharesDropped === 'some';
  if (resolve) solved = schedulePlans(withoutAssumedShares(settings));
  if (!solved.ok) return solved;
  const { schedule, plans } = solved.value;
  const sharesNotes = apart ? [assumedSharesDropped(settings, 'teams')] : resolve ? [assumedSharesDropped(settings, 'infeasible')] : [];
  const capacity = capacityStep(highs, plans.scenarios, chains.months, schedule.summary, settings);
  if (!capacity.ok) return capacity;
  const emailQueues = deferredWorkStep(emailForecasts.value, plans.baseSchedule.summary, rows.value);
  const budgetQuestion = config.budgetQuestion ? budgetQuestionStep(chains, config.budgetQuestion, plans.yardsticks) : undefined;

  const { peakTrunks, peakLoad, peakLabel } = trunks.value;
  return success({
    centre: config.centre.name,
    currency: config.costs.currency,
    runAt: input.runAt,
    service: serviceSummary(settings, objective),
    history: data.value.summary,
    forecast: forecast.value.summary,
    intervals: rows.value,
    trunks: { blocking: config.trunks.blocking, ivrSeconds: config.trunks.ivrSeconds, peakTrunks, peakLoad, peakAt: peakLabel },
    shrinkage: firstDayShrinkage.value,
    periodTarget: saving.value,
    schedule: { ...plans.baseSchedule.summary, notes: [...sharesNotes, ...plans.baseSchedule.summary.notes] },
    rates: config.costs,
    scenarios: capacity.value.scenarios,
    capacity: capacity.value.capacity,
    budgetQuestion,
    ...(queues.value ? { queues: queues.value } : {}),
    ...(emailQueues.length > 0 ? { emailQueues } : {}),
    notes: [...derived.notes, ...plans.notes, note('plan.costCategories', { categories: COST_CATEGORIES.map((c) => c.id) }), note('plan.monthlyScaling', {}), ...capacity.value.capacity.notes],
  });
}
