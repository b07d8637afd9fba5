import type { Result } from '../result';
import { success } from '../result';
import { generateTemplates } from '../schedule/generateTemplates';
import { parseShiftTemplates } from '../schedule/parseShiftTemplates';
import { buildRoster } from '../schedule/roster';
import { publishRoster } from './rosterSummary';
import type { RosterCalendar } from './rosterCalendar';
import { contractsOf, FULL_TIME } from '../schedule/contracts';
import { scheduleServiceLevels } from '../schedule/serviceLevelReport';
import { type HighsRuntime, type ScheduleOutcome, solveSchedule } from '../schedule/solveSchedule';
import type { CancelFlag, ScheduleIncumbent, ScheduleProblem, ScheduleProgress, ShiftTemplate } from '../schedule/types';
import type { IntervalForecast, ServiceObjective } from '../staffing/types';
import { WEEKDAYS, weekday } from '../calendar/dates';
import { clockMinutes, formatClock } from '../calendar/clock';
import { type Note, note } from '../notes/note';
import type { PlanConfig } from './planConfig';
import type { IntervalPlanRow, ScheduleSummary } from './planResult';
import type { PlanSettings } from './steps/settings';
import { type PlanningInterval, planningIntervals, planningMinutes } from './planningInterval';

const DAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** The plan's shift templates: the listed ones and the generated families. */
export function shiftTemplates(schedule: PlanConfig['schedule']): Result<ShiftTemplate[]> {
  const templates: ShiftTemplate[] = [];
  if (schedule.templates.length > 0) {
    const listed = parseShiftTemplates(schedule.templates);
    if (!listed.ok) return { ...listed, message: `schedule.templates: ${listed.message}` };
    templates.push(...listed.value);
  }
  for (const [i, g] of schedule.generators.entries()) {
    const generated = generateTemplates({
      firstStart: clockMinutes(g.firstStart),
      lastStart: clockMinutes(g.lastStart),
      everyMinutes: g.everyMinutes,
      lengths: g.lengths,
      breaks: (minutes) => g.breaks[String(minutes)] ?? [],
      days: g.days?.map((d) => DAY_INDEX[d]),
    });
    if (!generated.ok) return { ...generated, message: `schedule.generators[${i}]: ${generated.message}` };
    templates.push(...generated.value);
  }
  return success(templates);
}

/**
 * The shift templates for days that include make-up working days (China's
 * 调休, `makeupDays`: date → the weekday it is worked as, 0 = Monday): a
 * template that may start on that weekday may also start on the make-up day's
 * own, so a centre closed on Saturdays, whose shifts all run Monday to Friday,
 * staffs a make-up Saturday worked as a Friday with Friday's shifts. The
 * problem's days keep their calendar weekday (the roster's rest and weekends
 * count on it), so over more than a week the template may also start on that
 * weekday's other days, where nothing is required unless the centre opens.
 * @example makeupTemplates([{ name: 'Day', start: 540, minutes: 480, breaks: [], days: [0, 1, 2, 3, 4] }], ['2025-10-11'], new Map([['2025-10-11', 4]]))[0].days //=> [0, 1, 2, 3, 4, 5]
 */
export function makeupTemplates(templates: readonly ShiftTemplate[], dates: readonly string[], makeupDays: ReadonlyMap<string, number>): ShiftTemplate[] {
  const worked = dates.filter((d) => makeupDays.has(d)).map((d) => ({ own: weekday(d), as: makeupDays.get(d) as number }));
  return templates.map((t) => {
    if (!t.days) return t;
    const days = new Set(t.days);
    for (const w of worked) if (days.has(w.as)) days.add(w.own);
    return days.size === t.days.length ? t : { ...t, days: [...days].sort((a, b) => a - b) };
  });
}

/**
 * The scheduling problem for a staffed horizon on its planning intervals
 * (planningInterval.ts) of `minutes`, make-up working days staffed with the
 * shifts of the weekday they are worked as (`makeupTemplates`), closed
 * holidays (`holidays`) marked: no shift on them, paid to the agents whose
 * tour works them (contracts.ts, holidayShare).
 */
export function scheduleProblem(
  intervals: readonly PlanningInterval[],
  minutes: number,
  templates: ShiftTemplate[],
  config: PlanSettings,
  makeupDays: ReadonlyMap<string, number> = new Map(),
  holidays: ReadonlySet<string> = new Set(),
): ScheduleProblem {
  const dates = [...new Set(intervals.map((r) => r.date))];
  const slots = 1440 / minutes;
  const required = dates.map(() => new Array<number>(slots).fill(0));
  for (const p of intervals) required[dates.indexOf(p.date)][clockMinutes(p.start) / minutes] = p.required;
  const week = dates.length === 7;
  return {
    intervalMinutes: minutes,
    days: dates.map((date) => ({ label: date, weekday: weekday(date), ...(holidays.has(date) ? { holiday: true } : {}) })),
    required,
    templates: makeupTemplates(templates, dates, makeupDays),
    objective: config.schedule.objective,
    wrap: week,
    roster: week ? { ...config.schedule.roster, contracts: config.schedule.contracts } : undefined,
    seats: config.centre.seats === undefined ? undefined : { count: config.centre.seats, breaksOnFloor: config.schedule.breaksOnFloor },
  };
}

