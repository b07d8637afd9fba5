import { invalid, success, type Result } from '../result';
import { formatClock } from '../calendar/clock';
import type { BreakRule, ShiftTemplate } from './types';
import { validateTemplate } from './validateProblem';

/** How to generate a family of shift templates. */
export interface TemplateGenerator {
  /** First start, minutes since midnight. */
  readonly firstStart: number;
  /** Last start (inclusive), minutes since midnight; may be late evening for overnight shifts. */
  readonly lastStart: number;
  /** Step between starts, minutes (e.g. 15 or 30). */
  readonly everyMinutes: number;
  /** Shift spans in minutes, breaks included (e.g. [240, 480, 540]). */
  readonly lengths: readonly number[];
  /** Breaks per span; spans not listed get none. */
  readonly breaks?: (minutes: number) => readonly BreakRule[];
  /** Weekdays allowed (0 = Monday … 6 = Sunday); all when absent. */
  readonly days?: readonly number[];
  /** Cost per paid hour, when shifts should carry a cost (e.g. night premium handled by a separate generator). */
  readonly costPerPaidHour?: number;
}

/**
 * Generates templates: one per start time (every `everyMinutes` from
 * `firstStart` to `lastStart`) and span. Names read "08:30 8h" (start and span).
 *
 * @returns the templates, or `invalid` naming the bad setting (or the first bad template).
 * @example generateTemplates({ firstStart: 420, lastStart: 600, everyMinutes: 30, lengths: [480] }).value.length //=> 7
 */
export function generateTemplates(g: TemplateGenerator): Result<ShiftTemplate[]> {
  if (!Number.isInteger(g.everyMinutes) || g.everyMinutes <= 0) {
    return invalid(`everyMinutes must be a whole number of minutes > 0 (got ${g.everyMinutes})`);
  }
  if (!(g.firstStart >= 0 && g.lastStart < 1440 && g.firstStart <= g.lastStart)) {
    return invalid(`starts must run from 00:00 to 23:59 with the first no later than the last (got ${g.firstStart}–${g.lastStart} minutes)`);
  }
  if (g.lengths.length === 0) return invalid('lengths is empty; give at least one shift length');
  const out: ShiftTemplate[] = [];
  for (let start = g.firstStart; start <= g.lastStart; start += g.everyMinutes) {
    for (const minutes of g.lengths) {
      const breaks = g.breaks ? g.breaks(minutes) : [];
      const hours = minutes / 60;
      const base: ShiftTemplate = {
        name: `${formatClock(start)} ${Number.isInteger(hours) ? hours : hours.toFixed(2)}h`,
        start,
        minutes,
        breaks,
        ...(g.days ? { days: g.days } : {}),
      };
      const unpaid = breaks.filter((b) => !b.paid).reduce((s, b) => s + b.minutes, 0);
      const t: ShiftTemplate =
        g.costPerPaidHour !== undefined ? { ...base, cost: (g.costPerPaidHour * (minutes - unpaid)) / 60 } : base;
      const v = validateTemplate(t);
      if (!v.ok) return v;
      out.push(t);
    }
  }
  return success(out);
}
