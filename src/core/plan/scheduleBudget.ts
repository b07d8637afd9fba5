/**
 * One time limit for all the schedule solves of a plan (`schedule.timeLimitSeconds`):
 * the base week first, then every scenario that differs from it, in turn.
 *
 * The split: the base week (= the mid plan when a scenario equals it) gets
 * BASE_SHARE of the limit when other solves follow, as every later scenario
 * starts from its schedule (a plan scheduled team by team solves the base
 * week once per team, and the teams share that part equally); each later
 * solve gets an equal part of what is left (limit − seconds spent so far) ÷
 * solves left. No solve gets less than
 * FLOOR_SECONDS (or the whole limit when that is smaller), so a late scenario
 * is still solved when the earlier ones ran over: the plan can exceed the
 * limit by at most the floors and the time outside HiGHS's own limit
 * (building the model, the LP relaxation, the report).
 */

/** Share of the limit for the base week's solve when scenarios follow it. */
export const BASE_SHARE = 0.5;
/** Least time any one solve gets, seconds. */
export const FLOOR_SECONDS = 2;

export interface ScheduleBudget {
  /** the plan's limit for all solves, seconds */
  readonly totalSeconds: number;
  /** seconds spent by the solves so far */
  spentSeconds(): number;
  /** the limit for the next solve, seconds */
  next(): number;
  /** records the seconds a solve took */
  spend(seconds: number): void;
}

/**
 * @param solves how many solves share the limit (the base week and the scenarios that differ from it, each once per team).
 * @param baseSolves how many of the first solves are the base week's (its teams)
 * @example const b = scheduleBudget(30, 3); b.next() //=> 15; b.spend(15); b.next() //=> 7.5
 */
export function scheduleBudget(totalSeconds: number, solves: number, baseSolves = 1): ScheduleBudget {
  let spent = 0;
  let done = 0;
  const floor = Math.min(FLOOR_SECONDS, totalSeconds);
  return {
    totalSeconds,
    spentSeconds: () => spent,
    next() {
      const left = Math.max(1, solves - done);
      const share = done < baseSolves && solves > baseSolves ? (BASE_SHARE * totalSeconds - spent) / (baseSolves - done) : (totalSeconds - spent) / left;
      return Math.max(floor, share);
    },
    spend(seconds) {
      spent += seconds;
      done += 1;
    },
  };
}
