import type { ModelData } from 'highs';
import type { ScheduleProblem, ShiftPattern } from './types';
import { workPatterns } from './workPatterns';

/** A HiGHS model of a scheduling problem, with the maps needed to read a solution back. */
export interface ScheduleModel {
  readonly data: ModelData;
  /** Columns 0…patterns−1 are shift counts; then under/over per balanced slot; then work patterns. */
  readonly patternCount: number;
  /** Global slots that have a coverage row, in row order (rows 0…slots−1). */
  readonly rowSlots: readonly number[];
  /** Under/over column pairs (balance only): column of `under` for rowSlots[i] is underStart + 2i. */
  readonly underStart: number;
  /** First work-pattern column (roster only) and the patterns' working weekdays. */
  readonly workStart: number;
  readonly work: readonly (readonly number[])[];
}

/** Small cost per paid hour under `balance`, so that among equally balanced schedules the cheapest is chosen. */
export const BALANCE_HOURS_EPSILON = 1e-3;

/**
 * Builds the integer programme (set covering with counts, Dantzig 1954):
 *
 * - `cover`: minimise Σ cost_j x_j  s.t.  Σ_j share_jt x_j ≥ required_t for every slot t with required_t > 0.
 * - `balance`: minimise Σ_t (w_u u_t + w_o o_t) + ε Σ_j paidHours_j x_j
 *   s.t.  Σ_j share_jt x_j + u_t − o_t = required_t, Σ paidHours_j x_j ≤ maxPaidHours,
 *   Σ_{j on day d} x_j ≤ maxShiftsPerDay.
 * - with roster rules (tour scheduling): agents y_k per work pattern k, and for
 *   each day d: Σ_{j on d} x_j = Σ_k work_kd y_k (every shift has exactly one
 *   agent whose pattern works that day), Σ paidHours_j x_j ≤ maxWeeklyHours Σ_k y_k.
 *
 * x_j, y_k are integers ≥ 0; u_t, o_t continuous ≥ 0. With `slots`, only
 * those slots get rows (a group solved on its own: the patterns passed must be
 * exactly the ones touching these rows).
 *
 * @example buildModel(problem, expandPatterns(problem)).data.numCols // patterns (+ slack/roster columns)
 */
export function buildModel(p: ScheduleProblem, patterns: readonly ShiftPattern[], slots?: ReadonlySet<number>): ScheduleModel {
  const perDay = p.required[0].length;
  const totalSlots = perDay * p.days.length;
  const balance = p.objective === 'balance';
  const touched = new Uint8Array(totalSlots);
  for (const pat of patterns) for (const c of pat.cover) touched[c.slot] = 1;
  const rowOf = new Int32Array(totalSlots).fill(-1);
  const rowSlots: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (let g = 0; g < totalSlots; g++) {
    if (slots && !slots.has(g)) continue;
    const r = p.required[Math.floor(g / perDay)][g % perDay];
    if (balance ? r > 0 || touched[g] : r > 0) {
      rowOf[g] = rowSlots.length;
      rowSlots.push(g);
      rowLower.push(r);
      rowUpper.push(balance ? r : Infinity);
    }
  }
  const cap = p.balance ?? {};
  const hoursRow = balance && cap.maxPaidHours !== undefined ? rowLower.length : -1;
  if (hoursRow >= 0) {
    rowLower.push(-Infinity);
    rowUpper.push(cap.maxPaidHours as number);
  }
  const dayCapStart = balance && cap.maxShiftsPerDay !== undefined ? rowLower.length : -1;
  if (dayCapStart >= 0) {
    for (let d = 0; d < p.days.length; d++) {
      rowLower.push(-Infinity);
      rowUpper.push(cap.maxShiftsPerDay as number);
    }
  }
  const roster = p.roster;
  const work = roster ? workPatterns(roster.minWorkDays ?? roster.maxWorkDays ?? 5, roster.maxWorkDays ?? 5) : [];
  const dayLinkStart = roster ? rowLower.length : -1;
  if (roster) {
    for (let d = 0; d < p.days.length; d++) {
      rowLower.push(0);
      rowUpper.push(0);
    }
  }
  const weeklyRow = roster && roster.maxWeeklyHours !== undefined ? rowLower.length : -1;
  if (weeklyRow >= 0) {
    rowLower.push(-Infinity);
    rowUpper.push(0);
  }

  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const colCost: number[] = [];
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: (0 | 1)[] = [];
  const pushCol = (cost: number, integer: boolean, entries: [number, number][]): void => {
    entries.sort((a, b) => a[0] - b[0]);
    for (const [row, v] of entries) {
      indices.push(row);
      values.push(v);
    }
    starts.push(indices.length);
    colCost.push(cost);
    colLower.push(0);
    colUpper.push(Infinity);
    integrality.push(integer ? 1 : 0);
  };

  for (const pat of patterns) {
    const entries: [number, number][] = [];
    for (const c of pat.cover) {
      const row = rowOf[c.slot];
      if (row >= 0 && c.share > 0) entries.push([row, c.share]);
    }
    if (hoursRow >= 0) entries.push([hoursRow, pat.paidHours]);
    if (dayCapStart >= 0) entries.push([dayCapStart + pat.day, 1]);
    if (dayLinkStart >= 0) entries.push([dayLinkStart + pat.day, 1]);
    if (weeklyRow >= 0) entries.push([weeklyRow, pat.paidHours]);
    pushCol(balance ? BALANCE_HOURS_EPSILON * pat.paidHours : pat.cost, true, entries);
  }
  const underStart = patterns.length;
  if (balance) {
    const wu = cap.underWeight ?? 1;
    const wo = cap.overWeight ?? 0.2;
    for (let i = 0; i < rowSlots.length; i++) {
      pushCol(wu, false, [[i, 1]]);
      pushCol(wo, false, [[i, -1]]);
    }
  }
  const workStart = colCost.length;
  if (roster) {
    const dayOfWeekday = new Map(p.days.map((d, i) => [d.weekday, i]));
    for (const w of work) {
      const entries: [number, number][] = w.map((wd) => [dayLinkStart + (dayOfWeekday.get(wd) as number), -1]);
      if (weeklyRow >= 0) entries.push([weeklyRow, -(roster.maxWeeklyHours as number)]);
      pushCol(0, true, entries);
    }
  }
  const numCols = colCost.length;
  const numRows = rowLower.length;
  const data: ModelData = {
    numCols,
    numRows,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows, numCols, starts, indices, values },
    integrality,
  };
  return { data, patternCount: patterns.length, rowSlots, underStart, workStart, work };
}