/** What a horizon's schedule is reported against: its problem, planning intervals, shifts, settings and objective. */
export interface ScheduleContext {
  readonly problem: ScheduleProblem;
  readonly intervals: readonly PlanningInterval[];
  readonly templates: readonly ShiftTemplate[];
  readonly config: PlanSettings;
  readonly objective: ServiceObjective;
  /** each date's openness over the published roster's weeks (rosterCalendar.ts; default: as the solved week) */
  readonly calendar?: RosterCalendar;
  /** closed holidays over the rotation's weeks (closedHolidays): a later week's are paid in the published roster */
  readonly holidays?: ReadonlySet<string>;
}

export interface ScheduleRun {
  summary: ScheduleSummary;
  /** agents scheduled in the busiest interval ÷ required there (≥ 1 under `cover`) */
  peakRatio: number;
  /** required hours at the data's own interval (whole agents per interval), the yardstick's denominator like the monthly chain's */
  dataRequiredHours: number;
  context: ScheduleContext;
  outcome: ScheduleOutcome;
}

export interface ScheduleHorizonOptions {
  signal?: CancelFlag;
  onProgress?: (p: ScheduleProgress) => void;
  /** seconds for this solve (default schedule.timeLimitSeconds) */
  timeLimitSeconds?: number;
  /** other scenarios' schedules of the same week, the fallback when feasible (ScheduleIncumbent) */
  incumbents?: readonly ScheduleIncumbent[];
  /** make-up working days in the horizon and the weekday each is worked as (HorizonForecast.makeupDays) */
  makeupDays?: ReadonlyMap<string, number>;
  /** each date's openness over the published roster's weeks (rosterCalendar.ts) */
  calendar?: RosterCalendar;
  /** the horizon's closed holidays (rosterCalendar.ts, closedHolidays): paid, not worked */
  holidays?: ReadonlySet<string>;
}

/**
 * Step 7: solves the horizon's schedule with HiGHS on the planning interval,
 * then reports it (reportSchedule).
 */
export function scheduleHorizon(
  highs: HighsRuntime,
  rows: readonly IntervalPlanRow[],
  templates: ShiftTemplate[],
  config: PlanSettings,
  objective: ServiceObjective,
  options: ScheduleHorizonOptions = {},
): Result<ScheduleRun> {
  const minutes = planningMinutes(config.schedule.intervalMinutes, config.data.intervalMinutes);
  if (!minutes.ok) return minutes;
  const intervals = planningIntervals(rows, minutes.value, config.data.intervalMinutes);
  const problem = scheduleProblem(intervals, minutes.value, templates, config, options.makeupDays, options.holidays);
  const solved = solveSchedule(highs, problem, {
    timeLimitSeconds: options.timeLimitSeconds ?? config.schedule.timeLimitSeconds,
    signal: options.signal,
    onProgress: options.onProgress,
    incumbents: options.incumbents,
  });
  if (!solved.ok) return solved;
  const dataRequiredHours = rows.reduce((s, r) => s + Math.ceil(r.scheduledRequired - 1e-9), 0) * (config.data.intervalMinutes / 60);
  return reportSchedule({ problem, intervals, templates: problem.templates, config, objective, calendar: options.calendar, holidays: options.holidays }, solved.value, dataRequiredHours);
}

/**
 * A solved schedule reported for its horizon: coverage per planning
 * interval, the SL each gets from the scheduled staff (after that day's
 * shrinkage), the call-weighted SL per day and, for a week, the roster.
 * Also prices another scenario's schedule against this requirement.
 */
