import { useMemo } from 'react';
import { usePlan } from '../../state/PlanContext';

/** Step 5: blocking target, IVR time, talk share; the last run's trunk load and lines per open interval. */
export function useTrunksStep() {
  const { result } = usePlan();
  const open = useMemo(() => result?.intervals.filter((r) => !r.closed) ?? [], [result]);
  return { result, open };
}
