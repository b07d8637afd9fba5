/**
 * The budget sheet's live formulas: `costFormulaSpec()` bound to CostTable's
 * cells for a given number of months. Per month row: seats, each category,
 * the month total and cost per call. Under the months, the year's rows:
 * `sum` — the SUM of every flow column (hours, calls, minutes, each cost
 * category), then the spec's totals (total, cost per call…) bound to that
 * row; `max` — the MAX of every stock column (peak agents, trunks, seats).
 * Rates are the sheet's defined names ('hourly_wage', …), so a changed rate
 * moves every total; labour adds the month's hiring cost from the Capacity sheet.
 */
import { HIRING_COST, costFormulaSpec, renderCostFormula } from '../core/cost';
import { capacityCell } from './capacityFormulas';
import { COST_TABLE_COLUMNS, budgetTotalRows, columnLetter } from './templateContract';

export interface BudgetFormulas {
  /** per month row (index 0 = first month): column key → formula */
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** the year's sum row: column key → formula (flows summed; totals from the spec over the sums) */
  readonly sumRow: Readonly<Record<string, string>>;
  /** the year's max row: column key → formula (stocks at their monthly maximum) */
  readonly maxRow: Readonly<Record<string, string>>;
  /** named cells of the committed-service block: name → formula */
  readonly named: Readonly<Record<string, string>>;
  /** 1-based rows: first and last month, the sum row and the max row */
  readonly at: ReturnType<typeof budgetTotalRows>;
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

/** Cell references of one row: every CostTable column key → its A1 address in `row`; rates → their names; the month's hiring cost → its Capacity cell (month `index`). */
function rowRefs(row: number, rates: readonly string[], index?: number): Record<string, string> {
  const refs: Record<string, string> = {};
  if (index !== undefined) refs[HIRING_COST] = capacityCell('hiring_cost', index);
  for (const c of COST_TABLE_COLUMNS) refs[c.key] = `${columnOf(c.key)}${row}`;
  for (const rate of rates) refs[rate] = rate;
  return refs;
}

/**
 * Formulas for a budget of `months` month rows.
 *
 * @example budgetFormulas(12).rows[0].labour_cost //=> '=B21*hourly_wage*(1+on_cost_rate)+Capacity!K22'
 * @example budgetFormulas(12).maxRow.peak_scheduled_agents //=> '=MAX(E21:E32)'
 */
export function budgetFormulas(months: number): BudgetFormulas {
  const spec = costFormulaSpec();
  const at = budgetTotalRows(months);
  const perRow = [...spec.derived, ...spec.categories, ...spec.totals].filter((f) => COST_TABLE_COLUMNS.some((c) => c.key === f.name));

  const rows = Array.from({ length: months }, (_, i) => {
    const refs = rowRefs(at.first + i, spec.rates, i);
    return Object.fromEntries(perRow.map((f) => [f.name, render(f.expression, refs)]));
  });

  const span = (key: string): string => `${columnOf(key)}${at.first}:${columnOf(key)}${at.last}`;
  const sumRow: Record<string, string> = {};
  const maxRow: Record<string, string> = {};
  for (const c of COST_TABLE_COLUMNS) {
    if (c.aggregate === 'sum') sumRow[c.key] = `=SUM(${span(c.key)})`;
    if (c.aggregate === 'max') maxRow[c.key] = `=MAX(${span(c.key)})`;
  }
  const totalRefs = rowRefs(at.sum, spec.rates);
  for (const f of spec.totals) if (COST_TABLE_COLUMNS.some((c) => c.key === f.name)) sumRow[f.name] = render(f.expression, totalRefs);
  // a spec total must read only summed cells: a stock's sum cell is empty
  for (const f of spec.totals)
    for (const name of f.uses) {
      const c = COST_TABLE_COLUMNS.find((x) => x.key === name);
      if (c && c.aggregate !== 'sum' && !spec.totals.some((t) => t.name === name)) throw new Error(`total ${f.name} reads ${name}, which the year row does not sum`);
    }

  const byName = Object.fromEntries(spec.totals.map((f) => [f.name, f]));
  const named: Record<string, string> = {
    TotalCost: `=${totalRefs.total_cost}`,
    CostPerCall: render(byName.cost_per_call.expression, totalRefs),
    CostPerHandledMinute: render(byName.cost_per_handled_minute.expression, totalRefs),
    LabourShare: render(byName.labour_share.expression, totalRefs),
  };
  return { rows, sumRow, maxRow, named, at };
}
