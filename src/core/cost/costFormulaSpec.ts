import { COST_CATEGORIES, type CostCategoryId } from './costCategories';
import { cellName, COST_RATE_FIELDS, MONTH_DRIVER_FIELDS, type CostRateKey, type MonthDriverKey } from './costFields';
import { SEAT_ROUND_DIGITS } from './seatCount';

/** One live formula: the name of the cell it fills and an Excel expression (no leading '='). */
export interface CostFormula {
  /** Name of the cell this formula fills, e.g. 'labour_cost' or 'seats'. */
  readonly name: string;
  readonly label: string;
  /** Excel expression over the names in `uses`; functions: CEILING, ROUND, IF. */
  readonly expression: string;
  /** The names the expression reads, in order of first use. */
  readonly uses: readonly string[];
}

/** A category's formula, keyed by its category id. */
export interface CategoryFormula extends CostFormula {
  readonly category: CostCategoryId;
}

/**
 * The budget sheet's formulas as data. Names are of five kinds:
 * - `rates`: one cell each (named ranges on the sheet), e.g. 'hourly_wage';
 * - `drivers`: one cell per month row, e.g. 'paid_hours';
 * - `linked`: one cell per month on another sheet, 'hiring_cost' (Capacity);
 * - `derived`: per month row, computed from drivers and rates ('seats');
 * - the outputs: `categories` (one cell per month row per category, named
 *   '<category>_cost'), then `totals` ('total_cost', 'cost_per_call', …).
 *
 * Horizon (annual) row: every driver and category cell is the SUM of its
 * month column, and the `totals` expressions are reused with names bound to
 * the horizon row's cells. Rates are never summed, and neither are derived
 * values (seats are per month; a horizon row may show their maximum).
 */
export interface CostFormulaSpec {
  readonly rates: readonly string[];
  readonly drivers: readonly string[];
  /** per month row, read from another sheet: 'hiring_cost' (the Capacity sheet's cost of trainees and recruiting) */
  readonly linked: readonly string[];
  readonly derived: readonly CostFormula[];
  readonly categories: readonly CategoryFormula[];
  readonly totals: readonly CostFormula[];
}

const r = (key: CostRateKey): string => cellName(key);
const d = (key: MonthDriverKey): string => cellName(key);

/** The name of a category's cell: 'labour' → 'labour_cost', 'professionalServices' → 'professional_services_cost'. */
export const categoryCellName = (id: CostCategoryId): string => `${cellName(id)}_cost`;

const SEATS = 'seats';
/** The month's hiring cost (trainees and recruiting), a cell of the Capacity sheet. */
export const HIRING_COST = 'hiring_cost';
const TOTAL = 'total_cost';
const onCost = `(1+${r('onCostRate')})`;

const EXPRESSIONS: Readonly<Record<CostCategoryId, string>> = {
  labour: `${d('paidHours')}*${r('hourlyWage')}*${onCost}+${HIRING_COST}`,
  supervision: `${d('paidHours')}/${r('supervisorRatio')}*${r('supervisorHourlyWage')}*${onCost}`,
  space: `${SEATS}*${r('seatMonthlyCost')}`,
  equipment: `${SEATS}*${r('equipmentPerSeatMonthly')}`,
  licences: `${SEATS}*${r('licencesPerSeatMonthly')}`,
  trunks: `${d('trunks')}*${r('trunkMonthlyCost')}+${d('trunkMinutes')}*${r('trunkUsagePerMinute')}`,
  network: r('networkMonthly'),
  professionalServices: r('professionalServicesMonthly'),
  sharedPlatforms: r('sharedPlatformsMonthly'),
};

/** The identifiers an expression reads (function names excluded), in order of first use. */
export function expressionNames(expression: string): string[] {
  const out: string[] = [];
  const withoutStrings = expression.replace(/"[^"]*"/g, '""');
  for (const m of withoutStrings.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const after = withoutStrings.slice((m.index ?? 0) + m[0].length).trimStart();
    if (after.startsWith('(')) continue; // a function name
    if (!out.includes(m[0])) out.push(m[0]);
  }
  return out;
}

const formula = (name: string, label: string, expression: string): CostFormula => ({
  name,
  label,
  expression,
  uses: expressionNames(expression),
});

/**
 * The cost formulas of step 8 as Excel expression templates over named cells,
 * for the budget sheet's live formulas. `costBreakdown` computes exactly these
 * expressions, in the same order of operations (left to right; the month total
 * adds categories in COST_CATEGORIES order; seats use CEILING(ROUND(…,6),1) in
 * both), so a recalculated sheet matches the engine to rounding noise far
 * below a cent. A test evaluates these strings and compares with the engine.
 * Bind names to cells with `renderCostFormula`.
 *
 * @example costFormulaSpec().categories[0]
 *   //=> { category: 'labour', name: 'labour_cost', label: 'Labour',
 *   //     expression: 'paid_hours*hourly_wage*(1+on_cost_rate)+hiring_cost', uses: ['paid_hours', 'hourly_wage', 'on_cost_rate', 'hiring_cost'] }
 */
export function costFormulaSpec(): CostFormulaSpec {
  const categoryNames = COST_CATEGORIES.map((c) => categoryCellName(c.id));
  const labourNames = [categoryCellName('labour'), categoryCellName('supervision')];
  return {
    rates: COST_RATE_FIELDS.map((f) => f.name),
    drivers: MONTH_DRIVER_FIELDS.map((f) => f.name),
    linked: [HIRING_COST],
    derived: [
      formula(
        SEATS,
        'Seats',
        `CEILING(ROUND(${d('peakScheduledAgents')}*(1+${r('seatSpareRate')}),${SEAT_ROUND_DIGITS}),1)`,
      ),
    ],
    categories: COST_CATEGORIES.map((c) => ({
      category: c.id,
      ...formula(categoryCellName(c.id), c.label, EXPRESSIONS[c.id]),
    })),
    totals: [
      formula(TOTAL, 'Total', categoryNames.join('+')),
      formula('cost_per_call', 'Cost per call', `IF(${d('calls')}>0,${TOTAL}/${d('calls')},"")`),
      formula(
        'cost_per_handled_minute',
        'Cost per handled minute',
        `IF(${d('handledMinutes')}>0,${TOTAL}/${d('handledMinutes')},"")`,
      ),
      formula('labour_share', 'Labour share', `IF(${TOTAL}>0,(${labourNames.join('+')})/${TOTAL},"")`),
    ],
  };
}
