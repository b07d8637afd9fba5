/**
 * How a class ramps up: for each month of tenure (0 = the month the class
 * joins), the share of that month its members spend in class (paid, not on
 * the phones) and the share of a productive month they deliver.
 *
 * Time runs in weeks from the class's start date (the first day of its join
 * month); a month is WEEKS_PER_MONTH weeks (52 ÷ 12, the planning guide's
 * 40 h × 52 ÷ 12 = 173.3 h convention). Training covers weeks [0, T),
 * nesting [T, T + N) at `nestingProductivity`, full productivity after.
 * For tenure month i the shares are the overlaps of [i·W, (i+1)·W) with
 * those spans, divided by W.
 *
 * @example classRamp({ trainingWeeks: 6, nestingWeeks: 0, nestingProductivity: 1 })
 *   //=> [{ inClass: 1, productive: 0 }, { inClass: 0.3846…, productive: 0.6153… }]
 */

/** Weeks in a budget month: 52 ÷ 12 (planning guide, "Capacity"). */
export const WEEKS_PER_MONTH = 52 / 12;

export interface RampMonth {
  /** share of the month in class, 0–1 */
  readonly inClass: number;
  /** share of a fully productive month delivered, 0–1 */
  readonly productive: number;
}

export interface RampInput {
  readonly trainingWeeks: number;
  readonly nestingWeeks: number;
  /** productivity while nesting, 0–1 */
  readonly nestingProductivity: number;
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * The ramp's months up to and including the first fully productive one's
 * predecessor: every month after the list is fully productive and out of class.
 * An empty list: a class is productive from its first day.
 */
export function classRamp(input: RampInput): RampMonth[] {
  const w = WEEKS_PER_MONTH;
  const t = input.trainingWeeks;
  const n = input.nestingWeeks;
  const months = Math.max(0, Math.ceil((t + n) / w - 1e-12));
  return Array.from({ length: months }, (_, i) => {
    const from = i * w;
    const to = from + w;
    const inClass = overlap(from, to, 0, t) / w;
    const nesting = overlap(from, to, t, t + n) / w;
    const floor = overlap(from, to, t + n, Infinity) / w;
    return { inClass, productive: floor + nesting * input.nestingProductivity };
  });
}

/**
 * The first month index a class decided at the start of month 0 can join:
 * the hiring lead time rounded up to whole months (a class starts on the first
 * of a month).
 *
 * @example firstJoinMonth(6) //=> 2 (6 weeks is 1.38 months: the class starts on the first of month 2)
 */
export const firstJoinMonth = (hiringLeadWeeks: number): number => Math.max(0, Math.ceil(hiringLeadWeeks / WEEKS_PER_MONTH - 1e-12));
