/** The capacity plan's data: the settings it rests on and each month's heads, FTE and hiring cost. */
import type { Note } from '../notes/note';

/**
 * The assumptions of a capacity plan, resolved (config or default): monthly
 * attrition as a fraction, weeks, heads, money in the plan's currency.
 */
export interface CapacityAssumptions {
  /** heads on the payroll at the start of the budget year, and where the figure came from */
  readonly startHeadcount: number;
  readonly startHeadcountSource: 'config' | 'schedule' | 'requirement';
  /** monthly share of heads who leave, 0 ≤ a < 1 */
  readonly attritionRate: number;
  /** weeks from the hiring decision to the start date */
  readonly hiringLeadWeeks: number;
  /** weeks in class (paid, not on the phones) */
  readonly trainingWeeks: number;
  /** weeks on the floor at reduced productivity after class */
  readonly nestingWeeks: number;
  /** productivity while nesting, 0–1 */
  readonly nestingProductivity: number;
  readonly classMin: number;
  readonly classMax: number;
  readonly recruitingCostPerHire: number;
  /** trainer and material cost per trainee per week in class */
  readonly trainingCostPerWeek: number;
  /** FTE of one head (the contract mix), and where it came from */
  readonly ftePerHead: number;
  readonly ftePerHeadSource: 'roster' | 'contracts';
  /** weekly paid hours of one full-time agent (the FTE's unit) */
  readonly fullTimeWeeklyHours: number;
  /** the first month a class decided now can join ('YYYY-MM'; after the year when the lead time is longer) */
  readonly firstJoinMonth: string;
  /** the class ramp by month of tenure: share in class, share productive (classRamp) */
  readonly ramp: readonly { readonly inClass: number; readonly productive: number }[];
}

/** One month of a capacity plan. Heads and FTE are unrounded averages where noted; money in currency. */
/** One month of the headcount flows (capacityFlows). */
export interface FlowMonth {
  /** heads joining on the first of the month (decided hiringLeadWeeks earlier) */
  readonly hires: number;
  /** heads on the payroll once the month's class has joined */
  readonly headcount: number;
  readonly leavers: number;
  /** heads in class, month average */
  readonly trainees: number;
  readonly productiveFte: number;
  /** required FTE not covered (0 when covered) */
  readonly shortfall: number;
}

export interface CapacityMonth extends FlowMonth {
  /** 'YYYY-MM' */
  readonly month: string;
  readonly days: number;
  /** required FTE: the month's paid hours (staffing after shrinkage × the schedule's paid-per-required ratio) ÷ full-time hours of the month */
  readonly requiredFte: number;
  /** trainees' loaded wages and training cost */
  readonly traineeCost: number;
  readonly recruitingCost: number;
  /** traineeCost + recruitingCost: what the budget's labour line adds for hiring */
  readonly hiringCost: number;
  readonly shortfallNote?: Note;
}

/** One scenario's capacity plan. */
export interface ScenarioCapacity {
  readonly scenario: string;
  readonly months: readonly CapacityMonth[];
  /** Σ over the year */
  readonly hires: number;
  readonly leavers: number;
  readonly traineeCost: number;
  readonly recruitingCost: number;
  readonly hiringCost: number;
  /** the year's largest headcount and required FTE */
  readonly maxHeadcount: number;
  readonly maxRequiredFte: number;
  readonly notes: readonly Note[];
}

/** plan.json's `capacity`: the assumptions and each scenario's plan (in the scenarios' order). */
export interface CapacityResult {
  readonly assumptions: CapacityAssumptions;
  readonly scenarios: readonly ScenarioCapacity[];
  readonly notes: readonly Note[];
}
