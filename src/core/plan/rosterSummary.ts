/**
 * The published roster of plan.json (step 7): the solved week's roster turned
 * into its N-week rotation (schedule/rotation.ts), each shift as local
 * date-times without a zone ("2026-11-02T08:00"; an end after midnight on
 * the next date), from the scheduled week's first date.
 */
import { addDays } from '../calendar/dates';
import { formatClock } from '../calendar/clock';
import type { Note } from '../notes/note';
import type { Roster } from '../schedule/roster';
import { buildRotation, rotationWeeksOf } from '../schedule/rotation';
import type { ScheduleProblem, ShiftPattern } from '../schedule/types';
import type { ScheduleSummary } from './planResult';

/** A local date-time "YYYY-MM-DDTHH:MM", `minutes` after midnight of `date` (may pass into later dates). */
export const localDateTime = (date: string, minutes: number): string => `${addDays(date, Math.floor(minutes / 1440))}T${formatClock(minutes % 1440)}`;

/**
 * The rotation of a week's roster as plan.json writes it, with its spread and the notes on its fairness.
 * @param problem a week whose day labels are dates ('YYYY-MM-DD'), solved with roster rules.
 * @example publishRoster(problem, patterns, roster).roster[0].shifts[0] //=> { start: '2026-11-02T08:00', end: '2026-11-02T16:00' }
 */
export function publishRoster(
  problem: ScheduleProblem,
  patterns: readonly ShiftPattern[],
  roster: Roster,
): Pick<ScheduleSummary, 'roster' | 'rotation' | 'rosterDays'> & { notes: readonly Note[] } {
  const weeks = rotationWeeksOf(problem.roster ?? {});
  const rotation = buildRotation(problem, patterns, roster, weeks);
  const first = problem.days[0].label;
  const span = problem.days.length;
  const published: ScheduleSummary['roster'] = rotation.agents.map((a) => ({
    agent: a.name,
    contract: a.contract,
    shifts: a.shifts.flatMap((week, w) =>
      week.flatMap((s, d) => {
        if (!s) return [];
        const t = problem.templates[patterns[s.pattern].template];
        const day = addDays(first, w * span + d);
        return [{ start: localDateTime(day, t.start), end: localDateTime(day, t.start + t.minutes) }];
      }),
    ),
    weeklyHours: a.weeklyHours.map((h) => Math.round(h * 1e6) / 1e6),
    lateShifts: a.lateShifts,
    weekendDaysOff: a.weekendDaysOff,
  }));
  const range = (values: number[]) => ({ min: values.length ? Math.min(...values) : 0, max: values.length ? Math.max(...values) : 0 });
  return {
    roster: published,
    rotation: { weeks, lateShifts: range(published.map((a) => a.lateShifts)), weekendDaysOff: range(published.map((a) => a.weekendDaysOff)) },
    rosterDays: Array.from({ length: weeks * span }, (_, i) => addDays(first, i)),
    notes: rotation.notes,
  };
}
