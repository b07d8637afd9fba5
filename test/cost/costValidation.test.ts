import { costBreakdown, COST_RATE_FIELDS, MONTH_DRIVER_FIELDS, type CostDrivers, type CostRates } from '../../src/core/cost';
import { JANUARY, RATES, SMALL_PLAN } from './fixtures';

const message = (r: { ok: boolean; message?: string }): string | undefined => (r.ok ? undefined : r.message);
const untyped = <T>(x: unknown): T => x as T;

describe('cost inputs: bad values are refused with the field named', () => {
  it('negative rates', () => {
    expect(message(costBreakdown(SMALL_PLAN, { ...RATES, hourlyWage: -5 }))).toBe('hourlyWage must be 0 or more (got -5)');
    expect(message(costBreakdown(SMALL_PLAN, { ...RATES, trunkUsagePerMinute: -0.01 }))).toBe(
      'trunkUsagePerMinute must be 0 or more (got -0.01)',
    );
    for (const f of COST_RATE_FIELDS) {
      const r = costBreakdown(SMALL_PLAN, { ...RATES, [f.key]: -1 });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('invalid');
        expect(r.message.startsWith(`${f.key} must be`)).toBe(true);
      }
    }
  });
  it('supervisor ratio 0', () => {
    expect(message(costBreakdown(SMALL_PLAN, { ...RATES, supervisorRatio: 0 }))).toBe('supervisorRatio must be more than 0 (got 0)');
  });
  it('NaN, Infinity and wrong types', () => {
    expect(message(costBreakdown(SMALL_PLAN, { ...RATES, onCostRate: NaN }))).toBe('onCostRate must be 0 or more (got NaN)');
    expect(message(costBreakdown(SMALL_PLAN, { ...RATES, networkMonthly: Infinity }))).toBe(
      'networkMonthly must be 0 or more (got Infinity)',
    );
    expect(message(costBreakdown(SMALL_PLAN, untyped<CostRates>({ ...RATES, hourlyWage: '20' })))).toBe(
      'hourlyWage must be a number (got "20")',
    );
    const { seatMonthlyCost: _omit, ...missing } = RATES;
    expect(message(costBreakdown(SMALL_PLAN, untyped<CostRates>(missing)))).toBe('seatMonthlyCost must be a number (got nothing)');
    expect(message(costBreakdown(SMALL_PLAN, untyped<CostRates>(null)))).toBe('cost rates must be an object');
  });
  it('currency', () => {
    expect(message(costBreakdown(SMALL_PLAN, { ...RATES, currency: 'usd' }))).toBe(
      'currency must be a three-letter ISO 4217 code such as USD or CNY (got "usd")',
    );
    expect(costBreakdown(SMALL_PLAN, { ...RATES, currency: 'CNY' }).ok).toBe(true);
  });
  it('drivers: negative, NaN, bad month labels, duplicates, no months', () => {
    expect(message(costBreakdown({ months: [{ ...JANUARY, calls: -1 }] }, RATES))).toBe('month 2025-01: calls must be 0 or more (got -1)');
    expect(message(costBreakdown({ months: [{ ...JANUARY, paidHours: NaN }] }, RATES))).toBe(
      'month 2025-01: paidHours must be 0 or more (got NaN)',
    );
    expect(message(costBreakdown({ months: [{ ...JANUARY, month: '2025-13' }] }, RATES))).toBe(
      "month 1: month must be a 'YYYY-MM' label such as '2025-01' (got \"2025-13\")",
    );
    expect(message(costBreakdown({ months: [JANUARY, JANUARY] }, RATES))).toBe('month 2025-01 is given more than once');
    expect(message(costBreakdown({ months: [] }, RATES))).toBe('drivers.months must list at least one month');
    expect(message(costBreakdown(untyped<CostDrivers>({}), RATES))).toBe('drivers.months must be a list of months');
    expect(message(costBreakdown(untyped<CostDrivers>({ months: [{ ...JANUARY, trunks: '45' }] }), RATES))).toBe(
      'month 2025-01: trunks must be a number (got "45")',
    );
  });
  it('the field tables cover every numeric field of the types', () => {
    expect(COST_RATE_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(RATES).filter((k) => k !== 'currency').sort());
    expect(MONTH_DRIVER_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(JANUARY).filter((k) => k !== 'month').sort());
  });
});
