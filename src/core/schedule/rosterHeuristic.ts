/**
 * A good roster schedule fast, for the tour-scheduling MIP (roster rules,
 * `cover`) at sizes where HiGHS alone finds no solution in the time limit (a
 * 5-minute history planned on 15 minutes: its root node can run for tens of
 * seconds without reaching a checkpoint). Three phases, each a MIP HiGHS
 * solves quickly because most of it is fixed:
 *
 * 1. Shifts without roster rules: the LP relaxation's shift counts rounded
 *    down and completed greedily (greedySchedule), keeping a margin of seats
 *    free for the shifts the tours will add.
 * 2. Tours over those shifts: the full model with every shift count at
 *    least phase 1's (it may add shifts so that agents work whole contract
 *    weeks); the coverage rows are then kept by the bounds, and what is left
 *    is an assignment problem.
 * 3. Fix-and-optimise by day (Helber & Sahling 2010; for rostering, Dohn &
 *    Mason 2013): each day in turn, the other days' shift counts fixed and
 *    that day's shifts, the agents and their tours free, started from the
 *    incumbent; rounds repeat while one improves the cost.
 *
 * Every answer is a column vector of the full model that keeps all its rows.
 */
import type { ModelData } from 'highs';
import { greedySchedule } from './greedySchedule';
import type { ScheduleModel } from './buildModel';
import type { HighsRuntime, ScheduleProblem, ShiftPattern } from './types';

/** Seats kept free in phase 1, as a share of the room (at least one seat), for the shifts tours add in phase 2; doubled once, then none kept, if phase 2 finds no tours. */
const SEAT_MARGIN_SHARE = 0.05;
/** Share of the time left that phase 2 may use while a looser seat margin is still to try; the last try may use TOURS_LAST_SHARE (without tours there is no answer at all). */
const TOURS_SHARE = 0.4;
const TOURS_LAST_SHARE = 0.9;
/** Shortest time given to one sub-MIP, seconds. */
const MIN_SUB_SECONDS = 0.5;
/** Relative gap each sub-MIP is solved to. */
const SUB_GAP = 0.001;

/** The heuristic's answer: the full column vector and its cost. */
export interface RosterHeuristicResult {
  readonly columns: number[];
  readonly cost: number;
}

/**
 * Runs the three phases within `seconds`. `lpColumns` is the LP relaxation of
 * the full model (its shift columns guide phase 1).
 * @returns the best schedule found, or null when phase 2 found none in time.
 * @param onImprove called with the cost of each better schedule found (progress).
 * @param goodEnough whether a cost needs no improving (within the solve's gap target of the LP bound): the phases stop there.
 * @example rosterHeuristic(highs, problem, patterns, built, lp.x, 10, () => false)?.cost //=> 6660
 */
export function rosterHeuristic(
  highs: HighsRuntime,
  problem: ScheduleProblem,
  patterns: readonly ShiftPattern[],
  built: ScheduleModel,
  lpColumns: ArrayLike<number>,
  seconds: number,
  aborted: () => boolean,
  onImprove: (cost: number) => void = () => undefined,
  goodEnough: (cost: number) => boolean = () => false,
): RosterHeuristicResult | null {
  const t0 = Date.now();
  const left = (): number => seconds - (Date.now() - t0) / 1000;
  const data = built.data;
  const floorOfLp = patterns.map((_, j) => Math.floor(lpColumns[j] + 1e-7));
  const seats = problem.seats?.count;
  const base = seats === undefined ? 0 : Math.max(1, Math.round(seats * SEAT_MARGIN_SHARE));
  const margins = seats === undefined ? [0] : [base, 2 * base, 0].filter((m) => m < seats);

  let current: RosterHeuristicResult | null = null;
  for (const [k, margin] of margins.entries()) {
    if (aborted() || left() <= 0) return null;
    const tight = seats === undefined ? problem : { ...problem, seats: { ...problem.seats, count: seats - margin } as NonNullable<ScheduleProblem['seats']> };
    const shifts = greedySchedule(tight, patterns, floorOfLp);
    const colLower = [...data.colLower];
    shifts.forEach((n, j) => (colLower[j] = n));
    const share = k === margins.length - 1 ? TOURS_LAST_SHARE : TOURS_SHARE;
    current = subMip(highs, { ...data, colLower }, Math.max(MIN_SUB_SECONDS, left() * share), null);
    if (current) break;
  }
  if (!current) return null;
  onImprove(current.cost);

  const days = [...new Set(patterns.map((p) => p.day))];
  for (let improved = !goodEnough(current.cost); improved && days.length > 1; ) {
    improved = false;
    for (const [k, day] of days.entries()) {
      if (aborted() || left() <= MIN_SUB_SECONDS) return current;
      const colLower = [...data.colLower];
      const colUpper = [...data.colUpper];
      patterns.forEach((p, j) => {
        if (p.day === day) return;
        colLower[j] = current!.columns[j];
        colUpper[j] = current!.columns[j];
      });
      const next = subMip(highs, { ...data, colLower, colUpper }, Math.max(MIN_SUB_SECONDS, left() / (days.length - k)), current);
      if (next && next.cost < current.cost - 1e-6) {
        current = next;
        improved = true;
        onImprove(current.cost);
        if (goodEnough(current.cost)) return current;
      }
    }
  }
  return current;
}

/** One sub-MIP: its best solution within the limit, started from `start` (feasible for it), or null. */
function subMip(highs: HighsRuntime, data: ModelData, seconds: number, start: RosterHeuristicResult | null): RosterHeuristicResult | null {
  const model = highs.createModel(data);
  try {
    model.options.set({ output_flag: false, time_limit: seconds, mip_rel_gap: SUB_GAP, random_seed: 1 });
    if (start) model.setSolution({ colValue: start.columns });
    model.run();
    if (Number(model.info.get('primal_solution_status')) !== highs.constants.solutionStatus.feasible) return start;
    const columns = Array.from(model.getSolution().colValue, (v) => Math.max(0, Math.round(v)));
    return { columns, cost: columns.reduce((s, v, j) => s + v * data.colCost[j], 0) };
  } finally {
    model.dispose();
  }
}
