import type { ConfigProblem } from '../../core/plan/validateConfig';
import type { PlanDraft } from './planDraft';

/** The nine steps, in order, and the parts of the PlanConfig each one decides. */
export const STEPS = [
  { id: 'service', sections: ['centre', 'service'] },
  { id: 'data', sections: ['data'] },
  { id: 'forecast', sections: ['forecast'] },
  { id: 'staffing', sections: ['staffing'] },
  { id: 'trunks', sections: ['trunks'] },
  { id: 'shrinkage', sections: ['shrinkage'] },
  { id: 'schedule', sections: ['schedule'] },
  { id: 'costs', sections: ['costs'] },
  { id: 'plans', sections: ['scenarios', 'budgetQuestion'] },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** What the step list shows beside a step. */
export type StepStatus = 'incomplete' | 'stale' | 'done' | 'todo';

/** A problem belongs to a section when its field is the section or lies inside it. */
export const inSection = (field: string, section: string): boolean =>
  field === section || field.startsWith(`${section}.`) || field.startsWith(`${section}[`);

export const problemsOfStep = (problems: readonly ConfigProblem[], index: number): ConfigProblem[] =>
  problems.filter((p) => STEPS[index].sections.some((s) => inSection(p.field, s)));

/** Steps from the forecast on show the last run's results, so they go stale when an earlier input changes. */
export const FIRST_RESULT_STEP = 2;

/** The inputs of one step as text, to tell later whether they changed since a run. */
export function stepBasis(draft: PlanDraft, history: { name: string; text: string } | undefined, index: number): string {
  const parts: unknown[] = STEPS[index].sections.map((s) => (draft as Record<string, unknown>)[s]);
  if (STEPS[index].id === 'data') parts.push(history ? [history.name, history.text.length] : null);
  return JSON.stringify(parts);
}

export const allBases = (draft: PlanDraft, history: { name: string; text: string } | undefined): string[] =>
  STEPS.map((_, i) => stepBasis(draft, history, i));

/**
 * Each step's mark: incomplete when its inputs have problems (or no history
 * yet), stale when it shows results and an input of it or of an earlier step
 * changed since they were computed, done when its results are current.
 */
export function stepStatuses(args: {
  problems: readonly ConfigProblem[];
  hasHistory: boolean;
  /** the history has no handle time and step 2's AHT is missing */
  needsAht?: boolean;
  bases: readonly string[];
  resultBases: readonly string[] | undefined;
}): StepStatus[] {
  const { problems, hasHistory, needsAht = false, bases, resultBases } = args;
  let changedBefore = false;
  return STEPS.map((step, i) => {
    const changed = resultBases === undefined || resultBases[i] !== bases[i];
    changedBefore ||= changed;
    if (problemsOfStep(problems, i).length > 0 || (step.id === 'data' && (!hasHistory || needsAht))) return 'incomplete';
    if (i < FIRST_RESULT_STEP) return 'done';
    if (resultBases === undefined) return 'todo';
    return changedBefore ? 'stale' : 'done';
  });
}
