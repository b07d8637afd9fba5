/**
 * Step 7, schedules: the shift templates (listed and generated), then the
 * horizon's requirement solved into shifts with HiGHS on the planning
 * interval, with coverage, the SL the scheduled staff gives, and for a week
 * the roster. Each solve takes its time from the plan's schedule budget and
 * reports its progress in codes (progress.ts).
 */
import { note } from '../../notes/note';
import { type Result } from '../../result';
import { invalidNote } from '../../notes/noAnswerNote';
import type { HighsRuntime } from '../../schedule/solveSchedule';
import type { CancelFlag, ScheduleIncumbent, ShiftTemplate } from '../../schedule/types';
import type { ServiceObjective } from '../../staffing/types';
import type { IntervalPlanRow } from '../planResult';
import { type ScheduleBudget, scheduleBudget } from '../scheduleBudget';
import { type ScheduleRun, scheduleHorizon, shiftTemplates } from '../scheduleHorizon';
import type { PlanProgressListener } from './progress';
import { assumedSharesDropped, type PlanSettings, withoutAssumedShares } from './settings';
import type { RosterCalendar } from '../rosterCalendar';

export interface ScheduleOptions {
  signal?: CancelFlag;
  /** the plan's time for all its solves (default: schedule.timeLimitSeconds for this solve alone) */
  budget?: ScheduleBudget;
  onProgress?: PlanProgressListener;
  /** the step the solve belongs to (7: the base week, 9: a scenario) and the scenario's id, for progress */
  step?: number;
  scenario?: string;
  /** the team solved, when the plan is scheduled team by team */
  team?: string;
  /** other scenarios' schedules of the same week, the fallback when feasible (ScheduleIncumbent) */
  incumbents?: readonly ScheduleIncumbent[];
  /** make-up working days in the horizon and the weekday each is worked as (HorizonForecast.makeupDays) */
  makeupDays?: ReadonlyMap<string, number>;
  /** each date's openness over the published roster's weeks (rosterCalendar.ts) */
  calendar?: RosterCalendar;
  /** the horizon's closed holidays (rosterCalendar.ts, closedHolidays): paid, not worked */
  holidays?: ReadonlySet<string>;
}

/** The failures of a schedule no roster can have (diagnoseInfeasible.ts, rosterPrechecks.ts: a contract with a share its shifts cannot work). */
const INFEASIBLE = new Set(['schedule.infeasible', 'schedule.rosterInfeasible', 'schedule.ruleInfeasible', 'schedule.contractUnworkable']);

/**
 * Schedules a staffed horizon; fails ('plan.nothingToSchedule') when no
 * interval needs an agent, and with the solver's own failure otherwise.
 * When no schedule keeps contract shares the plan assumed (derived
 * contracts: settings.ts), it is solved again without them, and a
 * 'schedule.assumedSharesDropped' note says so; shares the planner gave are
 * never dropped.
 */
export function scheduleStep(
  highs: HighsRuntime,
  rows: readonly IntervalPlanRow[],
  config: PlanSettings,
  objective: ServiceObjective,
  options: ScheduleOptions = {},
): Result<ScheduleRun> {
  if (!rows.some((r) => r.scheduledRequired > 0)) return invalidNote(note('plan.nothingToSchedule', {}));
  const templates = shiftTemplates(config.schedule);
  if (!templates.ok) return templates;
  const budget = options.budget ?? scheduleBudget(config.schedule.timeLimitSeconds, 1);
  const run = solveOnce(highs, rows, templates.value, config, objective, options, budget);
  if (run.ok || !config.schedule.sharesAssumed || !run.note || !INFEASIBLE.has(run.note.code)) return run;
  const again = solveOnce(highs, rows, templates.value, withoutAssumedShares(config), objective, options, budget);
  if (!again.ok) return again;
  const dropped = assumedSharesDropped(config, 'infeasible');
  return { ...again, value: { ...again.value, summary: { ...again.value.summary, notes: [dropped, ...again.value.summary.notes] } } };
}

/** One solve from the plan's budget, its progress worded in codes. */
function solveOnce(
  highs: HighsRuntime,
  rows: readonly IntervalPlanRow[],
  templates: ShiftTemplate[],
  config: PlanSettings,
  objective: ServiceObjective,
  options: ScheduleOptions,
  budget: ScheduleBudget,
): Result<ScheduleRun> {
  const before = budget.spentSeconds();
  let seconds = 0;
  const run = scheduleHorizon(highs, rows, templates, config, objective, {
    signal: options.signal,
    timeLimitSeconds: budget.next(),
    incumbents: options.incumbents,
    makeupDays: options.makeupDays,
    holidays: options.holidays,
    calendar: options.calendar,
    onProgress: (p) => {
      seconds = p.seconds;
      options.onProgress?.({
        step: options.step ?? 7,
        schedule: { scenario: options.scenario, ...(options.team ? { team: options.team } : {}), phase: p.phase, seconds: before + p.seconds, limitSeconds: budget.totalSeconds, objective: p.objective, bound: p.bound },
      });
    },
  });
  budget.spend(run.ok ? run.value.summary.solveSeconds : seconds);
  return run;
}
