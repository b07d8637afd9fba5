/**
 * Recurring calendar effects: the turn of the month and the days after a closure, as the
 * calendar regression measures them, and the planner's decisions on them.
 */
/** The recurring calendar effects the day model measures, in its term order. */
export const RECURRING_EVENTS = ['firstBusinessDay', 'secondBusinessDay', 'thirdBusinessDay', 'lastBusinessDay', 'afterClosure', 'secondDayAfterClosure', 'thirdDayAfterClosure'] as const;
export type RecurringEventId = (typeof RECURRING_EVENTS)[number];

/** The user's decision on a recurring effect: accept the measured one, reject it (no effect), or accept with their own factor. */
export interface RecurringEventDecision {
  event: RecurringEventId;
  accept: boolean;
  /** multiplier on the day's calls used instead of the measured one (1.2 = +20%) */
  factor?: number;
}

/** A recurring effect as the day model measured it on the training days. */
export interface RecurringEffect {
  event: RecurringEventId;
  /** training days it fell on, oldest first */
  dates: string[];
  /** multiplicative effect on the day's calls applied to forecasts (0.12 = +12%): measured, or the user's factor */
  effect: number;
  /** as measured (ridge-shrunk towards none, so a single occurrence counts half) */
  measured: number;
  accepted: boolean;
  overridden: boolean;
}
