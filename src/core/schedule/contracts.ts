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
import type { Contract, RosterRules } from './types';
import { workPatterns } from './workPatterns';

/** The full-time contract used when none is given: 37.5–40 paid hours over 5 days. */
export const FULL_TIME: Contract = { name: 'Full-time', weeklyHours: { min: 37.5, max: 40 }, days: { min: 5, max: 5 } };
/** Minimum rest between shifts when none is given, hours: EU working-time directive 2003/88/EC, art. 3 (11 consecutive hours per 24). */
export const DEFAULT_MIN_REST_HOURS = 11;
/** Most working days in a row when none is given (the directive's art. 5 weekly rest: a day off in every 7). */
export const DEFAULT_MAX_CONSECUTIVE_DAYS = 6;

/**
 * The contracts of a roster: the given ones, else the full-time default with
 * the older fields (`minWorkDays`, `maxWorkDays`, `maxWeeklyHours`) replacing
 * its days and its maximum hours (its minimum is then min(37.5, maximum)).
 * @example contractsOf({}) //=> [FULL_TIME]
 */
export function contractsOf(rules: RosterRules): readonly Contract[] {
  if (rules.contracts && rules.contracts.length > 0) return rules.contracts;
  const maxDays = rules.maxWorkDays ?? FULL_TIME.days.max;
  const minDays = rules.minWorkDays ?? (rules.maxWorkDays === undefined ? FULL_TIME.days.min : maxDays);
  const maxHours = rules.maxWeeklyHours ?? FULL_TIME.weeklyHours.max;
  return [{ ...FULL_TIME, days: { min: minDays, max: maxDays }, weeklyHours: { min: Math.min(FULL_TIME.weeklyHours.min, maxHours), max: maxHours } }];
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
 * days within both the contract's days and the most days in a row (one block
 * of days off, so a week of w days is w days in a row), the 7 (or 1) weekday
 * sets, with the shift lengths that keep the contract.
 * @example tourTypes({})[0] //=> { contract: 0, workDays: [1, 2, 3, 4, 5], minPaid: 7.5, maxPaid: 8 }
 */
export function tourTypes(rules: RosterRules): TourType[] {
  const maxRun = maxConsecutiveOf(rules);
  const out: TourType[] = [];
  contractsOf(rules).forEach((c, contract) => {
    for (let days = c.days.min; days <= Math.min(c.days.max, maxRun); days++) {
      const minPaid = c.weeklyHours.min / days;
      const maxPaid = c.weeklyHours.max / days;
      for (const workDays of workPatterns(days, days)) out.push({ contract, workDays, minPaid, maxPaid });
    }
  });
  return out;
}

/** Whether a shift of `paidHours` may be worked by agents of a tour type. */
export const allows = (t: TourType, paidHours: number): boolean => paidHours >= t.minPaid - 1e-9 && paidHours <= t.maxPaid + 1e-9;
