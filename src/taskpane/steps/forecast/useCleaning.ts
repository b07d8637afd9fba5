import { useMemo } from 'react';
import { type AnomalyReport, type CleaningOverride, cleanHistory, detectHistoryAnomalies } from '../../../core/plan/cleanHistory';
import type { RepairMethod } from '../../../core/forecast/repair';
import { usePlan } from '../../state/PlanContext';
import { useHistoryImport } from '../../state/useHistoryImport';

export const REPAIR_METHODS: readonly RepairMethod[] = ['comparable', 'interpolate', 'model'];

const isOverride = (o: unknown): o is CleaningOverride =>
  o !== null && typeof o === 'object' && typeof (o as CleaningOverride).date === 'string' && typeof (o as CleaningOverride).accept === 'boolean';
const sameFlag = (o: CleaningOverride, a: { date: string; start?: string }) => o.date === a.date && (o.start ?? '') === (a.start ?? '');

/**
 * Step 3's anomaly review: the core's flags on the imported history with the draft's
 * decisions applied (the same function the plan runner uses), the repair method, and
 * setters that write the user's choices into `forecast.cleaning`.
 */
export function useCleaning() {
  const { valueAt, update } = usePlan();
  const loaded = useHistoryImport();
  const rawRepair = valueAt('forecast.cleaning.repair');
  const repair: RepairMethod = REPAIR_METHODS.includes(rawRepair as RepairMethod) ? (rawRepair as RepairMethod) : 'comparable';
  const rawOverrides = valueAt('forecast.cleaning.overrides');
  const overrides = useMemo(() => (Array.isArray(rawOverrides) ? rawOverrides.filter(isOverride) : []), [rawOverrides]);

  const detected = useMemo(() => (loaded?.ok ? detectHistoryAnomalies(loaded.value.records, loaded.value.intervalMinutes) : undefined), [loaded]);
  const cleaned = useMemo(
    () => (loaded?.ok && detected ? cleanHistory(loaded.value.records, loaded.value.intervalMinutes, { repair, overrides }, detected) : undefined),
    [loaded, detected, repair, overrides],
  );

  return {
    hasHistory: loaded?.ok === true,
    repair,
    anomalies: cleaned?.anomalies ?? [],
    setRepair: (method: RepairMethod) => update('forecast.cleaning.repair', method),
    /** repair the flag (the detector's default) or keep it as observed (an override) */
    setAccepted: (anomaly: AnomalyReport, accept: boolean) => {
      const others = overrides.filter((o) => !sameFlag(o, anomaly));
      const next = accept ? others : [...others, { date: anomaly.date, ...(anomaly.start ? { start: anomaly.start } : {}), accept: false }];
      update('forecast.cleaning.overrides', next);
    },
  };
}
