import { useMemo } from 'react';
import { weekday as weekdayOfDate } from '../../../core/calendar/dates';
import { type ShrinkagePlan, SHRINKAGE_CATEGORIES, scheduledRequirement, shrinkageOn } from '../../../core/staffing/shrinkage';
import { usePlan } from '../../state/PlanContext';

export type CategoryShape = 'single' | 'byMonth' | 'byWeekday';

const shapeOf = (v: unknown): CategoryShape =>
  v !== null && typeof v === 'object' ? ('byMonth' in v ? 'byMonth' : 'byWeekday') : 'single';

/**
 * Step 6: shrinkage by category (one value, by month or by weekday); live
 * total for the horizon's first day and the scheduled requirement it gives
 * from the last run's base staff (the core does both).
 */
export function useShrinkageStep() {
  const { draft, result, valueAt, update } = usePlan();
  const plan = (draft.shrinkage ?? {}) as ShrinkagePlan;
  const fromDraft = valueAt('forecast.from');
  const day = typeof fromDraft === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fromDraft) ? fromDraft : result?.forecast.from;

  const live = useMemo(() => {
    if (!day) return undefined;
    const month = Number(day.slice(5, 7));
    const weekday = weekdayOfDate(day);
    const total = shrinkageOn(plan, month, weekday);
    if (!total.ok) return { day, error: total.message };
    const base = result?.intervals.filter((r) => r.date === result.forecast.from && !r.closed) ?? [];
    const scheduled = base.length > 0 ? scheduledRequirement(base.map((r) => r.agents), plan, month, weekday) : undefined;
    const peakAt = base.reduce((best, r, i) => (r.agents > base[best].agents ? i : best), 0);
    return {
      day,
      total: total.value.total,
      byCategory: total.value.byCategory,
      peak: scheduled?.ok && base.length > 0 ? { start: base[peakAt].start, base: base[peakAt].agents, scheduled: scheduled.value[peakAt] } : undefined,
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
