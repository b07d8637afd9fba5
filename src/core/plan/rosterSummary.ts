/**
 * The published roster of plan.json (step 7): the solved week's roster turned
 * into its N-week rotation (schedule/rotation.ts), each shift as local
 * date-times without a zone ("2026-11-02T08:00"; an end after midnight on
 * the next date), from the scheduled week's first date.
 *
 * The rotation repeats the solved week's lines, so a later date can only take
 * the shifts of the solved week's day at its place; our rule, by the plan's
 * calendar (rosterCalendar.ts), date by date:
 * - a closed holiday (`holidays`: a date closed although its weekday opens):
 *   no shifts; in the solved week the model already pays it (a paid holiday,
 *   not worked); in a later week the agent's shift there becomes a paid
 *   holiday of its hours (the same rule: contracts.ts holidayShare), so the
 *   week's hours stay the contract's, and 'schedule.rosterHolidays' names them;
 * - closed otherwise (a closed weekday; a plain Saturday after a make-up
 *   Saturday, a rest day swapped for it): no shifts, in any week; the note
 *   'schedule.rosterClosedDates' names the dates where shifts were left out
 *   (the agents' hours that week are lower by those shifts);
 * - open as the solved week's day at its place (same weekday pattern): its shifts;
 * - open although that day was closed or worked as another weekday (a weekday
 *   after a holiday in the solved week; a make-up day): the solved week staffs
 *   nothing that fits, so the roster stops at the week before and the note
 *   'schedule.rosterCut' names the dates that need a plan of their own.
 * So the roster never shows a shift on a closed date, nor an open date with
 * fewer agents than the solved week gives the weekday it is worked as.
 */
import { addDays } from '../calendar/dates';
import { formatClock } from '../calendar/clock';
import { note, type Note } from '../notes/note';
import { isLateShift, WEEKEND_DAYS } from '../schedule/lateShift';
import type { Roster, RosterShift } from '../schedule/roster';
import { buildRotation, rotationWeeksOf } from '../schedule/rotation';
import type { ScheduleProblem, ShiftPattern } from '../schedule/types';
import type { ScheduleSummary } from './planResult';
import type { RosterCalendar } from './rosterCalendar';

/** A local date-time "YYYY-MM-DDTHH:MM", `minutes` after midnight of `date` (may pass into later dates). */
export const localDateTime = (date: string, minutes: number): string => `${addDays(date, Math.floor(minutes / 1440))}T${formatClock(minutes % 1440)}`;

/**
 * The rotation of a week's roster as plan.json writes it, with its spread and
 * the notes on its fairness and on the dates the calendar changes (module comment).
 * @param problem a week whose day labels are dates ('YYYY-MM-DD'), solved with roster rules.
 * @param calendar each date's openness (default: every week open as the solved one).
 * @example publishRoster(problem, patterns, roster).roster[0].shifts[0] //=> { start: '2026-11-02T08:00', end: '2026-11-02T16:00' }
 */
export function publishRoster(
  problem: ScheduleProblem,
  patterns: readonly ShiftPattern[],
  roster: Roster,
  calendar?: RosterCalendar,
  holidays: ReadonlySet<string> = new Set(),
): Pick<ScheduleSummary, 'roster' | 'rotation' | 'rosterDays'> & { notes: readonly Note[] } {
  const weeks = rotationWeeksOf(problem.roster ?? {});
  const rotation = buildRotation(problem, patterns, roster, weeks);
  const first = problem.days[0].label;
  const span = problem.days.length;
  const dateOf = (w: number, d: number) => addDays(first, w * span + d);
  // Per rotation week and day: drop the solved day's shifts (closed), keep them, or stop (open, unstaffed).
  const solved = problem.days.map((day) => calendar?.(day.label));
  const verdict = (w: number, d: number): 'keep' | 'closed' | 'unstaffed' => {
    if (!calendar) return 'keep';
    const open = calendar(dateOf(w, d));
    return open === null ? 'closed' : open === solved[d] ? 'keep' : 'unstaffed';
  };
  let published = 0;
  while (published < weeks && problem.days.every((_, d) => verdict(published, d) !== 'unstaffed')) published++;
  const closedDates: string[] = [];
  const holidayDates: string[] = [];
  for (let w = 0; w < published; w++) {
    problem.days.forEach((_, d) => {
      if (verdict(w, d) !== 'closed' || !rotation.agents.some((a) => a.shifts[w][d])) return;
      (holidays.has(dateOf(w, d)) ? holidayDates : closedDates).push(dateOf(w, d));
    });
  }
  const templateOf = (s: RosterShift) => problem.templates[patterns[s.pattern].template];
  const agents: ScheduleSummary['roster'] = rotation.agents.map((a) => {
    const weeksOf = a.shifts.slice(0, published);
    const kept = weeksOf.map((week, w) => week.map((s, d) => (verdict(w, d) === 'closed' ? null : s)));
    const onHoliday = (w: number, d: number) => holidays.has(dateOf(w, d));
    const paidHolidays = a.lines.slice(0, published).flatMap((line, w) => {
      const { holidays: solvedHolidays, holidayHours } = roster.agents[line];
      const solvedWeek = solvedHolidays.map((d) => ({ date: dateOf(w, d), hours: Math.round((holidayHours / solvedHolidays.length) * 1e6) / 1e6 }));
      const later = weeksOf[w].flatMap((s, d) => (s && !kept[w][d] && onHoliday(w, d) ? [{ date: dateOf(w, d), hours: s.paidHours }] : []));
      return [...solvedWeek, ...later].sort((x, y) => (x.date < y.date ? -1 : 1));
    });
    const dropped = weeksOf.map((week, w) => week.reduce((h, s, d) => h + (s && !kept[w][d] && !onHoliday(w, d) ? s.paidHours : 0), 0));
    const all = kept.flatMap((week, w) => week.map((s, d) => ({ s, w, d })));
    return {
      agent: a.name,
      contract: a.contract,
      shifts: all.flatMap(({ s, w, d }) => {
        if (!s) return [];
        const t = templateOf(s);
        const day = dateOf(w, d);
        return [{ start: localDateTime(day, t.start), end: localDateTime(day, t.start + t.minutes) }];
      }),
      paidHolidays,
      weeklyHours: dropped.map((h, w) => Math.round((a.weeklyHours[w] - h) * 1e6) / 1e6),
      lateShifts: all.filter(({ s }) => s && isLateShift(templateOf(s).start, templateOf(s).minutes)).length,
      weekendDaysOff: all.filter(({ s, d }) => !s && WEEKEND_DAYS.includes(problem.days[d].weekday)).length,
    };
  });
  const notes: Note[] = [...rotation.notes];
  if (closedDates.length > 0) notes.push(note('schedule.rosterClosedDates', { dates: closedDates }));
  if (holidayDates.length > 0) notes.push(note('schedule.rosterHolidays', { dates: holidayDates }));
  if (published < weeks) {
    const dates = problem.days.flatMap((_, d) => (verdict(published, d) === 'unstaffed' ? [dateOf(published, d)] : []));
    notes.push(note('schedule.rosterCut', { weeks, published, from: dateOf(published, 0), dates }));
  }
  const range = (values: number[]) => ({ min: values.length ? Math.min(...values) : 0, max: values.length ? Math.max(...values) : 0 });
  return {
    roster: agents,
    rotation: { weeks: published, lateShifts: range(agents.map((a) => a.lateShifts)), weekendDaysOff: range(agents.map((a) => a.weekendDaysOff)) },
    rosterDays: Array.from({ length: published * span }, (_, i) => addDays(first, i)),
    notes,
  };
}
