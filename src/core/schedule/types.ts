/**
 * Data shapes of the scheduler (planning step 7). Times are minutes; a day is
 * 00:00–24:00 cut into slots of `intervalMinutes`; days are indexed 0…D−1 in
 * horizon order and carry a weekday (0 = Monday … 6 = Sunday).
 */
import type { Highs } from 'highs';

/** The part of a loaded `highs` runtime the scheduler uses (so tests or a Worker can pass their own). */
export type HighsRuntime = Pick<Highs, 'createModel' | 'constants'>;

/** A break inside a shift, placed relative to the shift start. */
export interface BreakRule {
  /** Minutes after the shift start at which the break begins (the earliest start when `latestOffset` is set). */
  readonly offset: number;
  /** Break length, minutes (> 0). */
  readonly minutes: number;
  /** Paid breaks count in paid hours; no break counts as time on the phones. */
  readonly paid: boolean;
  /** When set, the break may start anywhere from `offset` to `latestOffset` (inclusive, in steps of the interval length); the optimiser picks. */
  readonly latestOffset?: number;
}

/** A shift template: a building block laid under the requirement curve. */
export interface ShiftTemplate {
  readonly name: string;
  /** Start, minutes since midnight (0–1439). A shift that runs past 24:00 covers the next day's early intervals. */
  readonly start: number;
  /** Span from start to end including breaks, minutes (> 0, ≤ 1440). */
  readonly minutes: number;
  readonly breaks: readonly BreakRule[];
  /** Weekdays (0 = Monday … 6 = Sunday) on which the shift may start; all days when absent. */
  readonly days?: readonly number[];
  /** Cost of one shift (any currency). When every template has a cost the `cover` objective minimises cost instead of paid hours. */
  readonly cost?: number;
}

/** One day of the horizon. */
export interface HorizonDay {
  /** The label printed back (a weekday name or a date). */
  readonly label: string;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /**
   * A closed holiday: the centre shuts on a date whose weekday it normally opens. No shift starts on it;
   * with roster rules it is a paid holiday for every agent whose tour works that weekday (contracts.ts, holidayShare).
   */
  readonly holiday?: boolean;
}

/** `cover`: meet every interval, minimal paid hours (or cost). `balance`: minimal weighted under/over-staffing within a cap. */
export type ScheduleObjective = 'cover' | 'balance';

/** Settings of the `balance` objective. */
export interface BalanceSettings {
  /** Penalty per agent-interval short (default 1). */
  readonly underWeight?: number;
  /** Penalty per agent-interval over (default 0.2). */
  readonly overWeight?: number;
  /** Cap on total paid hours over the horizon (the budget). */
  readonly maxPaidHours?: number;
  /** Cap on shifts starting on any one day (a headcount cap). */
  readonly maxShiftsPerDay?: number;
}

/** An employment contract: every agent on it works within these bounds every week. */
export interface Contract {
  readonly name: string;
  /** Paid hours a week, inclusive. */
  readonly weeklyHours: { readonly min: number; readonly max: number };
  /** Working days a week, inclusive (whole numbers 1–7). */
  readonly days: { readonly min: number; readonly max: number };
  /** Share of the heads on this contract (0–1); held within one head. Free when absent. */
  readonly share?: number;
}

/** Labour rules a weekly roster must respect (defaults in contracts.ts). */
export interface RosterRules {
  /** The contracts agents are hired on (default: one full-time contract, 37.5–40 h over 5 days). */
  readonly contracts?: readonly Contract[];
  /** Without `contracts`: one contract "Agents" of these working days (default = maxWorkDays)… */
  readonly minWorkDays?: number;
  /** …to these (default 5)… */
  readonly maxWorkDays?: number;
  /** …and up to these paid hours a week (no minimum; default 168). */
  readonly maxWeeklyHours?: number;
  /** Minimum rest between the end of one shift and the start of the next, hours (default 11: EU directive 2003/88/EC art. 3). */
  readonly minRestHours?: number;
  /** Most working days in a row, the repeating week's wrap-around included (default 6; at most 6: one day off a week). */
  readonly maxConsecutiveDays?: number;
  /** Weeks of the rotating roster built from the solved week (rotation.ts; default 4). */
  readonly weeks?: number;
}

/** The room: no more agents on the floor at once than seats. */
export interface SeatRules {
  /** Seats (whole number ≥ 1). */
  readonly count: number;
  /** Whether an agent on a break keeps the seat (default true: breaks count as on the floor). */
  readonly breaksOnFloor?: boolean;
}

/** A scheduling problem: the requirement and the building blocks. */
export interface ScheduleProblem {
  /** Interval length, minutes; must divide 1440 (15, 30, 60…). */
  readonly intervalMinutes: number;
  readonly days: readonly HorizonDay[];
  /** Agents required, `required[day][slot]`, slot = minutes since midnight ÷ intervalMinutes; one full day of slots per day. */
  readonly required: readonly (readonly number[])[];
  readonly templates: readonly ShiftTemplate[];
  readonly objective: ScheduleObjective;
  /** The horizon repeats (a standard week): shifts running past the last day cover the first day's early intervals. Default false. */
  readonly wrap?: boolean;
  readonly balance?: BalanceSettings;
  /** When set, the week is solved together with a days-off pattern per agent so that a roster exists by construction (needs exactly 7 days). */
  readonly roster?: RosterRules;
  /** When set, the agents on the floor in any interval never exceed the seats. */
  readonly seats?: SeatRules;
}

