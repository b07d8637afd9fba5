/** The simulator's random numbers and its small parts: xoshiro128**, the event heap, the t quantile. */
import fc from 'fast-check';
import { Accumulators, EventHeap, Random, tQuantile975 } from '../../src/core/simulation';

describe('Random (xoshiro128**)', () => {
  test('matches the reference implementation from state {1, 2, 3, 4}', () => {
    // scripts/fixtures/xoshiro128starstar_reference.c (Blackman & Vigna's C code)
    const r = Random.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 8 }, () => r.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
  });

  test('one (seed, stream) gives one sequence; other seeds and streams give others', () => {
    const draw = (seed: number, stream: number) => {
      const r = new Random(seed, stream);
      return Array.from({ length: 5 }, () => r.nextUint32());
    };
    expect(draw(42, 3)).toEqual(draw(42, 3));
    expect(draw(42, 3)).not.toEqual(draw(42, 4));
    expect(draw(42, 3)).not.toEqual(draw(43, 3));
  });

  test('uniform, exponential and normal have their moments', () => {
    const r = new Random(7, 0);
    const n = 200_000;
    let u = 0, u2 = 0, e = 0, z = 0, z2 = 0, min = 1, max = 0;
    for (let k = 0; k < n; k += 1) {
      const x = r.uniform();
      u += x; u2 += x * x; min = Math.min(min, x); max = Math.max(max, x);
      e += r.exponential(180);
      const y = r.normal();
      z += y; z2 += y * y;
    }
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    // 5 standard errors: fails by chance about once in 3 million
    expect(Math.abs(u / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(u2 / n - (u / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
    expect(Math.abs(e / n - 180)).toBeLessThan((5 * 180) / Math.sqrt(n));
    expect(Math.abs(z / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(z2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
  });
});

describe('EventHeap', () => {
  test('pops events in time order, whatever the pushes', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 600 }), (times) => {
        const heap = new EventHeap(4); // small, so it grows
        times.forEach((t, k) => heap.push(t, k));
        const popped: number[] = [];
        const events = new Set<number>();
        while (heap.size > 0) {
          popped.push(heap.peekTime());
          events.add(heap.peekEvent());
          heap.pop();
        }
        expect(popped).toEqual([...times].sort((a, b) => a - b));
        expect(events.size).toBe(times.length);
      }),
    );
  });
});

describe('confidence intervals', () => {
  test('t(0.975, df) as scipy.stats.t.ppf gives it', () => {
    expect(tQuantile975(1)).toBe(12.706205);
    expect(tQuantile975(19)).toBe(2.093024);
    expect(tQuantile975(29)).toBe(2.04523);
    // beyond the table: scipy 2.039513446, 2.000297822, 1.983971519, 1.962339081
    for (const [df, t] of [[31, 2.039513446], [60, 2.000297822], [100, 1.983971519], [1000, 1.962339081]]) {
      expect(Math.abs(tQuantile975(df) - t)).toBeLessThan(5e-8);
    }
  });

  test('mean ± t·s/√n over the replications', () => {
    const acc = new Accumulators(2);
    for (const x of [0.8, 0.9, 0.85, 0.95]) acc.add(0, x);
    acc.add(1, 0.5);
    const e = acc.estimate(0)!;
    const mean = 0.875;
    const sd = Math.sqrt(((0.8 - mean) ** 2 + (0.9 - mean) ** 2 + (0.85 - mean) ** 2 + (0.95 - mean) ** 2) / 3);
    expect(e.mean).toBeCloseTo(mean, 12);
    expect(e.halfWidth).toBeCloseTo((3.182446 * sd) / 2, 12);
    expect(e.ci95![0]).toBeCloseTo(mean - e.halfWidth!, 12);
    expect(e.samples).toBe(4);
    expect(acc.estimate(1)).toEqual({ mean: 0.5, halfWidth: null, ci95: null, samples: 1 });
    expect(new Accumulators(1).estimate(0)).toBeNull();
  });
});
