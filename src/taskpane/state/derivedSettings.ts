/**
 * Settings that come from the history rather than from the planner, so a new
 * history file resets them: the horizon's first day, opening hours, the
 * callers' patience (when the new file can estimate it), and the sample's
 * holidays (back to the plan's default), shift patterns and roster rules unless the planner edited them
 * (the plan then generates shift patterns from the opening hours; the
 * sample's roster rules fit only its own shifts, and with them a week of
 * default shifts for a 7-day centre may find no schedule in the time limit).
 */
import type { LoadedHistory } from '../../core/plan/loadHistory';
import { type FieldPath, getIn, setIn } from './draftPath';
import { newDraft, type PlanDraft } from './planDraft';

/** What was reset, by field, with the value it had (for the message). */
export type ResetItem = { field: 'interval' | 'from' | 'openingHours' | 'patience' | 'holidays' | 'shifts' | 'roster'; was: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The draft for a new history, and what was reset in it. */
export function resetDerived(draft: PlanDraft, loaded: LoadedHistory): { draft: PlanDraft; reset: ResetItem[] } {
  const sample = newDraft();
  const reset: ResetItem[] = [];
  let next = draft;
  const clear = (path: FieldPath, field: ResetItem['field']) => {
    const was = getIn(next, path);
    if (was === undefined) return;
    reset.push({ field, was });
    next = setIn(next, path, undefined);
  };
  clear('data.intervalMinutes', 'interval');
  clear('forecast.from', 'from');
  clear('centre.openingHours', 'openingHours');
  if (loaded.patienceSeconds !== undefined) clear('staffing.patienceSeconds', 'patience');
  const holidays = getIn(next, 'forecast.holidays');
  if (Array.isArray(holidays) && holidays.length > 0 && same(holidays, getIn(sample, 'forecast.holidays'))) {
    // left out, the plan's default applies (holidaySetting: China's holidays for a plan in Chinese)
    reset.push({ field: 'holidays', was: holidays });
    next = setIn(next, 'forecast.holidays', undefined);
  }
  const shifts = { generators: getIn(next, 'schedule.generators'), templates: getIn(next, 'schedule.templates') };
  if (same(shifts, { generators: getIn(sample, 'schedule.generators'), templates: getIn(sample, 'schedule.templates') })) {
    // the plan generates shift patterns from the opening hours when none are given
    reset.push({ field: 'shifts', was: shifts });
    next = setIn(setIn(next, 'schedule.generators', undefined), 'schedule.templates', undefined);
    const roster = getIn(next, 'schedule.roster');
    if (roster !== undefined && same(roster, getIn(sample, 'schedule.roster'))) {
      reset.push({ field: 'roster', was: roster });
      next = setIn(next, 'schedule.roster', undefined);
    }
  }
  return { draft: next, reset };
}