/** A concrete shift: a template on a day with its breaks placed. */
export interface ShiftPattern {
  readonly template: number;
  readonly day: number;
  /** Break starts, minutes after the shift start, one per break rule. */
  readonly breakOffsets: readonly number[];
  readonly paidHours: number;
  readonly cost: number;
  /** Slots covered (global index day × slotsPerDay + slot) with the fraction of the slot spent on the phones. */
  readonly cover: readonly { readonly slot: number; readonly share: number }[];
  /** Slots (global index) during any part of which the agent is in the room, breaks included. */
  readonly floor: readonly number[];
}

/** Agents on one days-off pattern; with a minimum rest also how many of them take each shift class each day. */
export interface WorkPatternAgents {
  /** Index into the problem's contracts (see contractsOf). */
  readonly contract: number;
  readonly workDays: readonly number[];
  readonly agents: number;
  /** (rest rules only) agents of this pattern per day and shift start/length: rest-feasible day to day by construction */
  readonly shifts?: readonly { readonly day: number; readonly start: number; readonly minutes: number; readonly paidHours: number; readonly agents: number }[];
  /** Paid holiday hours of these agents together (contracts.ts, holidayShare) and their cost; absent when the pattern works no holiday. */
  readonly holiday?: { readonly hours: number; readonly cost: number };
}

/** Progress reported while solving (also posted from a Web Worker): codes and numbers, worded by each face. */
export interface ScheduleProgress {
  readonly phase: 'validate' | 'model' | 'lp' | 'heuristic' | 'mip' | 'roster' | 'report';
  /** Seconds since the solve started. */
  readonly seconds: number;
  /** The solve's time limit, seconds. */
  readonly limitSeconds?: number;
  /** Best objective found so far (MIP incumbent), when one exists. */
  readonly objective?: number;
  /** Best proven lower bound so far. */
  readonly bound?: number;
  /** (objective − bound) ÷ objective of the incumbent, when there is one. */
  readonly gap?: number;
}

/**
 * A schedule solved for another requirement over the same shift patterns
 * (another scenario of the same week): the answer when it is feasible here
 * and HiGHS finds nothing better within the time limit. Not passed to HiGHS
 * as a MIP start: such a start made HiGHS 1.15 stall in its root heuristics
 * far past the time limit (solveSchedule.ts).
 */
export interface ScheduleIncumbent {
  /** Shifts per pattern, parallel to the expanded patterns. */
  readonly counts: readonly number[];
  /** (roster rules only) the full column vector of the solved model: agents per days-off pattern and shift class too. */
  readonly columns?: readonly number[];
}

/** Anything with an `aborted` flag: an AbortSignal, or a view of a SharedArrayBuffer flag inside a Worker. */
export interface CancelFlag {
  readonly aborted: boolean;
}

export interface SolveOptions {
  /** Wall-clock limit for the MIP, seconds (default 10). The best solution found so far is returned with its gap. */
  readonly timeLimitSeconds?: number;
  /** Stop once (objective − bound) ÷ objective ≤ this (default 0.005). */
  readonly relativeGap?: number;
  /** Checked between phases and at every HiGHS MIP checkpoint; when set the solve stops and returns the best found. */
  readonly signal?: CancelFlag;
  readonly onProgress?: (progress: ScheduleProgress) => void;
  /** Schedules of other scenarios, the fallback when feasible here (see ScheduleIncumbent). */
  readonly incumbents?: readonly ScheduleIncumbent[];
}

/** How many shifts of a template start on a day, with their break placements. */
export interface ShiftAssignment {
  readonly day: string;
  readonly dayIndex: number;
  readonly shift: string;
  /** Start "HH:MM". */
  readonly start: string;
  /** Break starts "HH:MM", one per break. */
  readonly breaks: readonly string[];
  readonly count: number;
  readonly paidHours: number;
}

/** One interval of the coverage report. */
export interface CoverageRow {
  readonly day: string;
  readonly dayIndex: number;
  readonly intervalStart: string;
  readonly required: number;
  /** Agents on the phones (breaks excluded; a part-interval counts by its share). */
  readonly scheduled: number;
  readonly over: number;
  readonly under: number;
}

/** Solver outcome. `optimal`: proven within the gap target; `time-limit`/`cancelled`: best found so far; `heuristic`: greedy result. */
export type ScheduleStatus = 'optimal' | 'time-limit' | 'cancelled' | 'heuristic';

export interface ScheduleSolution {
  readonly status: ScheduleStatus;
  readonly objective: ScheduleObjective;
  readonly assignments: readonly ShiftAssignment[];
  readonly coverage: readonly CoverageRow[];
  /** Paid hours: the shifts' (hours on the floor) plus the paid holidays' (`holidayHours`). */
  readonly paidHours: number;
  /** Paid hours of the agents' paid holidays (closed holidays on their working weekdays; contracts.ts, holidayShare); 0 without. */
  readonly holidayHours: number;
  /** Σ cost of the shifts and the paid holidays (= paid hours when templates carry no cost). */
  readonly cost: number;
  /** Value of the optimised objective (paid hours or cost for `cover`; weighted under/over for `balance`). */
  readonly objectiveValue: number;
  /** Proven lower bound on the objective (HiGHS MIP dual bound; for the greedy, the LP bound when known). */
  readonly lowerBound: number;
  /** (objectiveValue − lowerBound) ÷ objectiveValue; 0 when both are 0. */
  readonly gap: number;
  /** Schedule efficiency: required agent-hours ÷ scheduled on-phone agent-hours (1 = no over-staffing). */
  readonly efficiency: number;
  readonly solveSeconds: number;
  /** Counts per pattern (parallel to the expanded patterns), for rosters and tests. */
  readonly counts: readonly number[];
  /** Days-off patterns chosen when `roster` rules were given: agents per pattern of working weekdays. */
  readonly workPatterns?: readonly WorkPatternAgents[];
}
