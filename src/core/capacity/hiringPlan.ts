/**
 * The hiring plan: how many to hire and when, decided with HiGHS at least cost.
 *
 * MIP (months m, j = 0…n−1; flowCoefficients gives h, u, t; L = firstJoinMonth):
 *   x_j ∈ ℤ≥0   heads of the class joining on the first of month j (x_j = 0 for j < L:
 *               a class decided now joins after the hiring lead time)
 *   y_j ∈ {0,1} whether month j has a class; classMin·y_j ≤ x_j ≤ classMax·y_j
 *   s_m ≥ 0     shortfall of productive FTE in month m
 *   cover:  φ·(S·(1−a)^m + Σ_j (h_mj − u_mj)·x_j) + s_m ≥ R_m
 *   minimise Σ_j x_j·(Σ_m (pay_m + ε)·h_mj + Σ_m train_m·t_mj + recruit) + Σ_m P·s_m
 * where φ = FTE per head, S = start heads, R_m = required FTE, pay_m = one head's
 * loaded wages in month m (φ × full-time hours of the month × wage × (1 + on-cost)),
 * train_m = training cost per trainee-month, ε a tie-break (fewest heads when
 * everything is free) and P = SHORTFALL_PENALTY × the loaded cost of one FTE's year
 * (so any shortfall a class can cover at a sane price is covered). Payroll counts
 * every head, trainees and heads over the need included; the need's own wages are
 * a constant left out. One class a month at most.
 */
import type { ModelData } from 'highs';
import { noAnswerNote } from '../notes/noAnswerNote';
import { note } from '../notes/note';
import { type Result, success } from '../result';
import type { HighsRuntime } from '../schedule/solveSchedule';
import { flowCoefficients } from './capacityFlows';
import { type RampMonth, firstJoinMonth } from './ramp';

/** Shortfall weight, in years of one FTE's loaded cost per FTE-month short (large: shortfall first, cost second). */
export const SHORTFALL_PENALTY = 1000;
/** Tie-break per head-month, currency units (fewest heads when wages, training and recruiting are all 0). */
const TIE_BREAK = 1e-4;

export interface HiringProblem {
  readonly startHeadcount: number;
  readonly attritionRate: number;
  readonly ftePerHead: number;
  readonly ramp: readonly RampMonth[];
  readonly hiringLeadWeeks: number;
  readonly classMin: number;
  readonly classMax: number;
  readonly requiredFte: readonly number[];
  /** loaded wages of one head per month, currency */
  readonly payPerHead: readonly number[];
  /** training cost per trainee-month (a head in class the whole month), currency */
  readonly trainingPerTraineeMonth: readonly number[];
  readonly recruitingCostPerHire: number;
  readonly timeLimitSeconds: number;
}

/** The objective's weight on each FTE-month short, currency. */
export const shortfallPenalty = (p: Pick<HiringProblem, 'payPerHead' | 'ftePerHead' | 'recruitingCostPerHire' | 'trainingPerTraineeMonth'>): number => {
  const yearPerFte = p.payPerHead.reduce((s, x) => s + x, 0) / Math.max(p.ftePerHead, 1e-9);
  return SHORTFALL_PENALTY * (yearPerFte + p.recruitingCostPerHire + Math.max(0, ...p.trainingPerTraineeMonth) + 1);
};

/** The objective's cost of one head joining in month j (its pay while it stays, its training, recruiting). */
export function costPerHire(p: HiringProblem, j: number): number {
  const n = p.requiredFte.length;
  const c = flowCoefficients(p.attritionRate, p.ramp);
  let cost = p.recruitingCostPerHire;
  for (let m = j; m < n; m++) cost += (p.payPerHead[m] + TIE_BREAK) * c.headcount(m, j) + p.trainingPerTraineeMonth[m] * c.trainees(m, j);
  return cost;
}

/** Heads per class joining each month (whole classes), at least cost; shortfall only where no class can help at a sane price. */
export function hiringPlan(highs: HighsRuntime, p: HiringProblem): Result<number[]> {
  const n = p.requiredFte.length;
  const first = firstJoinMonth(p.hiringLeadWeeks);
  const c = flowCoefficients(p.attritionRate, p.ramp);
  const penalty = shortfallPenalty(p);
  // columns: x_0…x_{n−1}, y_0…y_{n−1}, s_0…s_{n−1}; rows: n cover rows, then 2n class-size rows
  const colCost: number[] = [];
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: (0 | 1)[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const push = (cost: number, upper: number, integer: boolean, entries: [number, number][]): void => {
    for (const [row, v] of entries) if (v !== 0) (indices.push(row), values.push(v));
    starts.push(indices.length);
    colCost.push(cost);
    colLower.push(0);
    colUpper.push(upper);
    integrality.push(integer ? 1 : 0);
  };
  const minRow = (j: number) => n + 2 * j;
  const maxRow = (j: number) => n + 2 * j + 1;
  for (let j = 0; j < n; j++) {
    const cover: [number, number][] = [];
    for (let m = j; m < n; m++) cover.push([m, p.ftePerHead * (c.headcount(m, j) - c.unproductive(m, j))]);
    push(costPerHire(p, j), j < first ? 0 : p.classMax, true, [...cover, [minRow(j), 1], [maxRow(j), 1]]);
  }
  for (let j = 0; j < n; j++) push(0, j < first ? 0 : 1, true, [[minRow(j), -p.classMin], [maxRow(j), -p.classMax]]);
  for (let m = 0; m < n; m++) push(penalty, Infinity, false, [[m, 1]]);
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (let m = 0; m < n; m++) {
    rowLower.push(p.requiredFte[m] - p.ftePerHead * p.startHeadcount * c.startSurvivors(m));
    rowUpper.push(Infinity);
  }
  for (let j = 0; j < n; j++) {
    rowLower.push(0, -Infinity);
    rowUpper.push(Infinity, 0);
  }
  const numCols = colCost.length;
  const numRows = rowLower.length;
  const data: ModelData = { numCols, numRows, colCost, colLower, colUpper, rowLower, rowUpper, integrality, matrix: { format: 'csc', numRows, numCols, starts, indices, values } };
  const model = highs.createModel(data);
  try {
    model.options.set({ output_flag: false, time_limit: p.timeLimitSeconds, mip_rel_gap: 1e-9, mip_abs_gap: 1e-9, random_seed: 1 });
    model.run();
    if (Number(model.info.get('primal_solution_status')) !== highs.constants.solutionStatus.feasible) {
      return noAnswerNote(note('capacity.noHiringPlan', { seconds: p.timeLimitSeconds }));
    }
    const x = model.getSolution().colValue;
    return success(Array.from({ length: n }, (_, j) => Math.max(0, Math.round(x[j]))));
  } finally {
    model.dispose();
  }
}
