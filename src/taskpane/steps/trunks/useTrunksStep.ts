import { useMemo } from 'react';
import { usePlan } from '../../state/PlanContext';

/** Step 5: blocking target, IVR time, talk share; the last run's trunk load and lines per open interval. */
export function useTrunksStep() {
  const { result } = usePlan();
  const open = useMemo(() => result?.intervals.filter((r) => !r.closed) ?? [], [result]);
  /** the chart's lines over every interval of the horizon, closed ones as gaps */
  const chart = useMemo(() => {
    const all = result?.intervals ?? [];
    return { load: all.map((r) => (r.closed ? null : r.trunkLoad)), lines: all.map((r) => (r.closed ? null : r.trunks)) };
  }, [result]);
  return { result, open, chart };
}
