import type { ModelData } from 'highs';
import { allows, contractsOf, holidayShare, openWeekdays, restMinutesOf, tourTypes, type TourType } from './contracts';
import { restThresholds, shiftClasses, type ShiftClass } from './restRules';
import { seatSlotsOf } from './seats';
import type { ScheduleProblem, ShiftPattern } from './types';


/** A column giving how many agents of tour type `work` take shift class `shiftClass` (roster only). */
export interface ClassColumn {
  readonly work: number;
  readonly shiftClass: ShiftClass;
  /** Paid holiday hours and cost one agent of the type on this class earns (its paid hours and cost × the type's holiday share); 0 without holidays. */
  readonly holidayHours: number;
  readonly holidayCost: number;
}

/** A HiGHS model of a scheduling problem, with the maps needed to read a solution back. */
export interface ScheduleModel {
  readonly data: ModelData;
  /** Columns 0…patterns−1 are shift counts; then under/over per balanced slot; then tour types; then their shift classes. */
  readonly patternCount: number;
  /** Global slots that have a coverage row, in row order (rows 0…slots−1). */
  readonly rowSlots: readonly number[];
  /** Under/over column pairs (balance only): column of `under` for rowSlots[i] is underStart + 2i. */
  readonly underStart: number;
  /** First tour-type column (roster only) and the types (contract, working weekdays, shift lengths). */
  readonly workStart: number;
  readonly types: readonly TourType[];
  /** First seat row (seats only): one row per slot some shift's agent is in the room. */
  readonly seatStart: number;
  /** With a minimum rest: the first class column and what each means (see restRules). */
  readonly classStart: number;
  readonly classColumns: readonly ClassColumn[];
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
 * - with seats: Σ_j seat_jt x_j ≤ seats for every slot t an agent is in the room
 *   (seat_jt = 1 when shift j's agent is there for any part of t; breaks count
 *   unless `breaksOnFloor` is false).
 * - with roster rules (tour scheduling, contracts.ts): agents y_k per tour type k
 *   (contract, working weekdays, allowed shift lengths), z_kdc agents of type k
 *   on shift class c of day d (only classes the type allows), with
 *   Σ_c z_kdc = y_k (each agent works one shift a working day), Σ_k z_kdc =
 *   Σ_{j in c} x_j (every shift has one agent), Hall's rows between consecutive
 *   working days of each type for the minimum rest (restRules.ts; Sunday → Monday
 *   too, as the week repeats), and per contract with a share s_c:
 *   −1 ≤ Σ_{k on c} y_k − s_c Σ_k y_k ≤ 1. Weekly hours and days of every agent
 *   are within the contract by construction of the types.
 * - closed holidays (HorizonDay.holiday): no shift on them; a type's working day on one
 *   has no row (nobody works it) and is paid: each z_kdc also costs h_k × its shift's cost,
 *   h_k the type's holiday share (contracts.ts, holidayShare); a type with only holidays is unused.
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
  const seatStart = rowLower.length;
  const seatRow = new Map<number, number>();
  if (p.seats) {
    for (const pat of patterns) {
      for (const g of seatSlotsOf(p, pat)) {
        if (seatRow.has(g)) continue;
        seatRow.set(g, rowLower.length);
        rowLower.push(-Infinity);
        rowUpper.push(p.seats.count);
      }
    }
  }
  const roster = p.roster;
  const types = roster ? tourTypes(roster, openWeekdays(p.templates)) : [];
  const contracts = roster ? contractsOf(roster) : [];
  const rest = roster ? restMinutesOf(roster) : 0;
  const dayOfWeekday = new Map(p.days.map((d, i) => [d.weekday, i]));
  const classes = roster ? shiftClasses(p, patterns) : [];
  const classRow = new Map<ShiftClass, number>();
  const classOfPattern = new Map<number, ShiftClass>();
  for (const c of classes) {
    classRow.set(c, rowLower.length);
    rowLower.push(0);
    rowUpper.push(0);
    for (const j of c.patterns) classOfPattern.set(j, c);
  }
  // Heads on a contract with a share: within one head of share × all heads.
  const shareRow = new Map<number, number>();
  contracts.forEach((c, i) => {
    if (c.share === undefined || contracts.length < 2) return;
    shareRow.set(i, rowLower.length);
    rowLower.push(-1);
    rowUpper.push(1);
  });
  // Per tour type k and working day d: the row Σ_c z_kdc = y_k, and Hall's rows (d → next day).
  const groupDayRow = new Map<string, number>();
  const hallRows: { work: number; row: number; late: Set<ShiftClass>; fits: Set<ShiftClass> }[] = [];
  const typeClasses = (k: number, wd: number): ShiftClass[] =>
    classes.filter((c) => c.day === dayOfWeekday.get(wd) && allows(types[k], c.paidHours));
  const holidayWeekdays = new Set(p.days.filter((d) => d.holiday).map((d) => d.weekday));
  const workedDays = (t: TourType): number[] => t.workDays.filter((wd) => !holidayWeekdays.has(wd));
  types.forEach((t, k) => {
    for (const wd of workedDays(t)) {
      groupDayRow.set(`${k}:${wd}`, rowLower.length);
      rowLower.push(0);
      rowUpper.push(0);
    }
    for (const wd of workedDays(t)) {
      if (!workedDays(t).includes((wd + 1) % 7)) continue;
      for (const { late, fits } of restThresholds(typeClasses(k, wd), typeClasses(k, (wd + 1) % 7), rest)) {
        hallRows.push({ work: k, row: rowLower.length, late: new Set(late), fits: new Set(fits) });
        rowLower.push(-Infinity);
        rowUpper.push(0);
      }
    }
  });

  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const colCost: number[] = [];
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: (0 | 1)[] = [];
  const pushCol = (cost: number, integer: boolean, entries: [number, number][], upper = Infinity): void => {
    entries.sort((a, b) => a[0] - b[0]);
    for (const [row, v] of entries) {
      indices.push(row);
      values.push(v);
    }
    starts.push(indices.length);
    colCost.push(cost);
    colLower.push(0);
    colUpper.push(upper);
    integrality.push(integer ? 1 : 0);
  };

