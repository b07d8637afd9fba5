import { useMemo } from 'react';
import { usePlan } from '../../state/PlanContext';

/** Step 7: shift generators and templates, roster rules; the last run's coverage, SL per interval and roster. */
export function useScheduleStep() {
  const { result, valueAt, update } = usePlan();
  const generators = (valueAt('schedule.generators') as unknown[] | undefined) ?? [];
  const templates = (valueAt('schedule.templates') as { name?: string; start?: string; minutes?: number; days?: string[] }[] | undefined) ?? [];
  const coverage = useMemo(() => result?.schedule.coverage.filter((c) => c.required > 0 || c.scheduled > 0) ?? [], [result]);
  return {
    result,
    generators,
    templates,
    coverage,
    addGenerator: () => update('schedule.generators', [...generators, { firstStart: '08:00', lastStart: '12:00', everyMinutes: 30, lengths: [480], breaks: {}, days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] }]),
    removeGenerator: (i: number) => update('schedule.generators', generators.filter((_, j) => j !== i)),
    removeTemplate: (i: number) => update('schedule.templates', templates.filter((_, j) => j !== i)),
  };
}
