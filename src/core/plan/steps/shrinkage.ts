/**
 * Step 6, shrinkage: the share of paid time not on the phones on each day
 * (by month and weekday), times the scenario's factor, which turns agents on
 * the phones into agents to schedule: scheduled = agents ÷ (1 − shrinkage).
 */
import { note } from '../../notes/note';
import { type Result, success, within } from '../../result';
import { invalidNote } from '../../notes/noAnswerNote';
import { SHRINKAGE_CATEGORIES, type ShrinkagePlan, shrinkageOn } from '../../staffing/shrinkage';
import { weekday } from '../../calendar/dates';
import type { PlanResult } from '../planResult';
import { type StaffedInterval, type StaffingSettings, byDate } from './staffing';

const onDay = (plan: ShrinkagePlan, date: string) => shrinkageOn(plan, Number(date.slice(5, 7)), weekday(date));

/**
 * Each interval's shrinkage (fraction); fails ('plan.shrinkageTooHigh', naming
 * the day) when the factor takes a day to 100% or more.
 * @example shrinkageStep(staffed, settings).value[0] //=> 0.3
 */
export function shrinkageStep(staffed: readonly StaffedInterval[], s: StaffingSettings): Result<number[]> {
  const out: number[] = [];
  for (const [date, day] of byDate(staffed)) {
    const shrink = onDay(s.shrinkage, date);
    if (!shrink.ok) return shrink;
    const share = shrink.value.total * s.shrinkageFactor;
    if (share >= 1) return within(invalidNote(note('plan.shrinkageTooHigh', { share })), { date });
    for (let i = 0; i < day.length; i += 1) out.push(share);
  }
  return success(out);
}

/** The horizon's first day's shrinkage by category, as plan.json reports it. */
export function shrinkageSummary(plan: ShrinkagePlan, from: string): Result<PlanResult['shrinkage']> {
  const first = onDay(plan, from);
  if (!first.ok) return first;
  return success({
    total: first.value.total,
    byCategory: SHRINKAGE_CATEGORIES.map((category) => ({ category, share: first.value.byCategory[category] ?? 0 })),
  });
}
