import sample from '../../../examples/sample-centre.json';
import type { PlanConfigInput } from '../../core/plan/planConfig';
import type { Locale } from '../../i18n/locale';

/**
 * The wizard's state: a PlanConfig as the user is writing it. It may hold
 * values the schema rejects (text typed into a number field is kept as typed
 * so nothing is lost); the core's validator names each problem.
 */
export type PlanDraft = PlanConfigInput;

/** A new user's plan: the embedded sample centre's settings, with no history imported yet. */
export function newDraft(): PlanDraft {
  const draft = JSON.parse(JSON.stringify(sample)) as PlanDraft;
  return { ...draft, data: { ...draft.data, history: '' } };
}

/**
 * The draft as the plan runs it: in the pane's language unless the draft names
 * its own `locale` (a plan file's), so a pane in Chinese plans with China's
 * holidays by default (holidaySetting) while the planner has chosen none.
 * @example withPlanLocale({}, 'zh-CN').locale //=> 'zh-CN'
 */
export function withPlanLocale(draft: PlanDraft, pane: Locale): PlanDraft {
  return draft.locale === undefined ? { ...draft, locale: pane } : draft;
}
