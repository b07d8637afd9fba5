import { useMemo } from 'react';
import { shrinkageSummary } from '../../../core/plan/steps/shrinkage';
import { scheduledStaff } from '../../../core/staffing/scheduledStaff';
import { shrinkageValueSchema } from '../../../core/plan/planConfig';
import { type ShrinkagePlan, SHRINKAGE_CATEGORIES } from '../../../core/staffing/shrinkage';
import { usePlan } from '../../state/PlanContext';

export type CategoryShape = 'single' | 'byMonth' | 'byWeekday';

const shapeOf = (v: unknown): CategoryShape =>
  v !== null && typeof v === 'object' ? ('byMonth' in v ? 'byMonth' : 'byWeekday') : 'single';

/**
 * Step 6: shrinkage by category (one value, by month or by weekday); live
 * total for the horizon's first day and the scheduled requirement it gives
 * at the last run's peak base staff (the plan's shrinkage step does both).
 */
export function useShrinkageStep() {
  const { draft, result, valueAt, update } = usePlan();
  // the core computes on valid input only: a category still being typed ("abc", "150") leaves the preview out, its field says why
  const plan = useMemo((): ShrinkagePlan | undefined => {
    const drafted = (draft.shrinkage ?? {}) as Record<string, unknown>;
    const valid = SHRINKAGE_CATEGORIES.every((c) => drafted[c] === undefined || shrinkageValueSchema.safeParse(drafted[c]).success);
    return valid ? (drafted as ShrinkagePlan) : undefined;
  }, [draft.shrinkage]);
  const fromDraft = valueAt('forecast.from');
  const day = typeof fromDraft === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fromDraft) ? fromDraft : result?.forecast.from;

  const live = useMemo(() => {
    if (!day || !plan) return undefined;
    const total = shrinkageSummary(plan, day);
    // a total of 100% or more: the validator's own problem ("shrinkage") is shown above the fields
    if (!total.ok) return undefined;
    const base = result?.intervals.filter((r) => r.date === result.forecast.from && !r.closed) ?? [];
    const peak = base.reduce<(typeof base)[number] | undefined>((best, r) => (best === undefined || r.agents > best.agents ? r : best), undefined);
    const scheduled = peak ? scheduledStaff(peak.agents, total.value.total) : undefined;
    return {
      day,
      total: total.value.total,
      peak: peak && scheduled?.ok ? { start: peak.start, base: peak.agents, scheduled: scheduled.value } : undefined,
    };
  }, [plan, day, result]);

  return {
    categories: SHRINKAGE_CATEGORIES,
    shapeOf: (c: string) => shapeOf(valueAt(`shrinkage.${c}`)),
    /** a month's or weekday's value the core's schema refuses: a number outside 0–100% or not a number */
    elementProblem: (path: string): 'range' | 'notNumber' | undefined => {
      const v = valueAt(path);
      if (v === undefined || shrinkageValueSchema.safeParse(v).success) return undefined;
      return typeof v === 'number' ? 'range' : 'notNumber';
    },
    live,
    setShape: (c: string, shape: CategoryShape) => {
      const v = valueAt(`shrinkage.${c}`);
      const first = typeof v === 'number' ? v : v && typeof v === 'object' ? (Object.values(v)[0] as unknown[])[0] : 0;
      const value = typeof first === 'number' ? first : 0;
      update(`shrinkage.${c}`, shape === 'single' ? value : shape === 'byMonth' ? { byMonth: Array(12).fill(value) } : { byWeekday: Array(7).fill(value) });
    },
  };
}
