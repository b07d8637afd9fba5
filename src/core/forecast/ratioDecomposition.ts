/**
 * Ratio decomposition (planning-guide.md step 3; FORECAST_RATIO in functions.md).
 */
import { Result, success, invalid } from '../result';

/**
 * Calls forecast for one interval:
 * `annualCalls × (1 + growth) × monthShare ÷ daysInMonth × weekdayIndex × intervalShare`.
 * Unrounded (the guide's worked example rounds at each step). Growth and shares are fractions.
 * @example forecastRatio(720000, 0.12, 0.071, 31, 1.469, 149 / 2713.1) // ≈ 149 (the guide's worked example)
 */
export function forecastRatio(annualCalls: number, growth: number, monthShare: number, daysInMonth: number, weekdayIndex: number, intervalShare: number): Result<number> {
  const all = { annual_calls: annualCalls, growth, month_share: monthShare, days_in_month: daysInMonth, weekday_index: weekdayIndex, interval_share: intervalShare };
  for (const [k, v] of Object.entries(all)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return invalid(`${k} must be a number (got ${String(v)})`);
  }
  if (annualCalls < 0) return invalid(`annual_calls must be 0 or more (got ${annualCalls})`);
  if (growth <= -1) return invalid(`growth must be greater than -100% (got ${growth})`);
  if (monthShare < 0 || monthShare > 1) return invalid(`month_share must be a fraction between 0 and 1 (got ${monthShare})`);
  if (!Number.isInteger(daysInMonth) || daysInMonth < 1 || daysInMonth > 31) return invalid(`days_in_month must be a whole number 1–31 (got ${daysInMonth})`);
  if (weekdayIndex < 0 || weekdayIndex > 7) return invalid(`weekday_index must be between 0 and 7 (got ${weekdayIndex})`);
  if (intervalShare < 0 || intervalShare > 1) return invalid(`interval_share must be a fraction between 0 and 1 (got ${intervalShare})`);
  return success(((annualCalls * (1 + growth) * monthShare) / daysInMonth) * weekdayIndex * intervalShare);
}

/**
 * Long horizon: monthly totals for next year from last year's total, growth and the twelve
 * month shares (which should sum to 1; they are used as given).
 * @example monthlyTotals(720000, 0.12, shares) // → 12 numbers, January = 806400 × shares[0]
 */
export function monthlyTotals(annualCalls: number, growth: number, monthShares: readonly number[]): Result<number[]> {
  if (monthShares.length !== 12) return invalid(`12 month shares are needed (got ${monthShares.length})`);
  if (!Number.isFinite(annualCalls) || annualCalls < 0) return invalid(`annual_calls must be 0 or more (got ${annualCalls})`);
  if (!Number.isFinite(growth) || growth <= -1) return invalid(`growth must be greater than -100% (got ${growth})`);
  for (const [i, s] of monthShares.entries()) if (!Number.isFinite(s) || s < 0 || s > 1) return invalid(`month share ${i + 1} must be a fraction between 0 and 1 (got ${s})`);
  return success(monthShares.map((s) => annualCalls * (1 + growth) * s));
}