export function reportSchedule(context: ScheduleContext, outcome: ScheduleOutcome, dataRequiredHours: number): Result<ScheduleRun> {
  const { problem, intervals, templates, config } = context;
  const { solution, patterns } = outcome;
  const objective = { ...context.objective, intervalMinutes: problem.intervalMinutes };
  const rowAt = new Map(intervals.map((r) => [`${r.date} ${r.start}`, r]));
  const fallbackAht = intervals.find((r) => r.calls > 0)?.ahtSeconds ?? 300;
  const coverage: ScheduleSummary['coverage'] = [];
  const days: ScheduleSummary['days'] = [];
  for (const [dayIndex, day] of problem.days.entries()) {
    const dayCoverage = solution.coverage.filter((c) => c.dayIndex === dayIndex);
    const dayRows = dayCoverage.map((c) => rowAt.get(`${day.label} ${c.intervalStart}`));
    const forecast: IntervalForecast[] = dayRows.map((r) => ({ calls: r?.calls ?? 0, ahtSeconds: r?.ahtSeconds ?? fallbackAht }));
    const shrinkage = dayRows.find((r) => r !== undefined)?.shrinkage ?? 0;
    const levels = scheduleServiceLevels(dayCoverage, forecast, objective, shrinkage);
    if (!levels.ok) return levels;
    dayCoverage.forEach((c, i) => {
      if (c.required === 0 && c.scheduled === 0 && forecast[i].calls === 0) return;
      coverage.push({
        date: day.label,
        weekday: WEEKDAYS[day.weekday],
        start: c.intervalStart,
        required: c.required,
        scheduled: c.scheduled,
        over: c.over,
        under: c.under,
        serviceLevel: levels.value.intervals[i].serviceLevel,
      });
    });
    const dayAssignments = solution.assignments.filter((a) => a.dayIndex === dayIndex);
    days.push({
      date: day.label,
      weekday: WEEKDAYS[day.weekday],
      calls: forecast.reduce((s, f) => s + f.calls, 0),
      serviceLevel: levels.value.days[0]?.serviceLevel ?? 1,
      paidHours: dayAssignments.reduce((s, a) => s + a.paidHours * a.count, 0),
    });
  }
  const templateByName = new Map(templates.map((t) => [t.name, t]));
  const notes: Note[] = [];
  let published: Pick<ScheduleSummary, 'roster' | 'rotation' | 'rosterDays'> = { roster: [], rotation: null, rosterDays: problem.days.map((d) => d.label) };
  if (problem.roster) {
    const built = buildRoster(problem, patterns, solution);
    if (built.ok) {
      const { notes: rotationNotes, ...rotation } = publishRoster(problem, patterns, built.value, context.calendar, context.holidays);
      published = rotation;
      notes.push(...rotationNotes);
    } else {
      if (built.note) notes.push(built.note);
    }
  }
  const roster = published.roster;
  const requiredHours = solution.coverage.reduce((s, c) => s + c.required, 0) * (problem.intervalMinutes / 60);
  let peakRequired = 0;
  let peakScheduled = 0;
  for (const c of solution.coverage) {
    if (c.required > peakRequired) {
      peakRequired = c.required;
      peakScheduled = c.scheduled;
    }
  }
  const fullTime = config.schedule.fullTimeWeeklyHours ?? Math.max(...(problem.roster ? contractsOf(problem.roster) : [FULL_TIME]).map((c) => c.weeklyHours.max));
  const contractNames = problem.roster ? contractsOf(problem.roster).map((c) => c.name) : [];
  const headcount: ScheduleSummary['headcount'] = problem.roster
    ? { total: roster.length, byContract: contractNames.map((contract) => ({ contract, agents: roster.filter((a) => a.contract === contract).length })) }
    : null;
  if (solution.status !== 'optimal') notes.push(note('schedule.stopped', { status: solution.status, gap: solution.gap }));
  const holidays = problem.days.filter((d) => d.holiday).map((d) => d.label);
  if (problem.roster && holidays.length > 0) {
    const agents = (solution.workPatterns ?? []).reduce((s, w) => s + (w.holiday ? w.agents : 0), 0);
    notes.push(note('schedule.paidHolidays', { dates: holidays, agents, hours: solution.holidayHours }));
  }
  return success({
    peakRatio: peakRequired > 0 ? Math.max(1, peakScheduled / peakRequired) : 1,
    dataRequiredHours,
    context,
    outcome,
    summary: {
      status: solution.status,
      intervalMinutes: problem.intervalMinutes,
      paidHours: solution.paidHours,
      paidHolidayHours: solution.holidayHours,
      requiredHours,
      efficiency: solution.efficiency,
      lowerBound: solution.lowerBound,
      gap: solution.gap,
      solveSeconds: solution.solveSeconds,
      assignments: solution.assignments.map((a) => {
        const template = templateByName.get(a.shift);
        const end = template ? formatClock((clockMinutes(a.start) + template.minutes) % 1440) : '';
        return {
          date: problem.days[a.dayIndex].label,
          weekday: WEEKDAYS[problem.days[a.dayIndex].weekday],
          shift: a.shift,
          start: a.start,
          end,
          breaks: a.breaks.join(', '),
          count: a.count,
          paidHours: a.paidHours * a.count,
        };
      }),
      coverage,
      days,
      roster,
      rotation: published.rotation,
      headcount,
      fullTimeWeeklyHours: fullTime,
      fte: solution.paidHours / (fullTime * (problem.days.length / 7)),
      rosterDays: published.rosterDays,
      notes,
    },
  });
}
