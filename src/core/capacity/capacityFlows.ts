/**
 * The capacity flows of a year, given the classes: the recurrence finance can
 * check by hand (planning guide, "Capacity: headcount, hiring and attrition").
 * Month m (0-based), attrition a (monthly share), x_m the heads of the class
 * that joins on the first of month m, ramp months i = 0… (classRamp):
 *
 *   headcount_0     = startHeadcount + x_0
 *   leavers_m       = headcount_m × a                 (leave during month m)
 *   headcount_{m+1} = headcount_m − leavers_m + x_{m+1}
 *   trainees_m      = Σ_i x_{m−i} (1 − a)^i inClass_i            (heads in class, month average)
 *   productiveFte_m = ftePerHead × (headcount_m − Σ_i x_{m−i} (1 − a)^i (1 − productive_i))
 *   shortfall_m     = max(0, requiredFte_m − productiveFte_m)
 *
 * Everyone leaves at the same rate, trainees included (a class member still
 * there i months later survived (1 − a)^i). These are exactly the Capacity
 * sheet's formulas, so the workbook recomputes them when attrition changes.
 *
 * @example capacityFlows({ startHeadcount: 100, attritionRate: 0.1, ftePerHead: 1, ramp: [], hires: [0, 20], requiredFte: [90, 95] })
 *   //=> [{ headcount: 100, leavers: 10, trainees: 0, productiveFte: 100, shortfall: 0 }, { headcount: 110, leavers: 11, … }]
 */
import type { RampMonth } from './ramp';
import type { FlowMonth } from './types';

export type { FlowMonth };

export interface FlowInput {
  readonly startHeadcount: number;
  /** monthly share of heads who leave, 0 ≤ a < 1 */
  readonly attritionRate: number;
  /** FTE of one head (the contract mix), e.g. 0.9 */
  readonly ftePerHead: number;
  readonly ramp: readonly RampMonth[];
  /** heads joining on the first of each month */
  readonly hires: readonly number[];
  /** required FTE per month (same length as `hires`) */
  readonly requiredFte: readonly number[];
}

/** Heads of a class joined `tenure` months ago who are not yet productive, per head joined (ramp shares × survival). */
const unproductiveShare = (ramp: readonly RampMonth[], tenure: number, attrition: number): number =>
  tenure < ramp.length ? (1 - ramp[tenure].productive) * (1 - attrition) ** tenure : 0;
const inClassShare = (ramp: readonly RampMonth[], tenure: number, attrition: number): number =>
  tenure < ramp.length ? ramp[tenure].inClass * (1 - attrition) ** tenure : 0;

export function capacityFlows(input: FlowInput): FlowMonth[] {
  const a = input.attritionRate;
  const out: FlowMonth[] = [];
  let headcount = input.startHeadcount;
  let leavers = 0;
  input.hires.forEach((x, m) => {
    headcount = headcount - leavers + x;
    leavers = headcount * a;
    let trainees = 0;
    let unproductive = 0;
    for (let i = 0; i <= m && i < input.ramp.length; i++) {
      trainees += input.hires[m - i] * inClassShare(input.ramp, i, a);
      unproductive += input.hires[m - i] * unproductiveShare(input.ramp, i, a);
    }
    const productiveFte = input.ftePerHead * (headcount - unproductive);
    out.push({ hires: x, headcount, leavers, trainees, productiveFte, shortfall: Math.max(0, input.requiredFte[m] - productiveFte) });
  });
  return out;
}

/** The linear coefficients of the flows in the classes, for the MIP (heads of month m per head of class j). */
export function flowCoefficients(attrition: number, ramp: readonly RampMonth[]): {
  /** survivors of a head joined in month j still there in month m: (1 − a)^(m − j), 0 when j > m */
  headcount: (m: number, j: number) => number;
  trainees: (m: number, j: number) => number;
  unproductive: (m: number, j: number) => number;
  /** survivors of the start heads in month m */
  startSurvivors: (m: number) => number;
} {
  return {
    headcount: (m, j) => (j > m ? 0 : (1 - attrition) ** (m - j)),
    trainees: (m, j) => (j > m ? 0 : inClassShare(ramp, m - j, attrition)),
    unproductive: (m, j) => (j > m ? 0 : unproductiveShare(ramp, m - j, attrition)),
    startSurvivors: (m) => (1 - attrition) ** m,
  };
}
