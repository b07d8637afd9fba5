import { useMemo } from 'react';
import { usePlan } from '../../state/PlanContext';

/** Step 4: the queueing model and the level the target applies at; the last run's requirement per open interval. */
export function useStaffingStep() {
  const { result, valueAt } = usePlan();
  const open = useMemo(() => result?.intervals.filter((r) => !r.closed) ?? [], [result]);
  return {
    result,
    open,
    erlangA: valueAt('staffing.model') === 'erlangA',
    peak: open.reduce<number>((m, r) => Math.max(m, r.agents), 0),
  };
}