  patterns.forEach((pat, j) => {
    const entries: [number, number][] = [];
    for (const c of pat.cover) {
      const row = rowOf[c.slot];
      if (row >= 0 && c.share > 0) entries.push([row, c.share]);
    }
    if (hoursRow >= 0) entries.push([hoursRow, pat.paidHours]);
    if (dayCapStart >= 0) entries.push([dayCapStart + pat.day, 1]);
    if (p.seats) for (const g of seatSlotsOf(p, pat)) entries.push([seatRow.get(g) as number, 1]);
    const shiftClass = classOfPattern.get(j);
    if (shiftClass) entries.push([classRow.get(shiftClass) as number, -1]);
    pushCol(balance ? BALANCE_HOURS_EPSILON * pat.paidHours : pat.cost, true, entries);
  });
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
  const share = (c: number): number => contracts[c].share ?? 0;
  const holidayShares = types.map((t) => holidayShare(t, p.days));
  types.forEach((t, k) => {
    const entries: [number, number][] = [];
    for (const wd of workedDays(t)) entries.push([groupDayRow.get(`${k}:${wd}`) as number, -1]);
    for (const [c, row] of shareRow) entries.push([row, (c === t.contract ? 1 : 0) - share(c)]);
    pushCol(0, true, entries.filter(([, v]) => v !== 0), Number.isFinite(holidayShares[k]) ? Infinity : 0);
  });
  const hallOf = types.map((): typeof hallRows => []);
  for (const h of hallRows) hallOf[h.work].push(h);
  const classStart = colCost.length;
  const classColumns: ClassColumn[] = [];
  types.forEach((t, k) => {
    const h = Number.isFinite(holidayShares[k]) ? holidayShares[k] : 0;
    for (const wd of workedDays(t)) {
      const row = groupDayRow.get(`${k}:${wd}`) as number;
      for (const c of typeClasses(k, wd)) {
        const entries: [number, number][] = [[row, 1], [classRow.get(c) as number, 1]];
        for (const hall of hallOf[k]) {
          if (hall.late.has(c)) entries.push([hall.row, 1]);
          if (hall.fits.has(c)) entries.push([hall.row, -1]);
        }
        // its cheapest pattern prices the holiday pay (a class's templates differ in cost only when so given)
        const holidayHours = h * c.paidHours;
        const holidayCost = h * Math.min(...c.patterns.map((j) => patterns[j].cost));
        classColumns.push({ work: k, shiftClass: c, holidayHours, holidayCost });
        pushCol(balance ? BALANCE_HOURS_EPSILON * holidayHours : holidayCost, true, entries);
      }
    }
  });
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
  return { data, patternCount: patterns.length, rowSlots, underStart, workStart, types, classStart, classColumns, seatStart };
}
