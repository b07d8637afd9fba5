import { useMemo } from 'react';
import { usePlan } from '../../state/PlanContext';

/**
 * Step 4: the queueing model and the level the target applies at; the last
 * run's requirement per open interval (the table), and per interval of the
 * horizon with closed ones as gaps (the chart: nights and closed days break the line).
 */
export function useStaffingStep() {
  const { result, valueAt } = usePlan();
  const open = useMemo(() => result?.intervals.filter((r) => !r.closed) ?? [], [result]);
  const agentsChart = useMemo(() => (result?.intervals ?? []).map((r) => (r.closed ? null : r.agents)), [result]);
  return {
    result,
    open,
    agentsChart,
    erlangA: valueAt('staffing.model') === 'erlangA',
    peak: open.reduce<number>((m, r) => Math.max(m, r.agents), 0),
  };
}
