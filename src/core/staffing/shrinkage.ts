import { invalid, success, type Result } from '../result';

/** The shrinkage categories of planning step 6. */
export const SHRINKAGE_CATEGORIES = [
  'absence',
  'leave',
  'training',
  'meetings',
  'coaching',
  'breaks',
  'offPhone',
  'other',
] as const;

export type ShrinkageCategory = (typeof SHRINKAGE_CATEGORIES)[number];

/**
 * One category's share of paid time, as a fraction: a constant, or varying by
 * month (12 values, January first) or by weekday (7 values, Monday first).
 */
export type ShrinkageValue =
  | number
  | { readonly byMonth: readonly number[] }
  | { readonly byWeekday: readonly number[] };

export type ShrinkagePlan = Partial<Record<ShrinkageCategory, ShrinkageValue>>;

/** Shrinkage on one day, by category and in total (fractions of paid time). */
export interface DayShrinkage {
  readonly byCategory: Record<ShrinkageCategory, number>;
  readonly total: number;
}

/**
 * Shrinkage on a day (planning step 6): each category's share for that month
 * and weekday, and the total — their sum, the share of paid time not
 * available for calls. The total must stay below 1.
 *
 * @param month 1–12; @param weekday 0 = Monday … 6 = Sunday
 * @example shrinkageOn({ absence: 0.05, leave: { byMonth: [0.04, …, 0.15 (Aug), …] }, breaks: 0.0833 }, 8, 0).value.total //=> 0.2833
 */
export function shrinkageOn(plan: ShrinkagePlan, month: number, weekday: number): Result<DayShrinkage> {
  if (!Number.isInteger(month) || month < 1 || month > 12) return invalid(`month must be 1–12 (got ${month})`);
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) return invalid(`weekday must be 0 (Monday) to 6 (Sunday) (got ${weekday})`);
  const byCategory = Object.fromEntries(SHRINKAGE_CATEGORIES.map((c) => [c, 0])) as Record<ShrinkageCategory, number>;
  let total = 0;
  for (const [key, value] of Object.entries(plan)) {
    if (!(SHRINKAGE_CATEGORIES as readonly string[]).includes(key)) {
      return invalid(`unknown shrinkage category "${key}"; use ${SHRINKAGE_CATEGORIES.join(', ')}`);
    }
    const cat = key as ShrinkageCategory;
    let v: number;
    if (typeof value === 'number') v = value;
    else if (value && 'byMonth' in value) {
      if (value.byMonth.length !== 12) return invalid(`shrinkage ${cat}: byMonth needs 12 values, January first (got ${value.byMonth.length})`);
      v = value.byMonth[month - 1];
    } else if (value && 'byWeekday' in value) {
      if (value.byWeekday.length !== 7) return invalid(`shrinkage ${cat}: byWeekday needs 7 values, Monday first (got ${value.byWeekday.length})`);
      v = value.byWeekday[weekday];
    } else return invalid(`shrinkage ${cat} must be a fraction, { byMonth: [12] } or { byWeekday: [7] }`);
    if (!(Number.isFinite(v) && v >= 0 && v < 1)) return invalid(`shrinkage ${cat} must be a fraction from 0 to below 1 (got ${v})`);
    byCategory[cat] = v;
    total += v;
  }
  if (total >= 1) {
    return invalid(`total shrinkage in month ${month}, weekday ${weekday} is ${(total * 100).toFixed(1)}%; it must stay below 100%`);
  }
  return success({ byCategory, total });
}
