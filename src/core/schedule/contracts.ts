/**
 * Contracts and the tour types they allow (planning guide, "Rosters people
 * can work"). A tour type is a contract, a set of working weekdays (the days
 * off one block on the repeating week) and the shift lengths an agent of that
 * type may work: every length whose paid hours h satisfy
 * days × h ≥ weeklyHours.min and days × h ≤ weeklyHours.max. Any mix of such
 * lengths over the type's days stays within the contract, so the weekly hours
 * of every agent are kept by the MIP's counts alone (linear, per agent), not
 * checked afterwards. (It leaves out mixes such as 8 + 8 + 8 + 4 h that reach
 * the range only together.)
 */
import type { Contract, HorizonDay, RosterRules } from './types';
import { longestRun, workPatterns } from './workPatterns';

/** The full-time contract used when none is given: 37.5–40 paid hours over 5 days. */
export const FULL_TIME: Contract = { name: 'Full-time', weeklyHours: { min: 37.5, max: 40 }, days: { min: 5, max: 5 } };
/** Part-time beside full-time when the plan makes its own shift patterns (which include 4-hour shifts): 20–30 h over 3–5 days. */
export const PART_TIME: Contract = { name: 'Part-time', weeklyHours: { min: 20, max: 30 }, days: { min: 3, max: 5 } };
/**
 * Share of the heads on FULL_TIME when the plan assumes FULL_TIME and PART_TIME itself (the rest part-time):
 * issue 13's own example of a centre's mix. Without a share the cheapest mix is nearly all part-time
 * (the bank benchmark: 302 of 302 heads), a roster few centres staff.
 */
export const DERIVED_FULL_TIME_SHARE = 0.7;
/** Minimum rest between shifts when none is given, hours: EU working-time directive 2003/88/EC, art. 3 (11 consecutive hours per 24). */
export const DEFAULT_MIN_REST_HOURS = 11;
/** Most working days in a row when none is given (the directive's art. 5 weekly rest: a day off in every 7). */
export const DEFAULT_MAX_CONSECUTIVE_DAYS = 6;

/**
 * The contracts of a roster: the given ones; else, when the older fields
 * (`minWorkDays`, `maxWorkDays`, `maxWeeklyHours`) are given, the one contract
 * they describe ("Agents": those days, up to those hours, no minimum: what
 * they always meant); else the full-time default.
 * @example contractsOf({}) //=> [FULL_TIME]
 * @example contractsOf({ maxWorkDays: 5, maxWeeklyHours: 40 }) //=> [{ name: 'Agents', weeklyHours: { min: 0, max: 40 }, days: { min: 5, max: 5 } }]
 */
export function contractsOf(rules: RosterRules): readonly Contract[] {
  if (rules.contracts && rules.contracts.length > 0) return rules.contracts;
  if (rules.minWorkDays === undefined && rules.maxWorkDays === undefined && rules.maxWeeklyHours === undefined) return [FULL_TIME];
  const maxDays = rules.maxWorkDays ?? FULL_TIME.days.max;
  const minDays = rules.minWorkDays ?? maxDays;
  return [{ name: 'Agents', days: { min: minDays, max: maxDays }, weeklyHours: { min: 0, max: rules.maxWeeklyHours ?? 168 } }];
}

/** Rest between shifts, minutes. */
export const restMinutesOf = (rules: RosterRules): number => (rules.minRestHours ?? DEFAULT_MIN_REST_HOURS) * 60;
/** Most working days in a row. */
export const maxConsecutiveOf = (rules: RosterRules): number => rules.maxConsecutiveDays ?? DEFAULT_MAX_CONSECUTIVE_DAYS;

/** A tour type: agents on one contract, working the same weekdays, on shifts of paid hours within [minPaid, maxPaid]. */
export interface TourType {
  /** Index into contractsOf(rules). */
  readonly contract: number;
  /** Working weekdays, ascending (0 = Monday). */
  readonly workDays: readonly number[];
  /** Paid hours a shift of this type may have (inclusive, with 1e-9 slack). */
  readonly minPaid: number;
  readonly maxPaid: number;
}

/**
 * The tour types of a roster: for each contract and each number of working
 * days it allows, the weekday sets with the days off one block on the ring of
 * open weekdays (workPatterns.ts) and no more than the most days in a row,
 * with the shift lengths that keep the contract.
 * @param open weekdays a shift may be worked (default all seven).
 * @example tourTypes({})[0] //=> { contract: 0, workDays: [2, 3, 4, 5, 6], minPaid: 7.5, maxPaid: 8 }
 */
export function tourTypes(rules: RosterRules, open?: readonly number[]): TourType[] {
  const maxRun = maxConsecutiveOf(rules);
  const out: TourType[] = [];
  contractsOf(rules).forEach((c, contract) => {
    for (let days = c.days.min; days <= c.days.max; days++) {
      const minPaid = c.weeklyHours.min / days;
      const maxPaid = c.weeklyHours.max / days;
      for (const workDays of workPatterns(days, days, open)) if (longestRun(workDays) <= maxRun) out.push({ contract, workDays, minPaid, maxPaid });
    }
  });
  return out;
}

/**
 * Weekdays on which some shift template may start (a closed weekday has none).
 * @example openWeekdays([{ days: [0, 1, 2, 3, 4, 5] }]) //=> [0, 1, 2, 3, 4, 5]
 */
export function openWeekdays(templates: readonly { readonly days?: readonly number[] }[]): number[] {
  const open = new Set<number>();
  for (const t of templates) for (const d of t.days ?? [0, 1, 2, 3, 4, 5, 6]) open.add(d);
  return [...open].sort((a, b) => a - b);
}

/**
 * Paid holidays (our rule). A closed holiday of the solved week (HorizonDay.holiday) on a working weekday
 * of a tour is paid, not worked: it counts as one of the contract's working days, and it is paid at the
 * agent's average paid shift of that week. So an agent who works `open` shifts of S paid hours in all
 * and has `holidays` paid holidays is paid S × (open + holidays) ÷ open: the contract's weekly hours
 * hold whenever each shift is within [minPaid, maxPaid] (a 5 × 8 h full-timer works 4 × 8 h and is
 * paid 40 h in a week with a holiday on a weekday). The holiday share is holidays ÷ open; a tour
 * whose working days are all holidays has no shift to average and is not used (Infinity).
 * Sources: PRC Labour Law art. 51 (wages are paid for statutory holidays), with the daily wage the
 * monthly wage ÷ 21.75 paid days, statutory holidays included (MOHRSS notice 劳社部发〔2008〕3号);
 * UK Working Time Regulations 1998 reg. 16 with Employment Rights Act 1996 ss. 221–224 (leave is
 * paid at a week's pay: the normal hours, or the average when they vary; bank holidays are commonly
 * given as such paid leave, pro rata for part-timers).
 * @example holidayShare({ workDays: [0, 1, 2, 3, 4], … }, days) //=> 0.25 (Wednesday a holiday: 1 paid holiday per 4 shifts)
 */
export function holidayShare(t: Pick<TourType, 'workDays'>, days: readonly HorizonDay[]): number {
  const closed = new Set(days.filter((d) => d.holiday).map((d) => d.weekday));
  const holidays = t.workDays.filter((wd) => closed.has(wd)).length;
  const open = t.workDays.length - holidays;
  return holidays === 0 ? 0 : open === 0 ? Infinity : holidays / open;
}

/** Whether a shift of `paidHours` may be worked by agents of a tour type. */
export const allows = (t: TourType, paidHours: number): boolean => paidHours >= t.minPaid - 1e-9 && paidHours <= t.maxPaid + 1e-9;
