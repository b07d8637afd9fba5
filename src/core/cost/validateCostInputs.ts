import { invalid, success, type Result } from '../result';
import { COST_RATE_FIELDS, MONTH_DRIVER_FIELDS, type FieldBound } from './costFields';
import {
  boundMessage,
  currencyMessage,
  duplicateMonthMessage,
  monthLabelMessage,
  noMonthsMessage,
} from './messages';
import type { CostDrivers, CostRates } from './types';

const MONTH_LABEL = /^\d{4}-(0[1-9]|1[0-2])$/;
const CURRENCY = /^[A-Z]{3}$/;

const inBound = (v: unknown, bound: FieldBound): boolean =>
  typeof v === 'number' && Number.isFinite(v) && (bound === 'atLeast0' ? v >= 0 : v > 0);

/**
 * Checks cost rates: currency is a three-letter code, every rate a finite
 * number within its bound (COST_RATE_FIELDS). Accepts untyped input (JSON).
 *
 * @returns the rates, or `invalid` naming the first bad field.
 * @example validateCostRates({ ...rates, hourlyWage: -5 }) //=> invalid('hourlyWage must be 0 or more (got -5)')
 */
export function validateCostRates(rates: CostRates): Result<CostRates> {
  if (rates === null || typeof rates !== 'object') return invalid('cost rates must be an object');
  if (typeof rates.currency !== 'string' || !CURRENCY.test(rates.currency)) return invalid(currencyMessage(rates.currency));
  for (const f of COST_RATE_FIELDS) {
    const v: unknown = rates[f.key];
    if (!inBound(v, f.bound)) return invalid(boundMessage(f.key, f.bound, v));
  }
  return success(rates);
}

/**
 * Checks cost drivers: at least one month, each labelled 'YYYY-MM' once, and
 * every driver a finite number ≥ 0. Accepts untyped input (JSON).
 *
 * @returns the drivers, or `invalid` naming the month and field.
 * @example validateCostDrivers({ months: [{ ...m, month: '2025-03', calls: -1 }] })
 *   //=> invalid('month 2025-03: calls must be 0 or more (got -1)')
 */
export function validateCostDrivers(drivers: CostDrivers): Result<CostDrivers> {
  if (drivers === null || typeof drivers !== 'object' || !Array.isArray(drivers.months)) {
    return invalid('drivers.months must be a list of months');
  }
  if (drivers.months.length === 0) return invalid(noMonthsMessage);
  const seen = new Set<string>();
  for (let i = 0; i < drivers.months.length; i++) {
    const m = drivers.months[i];
    if (m === null || typeof m !== 'object') return invalid(`month ${i + 1} must be an object`);
    if (typeof m.month !== 'string' || !MONTH_LABEL.test(m.month)) return invalid(monthLabelMessage(i, m.month));
    if (seen.has(m.month)) return invalid(duplicateMonthMessage(m.month));
    seen.add(m.month);
    for (const f of MONTH_DRIVER_FIELDS) {
      const v: unknown = m[f.key];
      if (!inBound(v, f.bound)) return invalid(`month ${m.month}: ${boundMessage(f.key, f.bound, v)}`);
    }
  }
  return success(drivers);
}
