/**
 * Step 7, schedules: the shift templates (listed and generated), then the
 * horizon's requirement solved into shifts with HiGHS, with coverage, the SL
 * the scheduled staff gives, and for a week the roster.
 */
import { note } from '../../notes/note';
import { type Result } from '../../result';
import { invalidNote } from '../../notes/noAnswerNote';
import type { HighsRuntime } from '../../schedule/solveSchedule';
import type { CancelFlag, ScheduleProgress } from '../../schedule/types';
import type { ServiceObjective } from '../../staffing/types';
import type { IntervalPlanRow } from '../planResult';
import { type ScheduleRun, scheduleHorizon, shiftTemplates } from '../scheduleHorizon';
import type { PlanSettings } from './settings';

export interface ScheduleOptions {
  signal?: CancelFlag;
  onProgress?: (p: ScheduleProgress) => void;
}

/**
 * Schedules a staffed horizon; fails ('plan.nothingToSchedule') when no
 * interval needs an agent, and with the solver's own failure otherwise.
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
  return scheduleHorizon(highs, rows, templates.value, config, objective, options);
}
