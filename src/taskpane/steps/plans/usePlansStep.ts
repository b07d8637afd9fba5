import { usePlan } from '../../state/PlanContext';

/** Step 9: the scenarios and the budget question; the last run's scenarios side by side and the budget answer. */
export function usePlansStep() {
  const { result, valueAt, update } = usePlan();
  const scenarios = (valueAt('scenarios') as unknown[] | undefined) ?? [];
  const asked = valueAt('budgetQuestion') !== undefined;
  return {
    result,
    scenarios,
    asked,
    toggleBudgetQuestion: (on: boolean) => update('budgetQuestion', on ? { budget: 1_000_000 } : undefined),
  };
}
