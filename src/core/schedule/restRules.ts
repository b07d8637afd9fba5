/**
 * Minimum rest between an agent's shifts on consecutive working days, as
 * linear rows for the tour-scheduling MIP (Hall's condition on nested sets).
 *
 * Rest depends only on when shifts start and end, so shifts are grouped into
 * classes by day, start and length (break placements aside). An agent whose
 * shift on day d ends at e can take a class on day d+1 starting at s when
 * s + 1440 − e ≥ rest: the later a shift ends, the fewer next-day classes fit,
 * and each such set is contained in the set of any earlier-ending shift. For
 * such nested neighbourhoods a perfect matching between the agents of a work
 * pattern on day d and their shifts on day d+1 exists exactly when, for every
 * end time e, the agents ending at or after e are no more than the next-day
 * places that fit after e (Hall 1935). Those rows make every solved schedule
 * rosterable with the rest kept, and the roster builder finds the matching by
 * serving the latest-ending agent first.
 */
import type { ScheduleProblem, ShiftPattern } from './types';

/** Shifts of one day that start and end together (any break placement). */
export interface ShiftClass {
  /** Horizon day index. */
  readonly day: number;
  /** Start and end, minutes from that day's midnight (the end may pass 1440). */
  readonly start: number;
  readonly end: number;
  /** Paid hours of its shifts (classes differ by them when unpaid breaks differ). */
  readonly paidHours: number;
  /** Indices of the expanded patterns in the class. */
  readonly patterns: readonly number[];
}

/**
 * The shift classes of the expanded patterns.
 * @example shiftClasses(problem, patterns)[0] //=> { day: 0, start: 360, end: 840, paidHours: 7.5, patterns: [0, 1, 2] }
 */
export function shiftClasses(p: ScheduleProblem, patterns: readonly ShiftPattern[]): ShiftClass[] {
  const byKey = new Map<string, { day: number; start: number; end: number; paidHours: number; patterns: number[] }>();
  patterns.forEach((pat, j) => {
    const t = p.templates[pat.template];
    const key = classKey(pat.day, t.start, t.minutes, pat.paidHours);
    let c = byKey.get(key);
    if (!c) {
      c = { day: pat.day, start: t.start, end: t.start + t.minutes, paidHours: pat.paidHours, patterns: [] };
      byKey.set(key, c);
    }
    c.patterns.push(j);
  });
  return [...byKey.values()];
}

/** The key of a shift class: day, start, length and paid hours. */
export const classKey = (day: number, start: number, minutes: number, paidHours: number): string => `${day}:${start}:${minutes}:${paidHours}`;

/** Whether a shift ending at `end` (minutes from its day's midnight) leaves `rest` minutes before `start` the next day. */
export const restsUntil = (end: number, start: number, rest: number): boolean => start + 1440 - end >= rest;

/**
 * Hall's rows for one pair of consecutive days: for each end time e on the
 * first day after which not every next-day class fits, the classes ending at
 * or after e (`late`) and the next-day classes that fit after e (`fits`);
 * the agents in `late` must not outnumber the places in `fits`.
 * @example restThresholds([{ end: 1440, … }], [{ start: 360, … }, { start: 840, … }], 660) // Night → only the 14:00 start fits
 */
export function restThresholds(today: readonly ShiftClass[], tomorrow: readonly ShiftClass[], rest: number): { late: ShiftClass[]; fits: ShiftClass[] }[] {
  const ends = [...new Set(today.map((c) => c.end))].sort((a, b) => a - b);
  const rows: { late: ShiftClass[]; fits: ShiftClass[] }[] = [];
  for (const e of ends) {
    const fits = tomorrow.filter((c) => restsUntil(e, c.start, rest));
    if (fits.length === tomorrow.length) continue; // implied: both days have the same agents
    rows.push({ late: today.filter((c) => c.end >= e), fits });
  }
  return rows;
}
