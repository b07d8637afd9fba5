/**
 * Settings that come from the history rather than from the planner, so a new
 * history file resets them: the horizon's first day, opening hours, the
 * callers' patience (when the new file can estimate it), and the sample's
 * holidays and shift patterns unless the planner edited them (shift patterns
 * only once the plan can generate them from the opening hours, i.e. the
 * schema accepts a schedule without any).
 */
import { validatePlanConfig } from '../../core/plan/validateConfig';
import type { LoadedHistory } from '../../core/plan/loadHistory';
import { type FieldPath, getIn, setIn } from './draftPath';
import { forSchema } from './pendingFields';
import { newDraft, type PlanDraft } from './planDraft';

/** What was reset, by field, with the value it had (for the message). */
export type ResetItem = { field: 'from' | 'openingHours' | 'patience' | 'holidays' | 'shifts'; was: unknown };

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
  clear('forecast.from', 'from');
  clear('data.openingHours', 'openingHours');
  if (loaded.patienceSeconds !== undefined) clear('staffing.patienceSeconds', 'patience');
  const holidays = getIn(next, 'forecast.holidays');
  if (Array.isArray(holidays) && holidays.length > 0 && same(holidays, getIn(sample, 'forecast.holidays'))) {
    reset.push({ field: 'holidays', was: holidays });
    next = setIn(next, 'forecast.holidays', []);
  }
  const shifts = { generators: getIn(next, 'schedule.generators'), templates: getIn(next, 'schedule.templates') };
  if (same(shifts, { generators: getIn(sample, 'schedule.generators'), templates: getIn(sample, 'schedule.templates') })) {
    const without = setIn(setIn(next, 'schedule.generators', undefined), 'schedule.templates', undefined);
    const v = validatePlanConfig(forSchema(without));
    const needsShift = !v.ok && (v.problems ?? []).some((p) => p.field.startsWith('schedule'));
    if (!needsShift) {
      reset.push({ field: 'shifts', was: shifts });
      next = without;
    }
  }
  return { draft: next, reset };
}
