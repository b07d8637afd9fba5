/**
 * What hiring costs in a month: trainees' loaded wages (a trainee is paid his
 * contract, ftePerHead × the month's full-time hours, while in class), the
 * training cost per trainee-week, and recruiting per head joining. The
 * Capacity sheet's cost columns are these formulas, operation for operation.
 *
 * @example hiringCost({ trainees: 10, hires: 10, days: 28 }, { ftePerHead: 1, fullTimeWeeklyHours: 40, hourlyWage: 20, onCostRate: 0.25, trainingCostPerWeek: 100, recruitingCostPerHire: 500 })
 *   //=> { traineeCost: 10 × 160 × 25 + 10 × 4 × 100 = 44000, recruitingCost: 5000, hiringCost: 49000 }
 */

export interface HiringCostRates {
  readonly ftePerHead: number;
  readonly fullTimeWeeklyHours: number;
  readonly hourlyWage: number;
  readonly onCostRate: number;
  readonly trainingCostPerWeek: number;
  readonly recruitingCostPerHire: number;
}

/** Weeks in a month of `days` days. */
export const weeksIn = (days: number): number => days / 7;

/** One head's loaded wages in a month of `days` days, currency. */
export const payPerHead = (days: number, r: HiringCostRates): number =>
  r.ftePerHead * r.fullTimeWeeklyHours * weeksIn(days) * r.hourlyWage * (1 + r.onCostRate);

export function hiringCost(m: { trainees: number; hires: number; days: number }, r: HiringCostRates): { traineeCost: number; recruitingCost: number; hiringCost: number } {
  const traineeCost = m.trainees * r.ftePerHead * r.fullTimeWeeklyHours * weeksIn(m.days) * r.hourlyWage * (1 + r.onCostRate) + m.trainees * weeksIn(m.days) * r.trainingCostPerWeek;
  const recruitingCost = m.hires * r.recruitingCostPerHire;
  return { traineeCost, recruitingCost, hiringCost: traineeCost + recruitingCost };
}
