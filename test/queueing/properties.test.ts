/** Invariants of the queueing engine over random inputs (fast-check). */
import fc from 'fast-check';
import {
  agentsRequired,
  erlangAMetrics,
  erlangB,
  erlangC,
  erlangCMetrics,
  trafficErlangs,
} from '../../src/core/queueing';

const load = fc.double({ min: 0.01, max: 2000, noNaN: true });
const aht = fc.integer({ min: 10, max: 1200 });
const target = fc.integer({ min: 0, max: 300 });
const patience = fc.double({ min: 5, max: 3600, noNaN: true });

describe('queueing invariants', () => {
  test('Erlang B and C are probabilities and C ≥ B', () => {
    fc.assert(
      fc.property(load, fc.integer({ min: 0, max: 3000 }), (a, n) => {
        const b = erlangB(a, n);
        const c = erlangC(a, n);
        expect(Number.isFinite(b) && b >= 0 && b <= 1).toBe(true);
        expect(Number.isFinite(c) && c >= 0 && c <= 1).toBe(true);
        expect(c).toBeGreaterThanOrEqual(b * (1 - 1e-12));
      }),
    );
  });

  test('Erlang C: SL rises and ASA falls with agents', () => {
    fc.assert(
      fc.property(load, aht, target, fc.integer({ min: 1, max: 50 }), (a, h, t, extra) => {
        const n = Math.floor(a) + 1;
        const fewer = erlangCMetrics(a, n, h, t);
        const more = erlangCMetrics(a, n + extra, h, t);
        expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel - 1e-12);
        expect(more.asaSeconds).toBeLessThanOrEqual(fewer.asaSeconds * (1 + 1e-12));
      }),
    );
  });

  test('Erlang A: probabilities in [0, 1], SL rises and abandonment falls with agents, no NaN', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), aht, target, patience, fc.integer({ min: 0, max: 400 }), (calls, h, t, p, n) => {
        const ask = (agents: number) =>
          erlangAMetrics({ calls, ahtSeconds: h, agents, patienceSeconds: p, intervalMinutes: 30, targetSeconds: t });
        const a = ask(n);
        const b = ask(n + 1);
        for (const m of [a, b]) {
          for (const v of [m.waitProbability, m.abandonProbability, m.serviceLevel, m.occupancy]) {
            expect(Number.isFinite(v) && v >= 0 && v <= 1 + 1e-12).toBe(true);
          }
          expect(Number.isNaN(m.asaSeconds)).toBe(false);
        }
        expect(b.serviceLevel).toBeGreaterThanOrEqual(a.serviceLevel - 1e-9);
        expect(b.abandonProbability).toBeLessThanOrEqual(a.abandonProbability + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  test('AGENTS_REQUIRED(n) meets the target and n − 1 does not (Erlang C and A, with an occupancy cap)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        aht,
        fc.double({ min: 0.3, max: 0.99, noNaN: true }),
        target,
        fc.option(fc.double({ min: 0.6, max: 1, noNaN: true })),
        fc.option(patience),
        (calls, h, sl, t, cap, p) => {
          const question = {
            calls, ahtSeconds: h, slTarget: sl, targetSeconds: t, intervalMinutes: 30,
            maxOccupancy: cap ?? undefined, patienceSeconds: p ?? undefined,
          };
          const result = agentsRequired(question);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const n = result.value;
          const a = trafficErlangs(calls, h, 30);
          const meets = (agents: number) => {
            if (p === null) {
              const m = erlangCMetrics(a, agents, h, t);
              return m.serviceLevel >= sl && (cap === null || m.occupancy <= cap) && agents > a;
            }
            const m = erlangAMetrics({ calls, ahtSeconds: h, agents, patienceSeconds: p, intervalMinutes: 30, targetSeconds: t });
            return m.serviceLevel >= sl && (cap === null || m.occupancy <= cap);
          };
          expect(meets(n)).toBe(true);
          if (n > 0) expect(meets(n - 1)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
