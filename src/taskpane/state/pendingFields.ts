/**
 * Fields the wizard already writes but the plan's schema does not have yet:
 * `data.ahtSeconds` (step 2's AHT when the history has no handle time). The
 * schema is strict, so until it knows the field the draft is validated
 * without it and the field is checked here, with the core's problem codes so
 * its messages come from the same catalogue entries. Once
 * planConfigSchema.data has `ahtSeconds`, `schemaHasAht` is true and this
 * module does nothing: the core validates the field.
 */
import { z } from 'zod';
import { planConfigSchema } from '../../core/plan/planConfig';
import type { ConfigProblem } from '../../core/plan/validateConfig';
import type { PlanDraft } from './planDraft';

export const schemaHasAht = 'ahtSeconds' in (planConfigSchema.shape.data as unknown as { shape: object }).shape;

/** The shape asked of the lead: seconds, or seconds by weekday (Monday first). */
const seconds = z.number().gt(0).max(7200);
const ahtSchema = z.union([seconds, z.object({ byWeekday: z.array(seconds).length(7) }).strict()]);

const ahtOf = (draft: PlanDraft): unknown => (draft.data as Record<string, unknown> | undefined)?.ahtSeconds;

/** The draft as the schema reads it today. */
export function forSchema(draft: PlanDraft): PlanDraft {
  if (schemaHasAht || ahtOf(draft) === undefined) return draft;
  const { ahtSeconds: _pending, ...data } = draft.data as Record<string, unknown>;
  return { ...draft, data: data as PlanDraft['data'] };
}

/** Problems of the pending fields (none once the schema has them). */
export function pendingProblems(draft: PlanDraft): ConfigProblem[] {
  const value = ahtOf(draft);
  if (schemaHasAht || value === undefined) return [];
  if (ahtSchema.safeParse(value).success) return [];
  const problem = (field: string, v: unknown): ConfigProblem | undefined => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return { field, message: 'must be a number', code: 'wrongType', params: { expected: 'number', got: JSON.stringify(v ?? null) } };
    if (!(v > 0)) return { field, message: 'must be greater than 0', code: 'greaterThan', params: { n: 0, got: v } };
    if (v > 7200) return { field, message: 'must be at most 7200', code: 'atMost', params: { n: 7200, got: v } };
    return undefined;
  };
  if (value !== null && typeof value === 'object' && Array.isArray((value as { byWeekday?: unknown }).byWeekday)) {
    return ((value as { byWeekday: unknown[] }).byWeekday)
      .map((v, i) => problem(`data.ahtSeconds.byWeekday[${i}]`, v))
      .filter((p): p is ConfigProblem => p !== undefined);
  }
  return [problem('data.ahtSeconds', value) ?? { field: 'data.ahtSeconds', message: 'must be a number', code: 'wrongType', params: { expected: 'number' } }];
}

/** The AHT the user gave in step 2, when it is valid: seconds, or seconds by weekday. */
export function draftAht(draft: PlanDraft): number | number[] | undefined {
  const parsed = ahtSchema.safeParse(ahtOf(draft));
  if (!parsed.success) return undefined;
  return typeof parsed.data === 'number' ? parsed.data : parsed.data.byWeekday;
}
