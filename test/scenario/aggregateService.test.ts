import fc from 'fast-check';
import { aggregateService } from '../../src/core/scenario';
import { intervalMetrics } from '../../src/core/staffing/intervalMetrics';

const row = (calls: number, agents: number, serviceLevel: number, asaSeconds: number | null, abandonRate: number, occupancy: number) => ({
  calls,
  agents,
  serviceLevel,
  asaSeconds,
  abandonRate,
  occupancy,
});

describe('aggregateService: each measure weighted by what it is a share of', () => {
  it('hand-worked, Erlang C rows', () => {
    // SL: (100×0.9 + 300×0.7) / 400 = 300/400 = 0.75
    // ASA (answered = offered here): (100×8 + 300×20) / 400 = 6800/400 = 17
    // occupancy: (14×0.7 + 30×0.9) / 44 = (9.8 + 27) / 44 = 0.836363…
    const s = aggregateService([row(100, 14, 0.9, 8, 0, 0.7), row(300, 30, 0.7, 20, 0, 0.9)]);
    expect(s.calls).toBe(400);
    expect(s.serviceLevel).toBeCloseTo(0.75, 12);
    expect(s.asaSeconds).toBeCloseTo(17, 12);
    expect(s.abandonRate).toBe(0);
    expect(s.occupancy).toBeCloseTo(36.8 / 44, 12);
  });
  it('hand-worked, with abandonment: ASA over answered calls', () => {
    // answered: 100 × 0.9 = 90 and 100 × 0.5 = 50; ASA = (90×10 + 50×60) / 140 = 3900/140 = 27.857142…
    // abandon: (100×0.1 + 100×0.5) / 200 = 0.3
    const s = aggregateService([row(100, 10, 0.8, 10, 0.1, 0.8), row(100, 5, 0.2, 60, 0.5, 0.95)]);
    expect(s.asaSeconds).toBeCloseTo(3900 / 140, 12);
    expect(s.abandonRate).toBeCloseTo(0.3, 12);
  });
  it('an unstable interval makes ASA null; an empty horizon is SL 1, ASA 0, occupancy 0', () => {
    expect(aggregateService([row(100, 5, 0, null, 0, 1), row(50, 10, 0.9, 5, 0, 0.5)]).asaSeconds).toBeNull();
    expect(aggregateService([row(0, 3, 1, null, 0, 0)]).asaSeconds).toBe(0); // no calls, no wait
    expect(aggregateService([])).toEqual({ calls: 0, serviceLevel: 1, asaSeconds: 0, abandonRate: 0, occupancy: 0 });
  });
  it('under Erlang C, occupancy = Σ traffic ÷ Σ agents (busy time over staffed time)', () => {
    const o = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };
    const rows = [intervalMetrics({ calls: 100, ahtSeconds: 180 }, 14, o, 'a'), intervalMetrics({ calls: 20, ahtSeconds: 180 }, 4, o, 'b')];
    // traffic 10 and 2 Erlangs over 18 agents = 12/18
    expect(aggregateService(rows).occupancy).toBeCloseTo(12 / 18, 12);
  });
  it('property: every aggregate lies between the interval extremes', () => {
    const arbRow = fc
      .record({
        calls: fc.integer({ min: 1, max: 500 }),
        agents: fc.integer({ min: 1, max: 80 }),
        serviceLevel: fc.double({ min: 0, max: 1, noNaN: true }),
        asaSeconds: fc.double({ min: 0, max: 600, noNaN: true }),
        abandonRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
        occupancy: fc.double({ min: 0, max: 1, noNaN: true }),
      });
    fc.assert(
      fc.property(fc.array(arbRow, { minLength: 1, maxLength: 48 }), (rows) => {
        const s = aggregateService(rows);
        for (const k of ['serviceLevel', 'asaSeconds', 'abandonRate', 'occupancy'] as const) {
          const vals = rows.map((r) => r[k]);
          expect(s[k]!).toBeGreaterThanOrEqual(Math.min(...vals) - 1e-9);
          expect(s[k]!).toBeLessThanOrEqual(Math.max(...vals) + 1e-9);
        }
      }),
    );
  });
});
