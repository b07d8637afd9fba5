import { useMemo } from 'react';
import { busiestInterval, serviceCurve, type ServiceCurvePoint } from '../../../core/plan/serviceCurve';
import { SERVICE_LEVEL_METHODS } from '../../../core/workload/measuredServiceLevel';
import { usePlan } from '../../state/PlanContext';
import { useHistoryImport } from '../../state/useHistoryImport';

/** Service objectives by tier (planning guide, step 1). 100/0 is an ideal: the validator says why it cannot be planned for. */
export const SERVICE_PRESETS = {
  emergency: [[1, 0]],
  high: [[0.9, 20], [0.85, 15], [0.9, 15]],
  general: [[0.8, 20], [0.8, 30], [0.9, 60]],
  low: [[0.8, 60], [0.9, 120], [0.8, 300]],
} as const;

export type ServiceTier = keyof typeof SERVICE_PRESETS;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Step 1: the objective, presets, and the SL/cost curve of the busiest interval. */
export function useServiceStep() {
  const { draft, update, valueAt } = usePlan();
  const loaded = useHistoryImport();
  const targetSeconds = num(valueAt('service.targetSeconds'));
  const model = valueAt('staffing.model');
  const patience = num(valueAt('staffing.patienceSeconds')) ?? (loaded?.ok ? loaded.value.patienceSeconds : undefined);
  const wage = num(valueAt('costs.hourlyWage')) ?? 0;
  const onCost = num(valueAt('costs.onCostRate')) ?? 0;
  const minutes = num(draft.data?.intervalMinutes) ?? 30;

  const busiest = useMemo(() => (loaded?.ok ? busiestInterval(loaded.value.records) : undefined), [loaded]);
  const curve = useMemo((): ServiceCurvePoint[] | undefined => {
    if (!busiest?.ahtSeconds || targetSeconds === undefined) return undefined;
    const r = serviceCurve({
      calls: busiest.calls,
      ahtSeconds: busiest.ahtSeconds,
      intervalMinutes: minutes,
      targetSeconds,
      patienceSeconds: model === 'erlangA' ? patience : undefined,
      hourlyWage: wage,
      onCostRate: onCost,
    });
    return r.ok ? r.value : undefined;
  }, [busiest, targetSeconds, model, patience, wage, onCost, minutes]);

  const method = num(valueAt('service.slMethod')) as 1 | 2 | 3 | 4 | undefined;
  return {
    busiest,
    curve,
    /** the method's formula in symbols ("Aw / (A + B)"); its meaning is in the catalogue (service.method.N) */
    formula: method && SERVICE_LEVEL_METHODS[method]?.split(':')[0],
    applyPreset: (slTarget: number, seconds: number) => {
      update('service.slTarget', slTarget);
      update('service.targetSeconds', seconds);
    },
    isCurrent: (slTarget: number, seconds: number) => valueAt('service.slTarget') === slTarget && valueAt('service.targetSeconds') === seconds,
  };
}
