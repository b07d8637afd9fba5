/**
 * The planning interval of step 7: the length of the intervals the schedule
 * is solved, reported (coverage, SL per interval) and written on. The
 * forecast and the staffing keep the data's own interval; a history finer
 * than 15 minutes (5-minute data) is scheduled on 15 minutes unless
 * `schedule.intervalMinutes` says otherwise, as shifts and breaks are laid on
 * quarter hours and a MIP over 288 slots a day is needlessly large.
 *
 * The rule that joins the finer parts (one home): a planning interval needs
 * the **peak** of its parts' whole agents to schedule (so that every part is
 * covered, as cover demands), and carries the **sum** of their calls with the
 * call-weighted AHT (so that its SL is predicted for the calls it really gets).
 * An interval only partly open (the bank's 21:00–21:15 when it closes at
 * 21:05) needs that peak during its open part only: its requirement is the
 * peak × open share (agents averaged over the interval, as a shift's
 * coverage of an interval is the share of it on the phones), so a shift that
 * works the whole open part meets it and closing does not triple the need.
 */
import { clockMinutes, formatClock } from '../calendar/clock';
import { note } from '../notes/note';
import { invalidNote } from '../notes/noAnswerNote';
import { type Result, success } from '../result';
import type { IntervalPlanRow } from './planResult';

/** Histories finer than 15 minutes are scheduled on the first of these that is a whole multiple of their interval. */
export const DEFAULT_PLANNING_MINUTES = [15, 30, 60] as const;

/**
 * The planning interval, minutes: `configured` when given, else for a
 * history finer than 15 minutes 15 (30 for 10-minute data), else the data's own.
 * @returns 'plan.planningInterval' (naming schedule.intervalMinutes) when it is not a whole multiple of the data's interval or does not divide the day.
 * @example planningMinutes(undefined, 5) //=> success(15)
 * @example planningMinutes(20, 15) //=> invalid: not a multiple of 15
 */
export function planningMinutes(configured: number | undefined, dataMinutes: number): Result<number> {
  const fine = dataMinutes < DEFAULT_PLANNING_MINUTES[0];
  const minutes = configured ?? (fine ? (DEFAULT_PLANNING_MINUTES.find((m) => m % dataMinutes === 0) ?? dataMinutes) : dataMinutes);
  if (!(Number.isInteger(minutes) && minutes > 0 && 1440 % minutes === 0 && minutes % dataMinutes === 0)) {
    return invalidNote(note('plan.planningInterval', { planning: minutes, data: dataMinutes }));
  }
  return success(minutes);
}

/** One planning interval: the whole agents to schedule, and the calls the SL is predicted for. */
export interface PlanningInterval {
  readonly date: string;
  /** "HH:MM" */
  readonly start: string;
  /** peak over the parts of ⌈agents to schedule⌉ × the share of the interval open (1 unless it opens or closes inside it) */
  readonly required: number;
  /** Σ calls of the parts */
  readonly calls: number;
  /** call-weighted mean AHT of the parts, seconds (the first part's when there are no calls) */
  readonly ahtSeconds: number;
  /** the day's shrinkage, fraction */
  readonly shrinkage: number;
}

/**
 * The staffed rows (on the data's `dataMinutes`) joined into planning
 * intervals of `minutes` (see the module's rule), in the rows' order.
 * @example planningIntervals(fiveMinuteRows, 15, 5)[0] //=> { date, start: '07:00', required: max of three parts, calls: their sum, … }
 */
export function planningIntervals(rows: readonly IntervalPlanRow[], minutes: number, dataMinutes: number): PlanningInterval[] {
  const byKey = new Map<string, { date: string; start: string; required: number; open: number; calls: number; handled: number; aht: number; shrinkage: number }>();
  const parts = minutes / dataMinutes;
  for (const r of rows) {
    const start = formatClock(Math.floor(clockMinutes(r.start) / minutes) * minutes);
    const key = `${r.date} ${start}`;
    const whole = Math.ceil(r.scheduledRequired - 1e-9);
    const open = r.closed ? 0 : 1;
    const at = byKey.get(key);
    if (!at) byKey.set(key, { date: r.date, start, required: whole, open, calls: r.calls, handled: r.calls * r.ahtSeconds, aht: r.ahtSeconds, shrinkage: r.shrinkage });
    else {
      at.required = Math.max(at.required, whole);
      at.open += open;
      at.calls += r.calls;
      at.handled += r.calls * r.ahtSeconds;
    }
  }
  return [...byKey.values()].map((p) => ({
    date: p.date,
    start: p.start,
    required: p.open >= parts || p.required === 0 ? p.required : (p.required * Math.max(1, p.open)) / parts,
    calls: p.calls,
    ahtSeconds: p.calls > 0 ? p.handled / p.calls : p.aht,
    shrinkage: p.shrinkage,
  }));
}

