/**
 * The Capacity sheet's live formulas for a given number of months and class
 * ramp: capacityFlows and hiringCost (src/core/capacity) written over cells —
 * the hires column, the named inputs (StartHeadcount, AttritionRate,
 * RecruitingCostPerHire, TrainingCostPerWeek) and the budget's rates
 * (hourly_wage, on_cost_rate) — so a changed attrition or wage moves every
 * month. Per month row r (k months after the first), with the ramp's rows
 * $H/$I (in class, not yet productive) by month of tenure i:
 *   headcount  = StartHeadcount + C_r (first month), else D_{r−1} − E_{r−1} + C_r
 *   leavers    = D_r × AttritionRate
 *   trainees   = Σ_{i ≤ k} C_{r−i} × (1 − AttritionRate)^i × H_i
 *   productive = (D_r − Σ_{i ≤ k} C_{r−i} × (1 − AttritionRate)^i × I_i) × FtePerHead
 *   trainee cost = trainees × FtePerHead × FullTimeWeeklyHours × days ÷ 7 × hourly_wage × (1 + on_cost_rate)
 *                  + trainees × days ÷ 7 × TrainingCostPerWeek     (days = DAY(EOMONTH(month, 0)))
 * Year rows: flows (hires, leavers, costs) summed; stocks (required FTE,
 * headcount, trainees, productive FTE) at their maximum and their average.
 */
import { CAPACITY_SHEET, CAPACITY_TABLE_COLUMNS, RAMP_HEADER_ROW, capacityTotalRows, columnLetter } from './templateContract';

const columnOf = (key: string): string => {
  const i = CAPACITY_TABLE_COLUMNS.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`CapacityTable has no column ${key}`);
  return columnLetter(i + 1);
};

/** A reference from another sheet to a CapacityTable cell of month `index` (0-based). @example capacityCell('hiring_cost', 0) //=> 'Capacity!K22' */
export const capacityCell = (key: string, index: number): string => `${CAPACITY_SHEET}!${columnOf(key)}${capacityTotalRows(index + 1).first + index}`;

/** Absolute address of the ramp's column (`H` in class, `I` not yet productive) for month of tenure `i` (0-based). */
const rampCell = (column: 'H' | 'I', i: number): string => `$${column}$${RAMP_HEADER_ROW + 1 + i}`;

export interface CapacityFormulas {
  /** per month row: column key → formula */
  readonly rows: readonly Readonly<Record<string, string>>[];
  readonly sumRow: Readonly<Record<string, string>>;
  readonly maxRow: Readonly<Record<string, string>>;
  readonly meanRow: Readonly<Record<string, string>>;
  readonly at: ReturnType<typeof capacityTotalRows>;
}

/** @example capacityFormulas(12, 2).rows[1].trainees //=> '=C23*$H$6+C22*(1-AttritionRate)^1*$H$7' */
export function capacityFormulas(months: number, rampMonths: number): CapacityFormulas {
  const at = capacityTotalRows(months);
  const c = (key: string, row: number): string => `${columnOf(key)}${row}`;
  const cohort = (row: number, k: number, column: 'H' | 'I'): string =>
    Array.from({ length: Math.min(rampMonths, k + 1) }, (_, i) => (i === 0 ? `${c('hires', row)}*${rampCell(column, 0)}` : `${c('hires', row - i)}*(1-AttritionRate)^${i}*${rampCell(column, i)}`)).join('+') || '0';
  const rows = Array.from({ length: months }, (_, k) => {
    const r = at.first + k;
    const weeks = `DAY(EOMONTH(${c('month', r)},0))/7`;
    return {
      headcount: k === 0 ? `=StartHeadcount+${c('hires', r)}` : `=${c('headcount', r - 1)}-${c('leavers', r - 1)}+${c('hires', r)}`,
      leavers: `=${c('headcount', r)}*AttritionRate`,
      trainees: `=${cohort(r, k, 'H')}`,
      productive_fte: `=(${c('headcount', r)}-(${cohort(r, k, 'I')}))*FtePerHead`,
      cover_fte: `=${c('productive_fte', r)}-${c('required_fte', r)}`,
      trainee_cost: `=${c('trainees', r)}*FtePerHead*FullTimeWeeklyHours*${weeks}*hourly_wage*(1+on_cost_rate)+${c('trainees', r)}*${weeks}*TrainingCostPerWeek`,
      recruiting_cost: `=${c('hires', r)}*RecruitingCostPerHire`,
      hiring_cost: `=${c('trainee_cost', r)}+${c('recruiting_cost', r)}`,
    };
  });
  const span = (key: string): string => `${c(key, at.first)}:${c(key, at.last)}`;
  const sumRow: Record<string, string> = {};
  const maxRow: Record<string, string> = {};
  const meanRow: Record<string, string> = {};
  for (const col of CAPACITY_TABLE_COLUMNS) {
    if (col.aggregate === 'sum') sumRow[col.key] = `=SUM(${span(col.key)})`;
    if (col.aggregate === 'stock') {
      maxRow[col.key] = `=MAX(${span(col.key)})`;
      meanRow[col.key] = `=AVERAGE(${span(col.key)})`;
    }
  }
  return { rows, sumRow, maxRow, meanRow, at };
}
