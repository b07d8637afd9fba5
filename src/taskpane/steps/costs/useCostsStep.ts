import { useMemo } from 'react';
import { COST_CATEGORIES, costBreakdown, LABOUR_CATEGORY_IDS } from '../../../core/cost';
import { costRatesSchema } from '../../../core/plan/planConfig';
import { usePlan } from '../../state/PlanContext';

/** The rate fields of step 8 in display order, with how each is shown. */
export const RATE_FIELDS = [
  ['hourlyWage', 'money'], ['onCostRate', 'percent'], ['supervisorRatio', 'ratio'], ['supervisorHourlyWage', 'money'],
  ['seatSpareRate', 'percent'], ['seatMonthlyCost', 'money'], ['equipmentPerSeatMonthly', 'money'], ['licencesPerSeatMonthly', 'money'],
  ['trunkMonthlyCost', 'money'], ['trunkUsagePerMinute', 'money'], ['networkMonthly', 'money'], ['professionalServicesMonthly', 'money'],
  ['sharedPlatformsMonthly', 'money'],
] as const;

/**
 * Step 8: cost rates; the mid plan's annual breakdown recomputed live from the
 * last run's drivers and the rates as typed (the core's costBreakdown).
 */
export function useCostsStep() {
  const { draft, result } = usePlan();
  const mid = result?.scenarios.find((s) => s.id === 'mid') ?? result?.scenarios[0];
  const breakdown = useMemo(() => {
    if (!mid) return undefined;
    const rates = costRatesSchema.safeParse(draft.costs);
    if (!rates.success) return undefined;
    const r = costBreakdown(mid.drivers, rates.data);
    return r.ok ? { currency: rates.data.currency, total: r.value.total, label: mid.label } : undefined;
  }, [mid, draft.costs]);
  return { breakdown, categories: COST_CATEGORIES, labourCategories: LABOUR_CATEGORY_IDS };
}
