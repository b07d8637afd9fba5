import fc from 'fast-check';
import { measuredServiceLevel } from '../../src/core/workload/measuredServiceLevel';
import { estimatePatience } from '../../src/core/workload/patience';

describe('measuredServiceLevel (planning guide step 1)', () => {
  // Hand example: Aw = 80, A = 95, Bw = 3, B = 5
  test.each([
    [1, 83 / 100], [2, 80 / 95], [3, 80 / 100], [4, 80 / 97],
  ] as const)('method %i', (m, expected) => {
    expect(measuredServiceLevel(m, 80, 95, 3, 5)).toEqual({ ok: true, value: expected });
  });
  test('zero base is no-answer with a message naming the method', () => {
    const r = measuredServiceLevel(3, 0, 0, 0, 0);
    expect(r).toMatchObject({ ok: false, code: 'no-answer' });
    if (!r.ok) expect(r.message).toMatch(/base of method 3/);
    expect(measuredServiceLevel(2, 0, 0, 1, 1)).toMatchObject({ ok: false, code: 'no-answer' });
    expect(measuredServiceLevel(4, 0, 0, 2, 2)).toMatchObject({ ok: false, code: 'no-answer' });
  });
  test('invalid inputs', () => {
    expect(measuredServiceLevel(3, -1, 5, 0, 0)).toMatchObject({ ok: false, code: 'invalid' });
    expect(measuredServiceLevel(3, 6, 5, 0, 0)).toMatchObject({ ok: false, code: 'invalid' });
    expect(measuredServiceLevel(3, 1, 5, 3, 2)).toMatchObject({ ok: false, code: 'invalid' });
    expect(measuredServiceLevel(5 as 1, 1, 5, 0, 0)).toMatchObject({ ok: false, code: 'invalid' });
    expect(measuredServiceLevel(3, NaN, 5, 0, 0)).toMatchObject({ ok: false, code: 'invalid' });
  });
  test('property: every method is in [0, 1]; method 3 ≤ methods 2 and 4 ≤ method 1... orderings', () => {
    fc.assert(fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(1000), (a, aw0, b, bw0) => {
      const aw = Math.min(aw0, a);
      const bw = Math.min(bw0, b);
      const v = ([1, 2, 3, 4] as const).map((m) => measuredServiceLevel(m, aw, a, bw, b));
      for (const r of v) if (r.ok) { expect(r.value).toBeGreaterThanOrEqual(0); expect(r.value).toBeLessThanOrEqual(1); }
      const [m1, , m3, m4] = v;
      if (m3.ok && m4.ok) expect(m3.value).toBeLessThanOrEqual(m4.value + 1e-12); // removing short abandons from the base can only raise SL
      if (m3.ok && m1.ok) expect(m3.value).toBeLessThanOrEqual(m1.value + 1e-12);
    }));
  });
});

describe('estimatePatience', () => {
  test('abandons ÷ total wait', () => {
    expect(estimatePatience(10, 3000)).toEqual({ ok: true, value: { abandons: 10, totalWaitSeconds: 3000, abandonRatePerSecond: 10 / 3000, meanPatienceSeconds: 300 } });
  });
  test('recovers the mean of simulated exponential patience with censoring', () => {
    // Callers with exponential patience (mean 200 s) wait for service times uniform on [0, 400] s:
    // the estimator uses min(patience, service wait) per call and counts those that abandoned.
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let abandons = 0;
    let wait = 0;
    for (let i = 0; i < 200000; i++) {
      const patience = -200 * Math.log(1 - rand());
      const offer = 400 * rand();
      if (patience < offer) { abandons++; wait += patience; } else wait += offer;
    }
    const r = estimatePatience(abandons, wait);
    expect(r.ok && Math.abs(r.value.meanPatienceSeconds - 200) / 200).toBeLessThan(0.02);
  });
  test('no abandons: no answer', () => {
    expect(estimatePatience(0, 100)).toMatchObject({ ok: false, code: 'no-answer' });
  });
});
