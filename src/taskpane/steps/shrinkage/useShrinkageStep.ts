import { useMemo } from 'react';
import { shrinkageSummary } from '../../../core/plan/steps/shrinkage';
import { scheduledStaff } from '../../../core/staffing/scheduledStaff';
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
  const plan = (draft.shrinkage ?? {}) as ShrinkagePlan;
  const fromDraft = valueAt('forecast.from');
  const day = typeof fromDraft === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fromDraft) ? fromDraft : result?.forecast.from;

  const live = useMemo(() => {
    if (!day) return undefined;
    const total = shrinkageSummary(plan, day);
    if (!total.ok) return { day, error: total.message };
    const base = result?.intervals.filter((r) => r.date === result.forecast.from && !r.closed) ?? [];
    const peak = base.reduce<(typeof base)[number] | undefined>((best, r) => (best === undefined || r.agents > best.agents ? r : best), undefined);
    const scheduled = peak ? scheduledStaff(peak.agents, total.value.total) : undefined;
    return {
      day,
      total: total.value.total,
      peak: peak && scheduled?.ok ? { start: peak.start, base: peak.agents, scheduled: scheduled.value } : undefined,
      error: scheduled && !scheduled.ok ? scheduled.message : undefined,
    };
  }, [plan, day, result]);

  return {
    categories: SHRINKAGE_CATEGORIES,
    shapeOf: (c: string) => shapeOf(valueAt(`shrinkage.${c}`)),
    live,
    setShape: (c: string, shape: CategoryShape) => {
      const v = valueAt(`shrinkage.${c}`);
      const first = typeof v === 'number' ? v : v && typeof v === 'object' ? (Object.values(v)[0] as unknown[])[0] : 0;
      const value = typeof first === 'number' ? first : 0;
      update(`shrinkage.${c}`, shape === 'single' ? value : shape === 'byMonth' ? { byMonth: Array(12).fill(value) } : { byWeekday: Array(7).fill(value) });
    },
  };
}
