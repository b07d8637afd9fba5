/**
 * The budget sheet's live formulas: `costFormulaSpec()` bound to CostTable's
 * cells for a given number of months. Per month row: seats, each category,
 * the month total and cost per call. Horizon row (above the header): the SUM
 * of every driver, seat and category column, then the spec's totals bound to
 * that row. Rates are the sheet's defined names ('hourly_wage', …), so a
 * changed rate moves every total.
 */
import { costFormulaSpec, renderCostFormula } from '../core/cost';
import { BUDGET_HEADER_ROW, BUDGET_TOTAL_ROW, COST_TABLE_COLUMNS, columnLetter } from './templateContract';

export interface BudgetFormulas {
  /** per month row (index 0 = first month): column key → formula */
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** horizon row: column key → formula (drivers, seats, categories summed; totals from the spec) */
  readonly totalRow: Readonly<Record<string, string>>;
  /** named cells of the committed-service block: name → formula */
  readonly named: Readonly<Record<string, string>>;
}

const columnOf = (key: string): string => {
  const i = COST_TABLE_COLUMNS.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`CostTable has no column ${key}`);
  return columnLetter(i + 1);
};

const render = (expression: string, refs: Readonly<Record<string, string>>): string => {
  const r = renderCostFormula(expression, refs);
  if (!r.ok) throw new Error(r.message); // a programming error: the contract misses a cell the spec reads
  return r.value;
};

/** Cell references of one row: every CostTable column key → its A1 address in `row`; rates → their names. */
function rowRefs(row: number, rates: readonly string[]): Record<string, string> {
  const refs: Record<string, string> = {};
  for (const c of COST_TABLE_COLUMNS) refs[c.key] = `${columnOf(c.key)}${row}`;
  for (const rate of rates) refs[rate] = rate;
  return refs;
}

/**
 * Formulas for a budget of `months` month rows.
 *
 * @example budgetFormulas(12).rows[0].labour_cost //=> '=B21*hourly_wage*(1+on_cost_rate)'
 */
export function budgetFormulas(months: number): BudgetFormulas {
  const spec = costFormulaSpec();
  const first = BUDGET_HEADER_ROW + 1;
  const last = BUDGET_HEADER_ROW + Math.max(months, 1);
  const perRow = [...spec.derived, ...spec.categories, ...spec.totals].filter((f) => COST_TABLE_COLUMNS.some((c) => c.key === f.name));

  const rows = Array.from({ length: months }, (_, i) => {
    const refs = rowRefs(first + i, spec.rates);
    return Object.fromEntries(perRow.map((f) => [f.name, render(f.expression, refs)]));
  });

  const totalRefs = rowRefs(BUDGET_TOTAL_ROW, spec.rates);
  const summed = [...spec.drivers, ...spec.derived.map((f) => f.name), ...spec.categories.map((f) => f.name)];
  const totalRow: Record<string, string> = {};
  for (const key of summed) totalRow[key] = `=SUM(${columnOf(key)}${first}:${columnOf(key)}${last})`;
  for (const f of spec.totals) if (COST_TABLE_COLUMNS.some((c) => c.key === f.name)) totalRow[f.name] = render(f.expression, totalRefs);

  const byName = Object.fromEntries(spec.totals.map((f) => [f.name, f]));
  const named: Record<string, string> = {
    TotalCost: `=${totalRefs.total_cost}`,
    CostPerCall: render(byName.cost_per_call.expression, totalRefs),
    CostPerHandledMinute: render(byName.cost_per_handled_minute.expression, totalRefs),
    LabourShare: render(byName.labour_share.expression, totalRefs),
  };
  return { rows, totalRow, named };
}
