import fc from 'fast-check';
import { costBreakdown, COST_CATEGORY_IDS, COST_RATE_FIELDS, type CostRates } from '../../src/core/cost';
import { arbDrivers, arbRates } from './arbitraries';

const relClose = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('cost invariants', () => {
  it('the total never falls when any one rate rises (supervisor ratio: when it falls)', () => {
    fc.assert(
      fc.property(arbDrivers, arbRates, fc.constantFrom(...COST_RATE_FIELDS), fc.integer({ min: 1, max: 1000 }), (drivers, rates, field, bump) => {
        const before = costBreakdown(drivers, rates);
        // more agents per supervisor means fewer supervisors: the ratio moves cost the other way
        const delta = field.key === 'supervisorRatio' ? -Math.min(bump, rates.supervisorRatio - 1) : bump / 100;
        const after = costBreakdown(drivers, { ...rates, [field.key]: rates[field.key] + delta } as CostRates);
        if (!before.ok || !after.ok) throw new Error('unexpected failure');
        expect(after.value.total.total).toBeGreaterThanOrEqual(before.value.total.total * (1 - 1e-12));
        COST_CATEGORY_IDS.forEach((id) =>
          expect(after.value.total.byCategory[id]).toBeGreaterThanOrEqual(before.value.total.byCategory[id] * (1 - 1e-12)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('categories sum to each month total and to the grand total; months sum to the grand total', () => {
    fc.assert(
      fc.property(arbDrivers, arbRates, (drivers, rates) => {
        const r = costBreakdown(drivers, rates);
        if (!r.ok) throw new Error(r.message);
        for (const m of r.value.months) {
          expect(relClose(COST_CATEGORY_IDS.reduce((s, id) => s + m.byCategory[id], 0), m.total)).toBe(true);
        }
        expect(relClose(COST_CATEGORY_IDS.reduce((s, id) => s + r.value.total.byCategory[id], 0), r.value.total.total)).toBe(true);
        expect(relClose(r.value.months.reduce((s, m) => s + m.total, 0), r.value.total.total)).toBe(true);
      }),
    );
  });

  it('no NaN, no negative cost, labour share within [0, 1], seats cover the peak', () => {
    fc.assert(
      fc.property(arbDrivers, arbRates, (drivers, rates) => {
        const r = costBreakdown(drivers, rates);
        if (!r.ok) throw new Error(r.message);
        const numbers: number[] = [];
        JSON.stringify(r.value, (_k, v: unknown) => {
          if (typeof v === 'number') numbers.push(v);
          return v;
        });
        expect(numbers.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
        const share = r.value.total.labourShare;
        if (share !== undefined) expect(share).toBeLessThanOrEqual(1 + 1e-12);
        r.value.months.forEach((m, i) => {
          expect(Number.isInteger(m.seats)).toBe(true);
          expect(m.seats).toBeGreaterThanOrEqual(drivers.months[i].peakScheduledAgents);
          if (drivers.months[i].calls === 0) expect(m.costPerCall).toBeUndefined();
        });
      }),
    );
  });

  it('costs scale with paid hours: doubling paid hours (and the hiring cost labour adds) doubles labour and supervision exactly', () => {
    fc.assert(
      fc.property(arbDrivers, arbRates, (drivers, rates) => {
        const a = costBreakdown(drivers, rates);
        const b = costBreakdown({ months: drivers.months.map((m) => ({ ...m, paidHours: 2 * m.paidHours, hiringCost: 2 * (m.hiringCost ?? 0) })) }, rates);
        if (!a.ok || !b.ok) throw new Error('unexpected failure');
        expect(b.value.total.byCategory.labour).toBe(2 * a.value.total.byCategory.labour);
        expect(relClose(b.value.total.byCategory.supervision, 2 * a.value.total.byCategory.supervision)).toBe(true);
      }),
    );
  });
});
