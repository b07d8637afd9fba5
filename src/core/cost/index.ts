/** Step 8, costs: categories, rates and drivers, the breakdown, and its formulas as data for live sheets. */
export { COST_CATEGORIES, COST_CATEGORY_IDS, LABOUR_CATEGORY_IDS, type ByCategory, type CostCategoryId } from './costCategories';
export {
  cellName,
  COST_RATE_FIELDS,
  MONTH_DRIVER_FIELDS,
  MONEY_MAX,
  type CostField,
  type CostRateField,
  type CostRateKey,
  type MonthDriverKey,
} from './costFields';
export type { CostBreakdown, CostDrivers, CostRates, CostTotals, MonthCost, MonthDrivers } from './types';
export { seatCount, SEAT_ROUND_DIGITS } from './seatCount';
export { monthlyCost } from './monthlyCost';
export { costBreakdown } from './costBreakdown';
export {
  categoryCellName,
  costFormulaSpec,
  HIRING_COST,
  expressionNames,
  type CategoryFormula,
  type CostFormula,
  type CostFormulaSpec,
} from './costFormulaSpec';
export { renderCostFormula } from './renderCostFormula';
