import { reason } from '../failureReasons';
import { type Result, failure, success } from '../result';

/** Hours in a day: items arrive evenly over all of them. */
const DAY_HOURS = 24;

/** The deferred-work question (e-mail, cases): BACKLOG_AGENTS. */
export interface BacklogQuestion {
  /** items arriving a day, evenly over 24 hours (≥ 0) */
  itemsPerDay: number;
  /** handle time of one item, seconds (> 0) */
  ahtSeconds: number;
  /** every item must be finished within this many hours of its arrival (> 0) */
  responseHours: number;
  /** hours a day the team works the items, one block (0 < h ≤ 24) */
  openHours: number;
}

/**
 * Agents (unrounded) working `openHours` a day so that every item, arriving
 * evenly over 24 hours, is finished within `responseHours` (planning guide,
 * "Several queues, channels and skills": deferred work).
 *
 * Model: a fluid first-come-first-served backlog. With N agents the team
 * finishes μ = N·3600/aht items an hour while it works; items arrive at
 * r = items/24 an hour. Over a day the team must finish what arrives, so
 * N ≥ W = items·aht/(openHours·3600) (the workload); below it the backlog
 * grows every day and no window holds. At or above it the backlog left at
 * closing, r·(24 − h), is cleared within the next opening (it takes
 * r(24 − h)/(μ − r) ≤ h hours), so the day ends empty, and the item waiting
 * longest is the first one after closing: it waits the 24 − h closed hours,
 * then is handled first (aht). Every other item waits less: one arriving a
 * hours after closing waits (24 − h − a) + r·a/μ with r ≤ μ. So the window
 * holds exactly when responseHours ≥ (24 − h) + aht/3600, at the workload,
 * and more agents cannot shorten the overnight wait. The answer is the
 * workload, or no answer ('backlogWindowTooShort') when the window is shorter
 * than that wait. Checked by an item-by-item simulation in the tests.
 *
 * @example backlogAgents({ itemsPerDay: 480, ahtSeconds: 300, responseHours: 24, openHours: 8 }) //=> success(5)
 */
export function backlogAgents(q: BacklogQuestion): Result<number> {
  const minimumHours = DAY_HOURS - q.openHours + q.ahtSeconds / 3600;
  if (q.itemsPerDay > 0 && q.responseHours < minimumHours) {
    return failure('no-answer', reason('backlogWindowTooShort', { responseHours: q.responseHours, minimumHours, openHours: q.openHours }));
  }
  return success((q.itemsPerDay * q.ahtSeconds) / (q.openHours * 3600));
}
