/**
 * Cost rates are checked by the PlanConfig schema, built from COST_RATE_FIELDS
 * (the one home of their bounds); costBreakdown trusts them and refuses only a
 * cost too large to be a number.
 */
import { costRatesSchema } from '../../src/core/plan/planConfig';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { costBreakdown, COST_RATE_FIELDS, MONEY_MAX, MONTH_DRIVER_FIELDS } from '../../src/core/cost';
import { JANUARY, RATES, SMALL_PLAN } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The problems, one a line, of the sample config with these cost rates. */
const problems = (costs: unknown): string[] => {
  const config = JSON.parse(readFileSync(join(__dirname, '../../examples/sample-centre.json'), 'utf8'));
  config.costs = costs;
  const r = validatePlanConfig(config);
  return r.ok ? [] : r.message.split('\n');
};

describe('cost rates: bad values are refused with the field named', () => {
  it('the fixture rates are valid', () => {
    expect(problems(RATES)).toEqual([]);
  });
  it('negative rates, each field', () => {
    expect(problems({ ...RATES, hourlyWage: -5 })).toEqual(['costs.hourlyWage must be at least 0 (got -5)']);
    expect(problems({ ...RATES, trunkUsagePerMinute: -0.01 })).toEqual(['costs.trunkUsagePerMinute must be at least 0 (got -0.01)']);
    for (const f of COST_RATE_FIELDS) expect(problems({ ...RATES, [f.key]: -1 })).toEqual([`costs.${f.key} must be at least ${f.min} (got -1)`]);
  });
  it('fewer than one agent per supervisor', () => {
    expect(problems({ ...RATES, supervisorRatio: 0 })).toEqual(['costs.supervisorRatio must be at least 1 (got 0)']);
    expect(problems({ ...RATES, supervisorRatio: 1e-300 })).toEqual(['costs.supervisorRatio must be at least 1 (got 1e-300)']);
  });
  it('wrong types and missing fields', () => {
    expect(problems({ ...RATES, hourlyWage: '20' })).toEqual(['costs.hourlyWage must be a number (got "20")']);
    // a rate left out is 0 (the plan says so in its notes: costs then count only what is given)
    const { seatMonthlyCost: _omit, ...missing } = RATES;
    expect(problems(missing)).toEqual([]);
    expect(problems(null)).toEqual(['costs must be an object (got null)']);
  });
  it('currency', () => {
    expect(problems({ ...RATES, currency: 'usd' })).toEqual(['costs.currency expected a 3-letter currency code such as "USD" (got "usd")']);
    expect(problems({ ...RATES, currency: 'CNY' })).toEqual([]);
  });
  it('money has a ceiling, so 1e308 cannot make the budget Infinity', () => {
    expect(MONEY_MAX).toBe(1e12);
    expect(problems({ ...RATES, hourlyWage: 1e308 })).toEqual(['costs.hourlyWage must be at most 1000000000000 (got 1e+308)']);
    expect(problems({ ...RATES, networkMonthly: 1e13 })).toEqual(['costs.networkMonthly must be at most 1000000000000 (got 10000000000000)']);
    expect(problems({ ...RATES, onCostRate: 6 })).toEqual(['costs.onCostRate must be at most 5 (got 6)']);
    // every rate at its ceiling over a busy year stays a finite number
    const top = costRatesSchema.parse(Object.fromEntries([['currency', 'IDR'], ...COST_RATE_FIELDS.map((f) => [f.key, f.max])]));
    const busy = { months: Array.from({ length: 12 }, (_, i) => ({ ...JANUARY, month: `2025-${String(i + 1).padStart(2, '0')}`, paidHours: 1e7, calls: 1e8, handledMinutes: 1e9, peakScheduledAgents: 1e5, trunks: 1e5, trunkMinutes: 1e9 })) };
    const r = costBreakdown(busy, top);
    expect(r.ok && Number.isFinite(r.value.total.total)).toBe(true);
  });
  it('a total too large for a number is refused, never Infinity (drivers are the plan’s own, so only a runaway step gets here)', () => {
    expect(costBreakdown({ months: [{ ...JANUARY, paidHours: 1e300 }] }, { ...RATES, hourlyWage: 1e12 })).toEqual({
      ok: false, code: 'invalid', message: 'the costs of 2025-01 are too large to compute; check the rates and drivers',
    });
    expect(costBreakdown(SMALL_PLAN, RATES).ok).toBe(true);
  });
  it('the field tables cover every numeric field of the types', () => {
    expect(COST_RATE_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(RATES).filter((k) => k !== 'currency').sort());
    expect(MONTH_DRIVER_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(JANUARY).filter((k) => k !== 'month').sort());
    expect(Object.keys(costRatesSchema.shape).sort()).toEqual(Object.keys(RATES).sort());
  });
});
