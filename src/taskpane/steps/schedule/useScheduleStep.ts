import { useMemo } from 'react';
import { usePlan } from '../../state/PlanContext';
import { defaultBreak, type DraftBreak } from './BreaksEditor';

/** A shift pattern as drafted (lengths may hold text being typed; breaks by length). */
interface DraftGenerator {
  lengths?: unknown;
  breaks?: Record<string, DraftBreak[]>;
}

/** Step 7: shift generators and templates, roster rules; the last run's coverage, SL per interval and roster. */
export function useScheduleStep() {
  const { result, valueAt, update } = usePlan();
  const drafted = (valueAt('schedule.generators') as DraftGenerator[] | undefined) ?? [];
  // Breaks are edited per shift length: the lengths that read as whole minutes.
  const generators = drafted.map((g) => ({ ...g, lengths: Array.isArray(g.lengths) ? [...new Set(g.lengths.filter((l): l is number => Number.isInteger(l) && l > 0))] : [] }));
  const templates = (valueAt('schedule.templates') as { name?: string; start?: string; minutes?: number; days?: string[] }[] | undefined) ?? [];
  const coverage = useMemo(() => result?.schedule.coverage.filter((c) => c.required > 0 || c.scheduled > 0) ?? [], [result]);
  /** the chart over every interval of the horizon: one with nothing required or scheduled (closed, night) is a gap */
  const coverageChart = useMemo(() => {
    const all = result?.schedule.coverage ?? [];
    const idle = (c: (typeof all)[number]) => c.required === 0 && c.scheduled === 0;
    return { rows: all, required: all.map((c) => (idle(c) ? null : c.required)), scheduled: all.map((c) => (idle(c) ? null : c.scheduled)) };
  }, [result]);
  return {
    result,
    generators,
    templates,
    coverage,
    coverageChart,
    addGenerator: () => update('schedule.generators', [...drafted, { firstStart: '08:00', lastStart: '12:00', everyMinutes: 30, lengths: [480], breaks: { 480: [defaultBreak(480)] }, days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] }]),
    removeGenerator: (i: number) => update('schedule.generators', drafted.filter((_, j) => j !== i)),
    /** Writes one length's breaks, keeping the pattern's other lengths (the record is written whole). */
    setGeneratorBreaks: (i: number, length: number, list: DraftBreak[]) => update(`schedule.generators[${i}].breaks`, { ...(drafted[i]?.breaks ?? {}), [String(length)]: list }),
    setTemplateBreaks: (i: number, list: DraftBreak[]) => update(`schedule.templates[${i}].breaks`, list),
    removeTemplate: (i: number) => update('schedule.templates', templates.filter((_, j) => j !== i)),
  };
}
