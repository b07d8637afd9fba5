import fc from 'fast-check';
import { forecastRatio, monthlyTotals } from '../../src/core/forecast/ratioDecomposition';
import { forecastAccuracy, accuracyFigures, percentErrors } from '../../src/core/forecast/accuracy';

describe('ratio decomposition: the worked example of planning-guide.md step 3', () => {
  // 720,000 × 1.12 = 806,400; × 7.1% = 57,254.4 in January; ÷ 31 = 1,846.9 a day;
  // × 1.469 = 2,713.1 on a January Monday; the 10:00–10:30 share that gives ≈ 149 is 149 / 2,713.1.
  test('each step, unrounded', () => {
    const perMonday = (720000 * 1.12 * 0.071) / 31 * 1.469;
    expect(720000 * 1.12).toBeCloseTo(806400, 6);
    expect(perMonday).toBeCloseTo(2713.1, 0);
    const r = forecastRatio(720000, 0.12, 0.071, 31, 1.469, 149 / 2713.1);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Math.round(r.value)).toBe(149);
    const day = forecastRatio(720000, 0.12, 0.071, 31, 1.469, 1);
    expect(day.ok && Math.round(day.value)).toBe(2713);
    const jan = forecastRatio(720000, 0.12, 0.071, 1, 1, 1);
    expect(jan.ok && Math.round(jan.value)).toBe(57254);
  });
  test('bad arguments are invalid with a message naming them', () => {
    const r = forecastRatio(720000, 0.12, 7.1, 31, 1.469, 0.05);
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    if (!r.ok) expect(r.message).toMatch(/month_share/);
    expect(forecastRatio(-1, 0, 0.1, 31, 1, 0.1)).toMatchObject({ ok: false });
    expect(forecastRatio(1, -1, 0.1, 31, 1, 0.1)).toMatchObject({ ok: false });
    expect(forecastRatio(1, 0, 0.1, 32, 1, 0.1)).toMatchObject({ ok: false });
    expect(forecastRatio(1, 0, 0.1, 31, NaN, 0.1)).toMatchObject({ ok: false });
  });
  test('long horizon: monthly totals add up to the grown year when shares sum to 1', () => {
    const shares = [0.071, 0.07, 0.085, 0.082, 0.084, 0.083, 0.086, 0.088, 0.087, 0.089, 0.087, 0.088];
    const r = monthlyTotals(720000, 0.12, shares);
    if (!r.ok) throw new Error(r.message);
    expect(r.value[0]).toBeCloseTo(57254.4, 6);
    expect(r.value.reduce((a, b) => a + b, 0)).toBeCloseTo(806400 * shares.reduce((a, b) => a + b, 0), 6);
  });
});

describe('forecastAccuracy', () => {
  // Hand computation: actual [100, 200, 50], forecast [110, 180, 50]
  // errors +10, −20, 0; APE 0.1, 0.1, 0 → MAPE 0.0667; wMAPE 30/350; bias −10/350;
  // within ±10%: all three → 1; R²: mean 116.67, SS_tot = 277.8+6944.4+4444.4 = 11666.7, SS_res = 500 → 0.95714
  const a = [100, 200, 50];
  const f = [110, 180, 50];
  test.each([
    ['MAPE', 0.2 / 3], ['WMAPE', 30 / 350], ['BIAS', -10 / 350], ['HIT_RATE', 1], ['R2', 1 - 500 / 11666.666666666666],
  ] as const)('%s', (m, v) => {
    const r = forecastAccuracy(a, f, m);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(v, 10);
  });
  test('hit rate with a tighter tolerance', () => {
    expect(forecastAccuracy(a, f, 'HIT_RATE', 0.05)).toEqual({ ok: true, value: 1 / 3 });
  });
  test('percent errors are signed and undefined at zero actuals', () => {
    expect(percentErrors([100, 0], [90, 5])).toEqual([-0.1, undefined]);
  });
  test('bad input and undefined figures', () => {
    expect(forecastAccuracy([1, 2], [1], 'MAPE')).toMatchObject({ ok: false, code: 'invalid' });
    expect(forecastAccuracy([], [], 'MAPE')).toMatchObject({ ok: false, code: 'invalid' });
    expect(forecastAccuracy([1, NaN], [1, 2], 'MAPE')).toMatchObject({ ok: false, code: 'invalid' });
    expect(forecastAccuracy([1, 2], [1, 2], 'XYZ' as 'MAPE')).toMatchObject({ ok: false, code: 'invalid' });
    expect(forecastAccuracy([0, 0], [1, 2], 'MAPE')).toMatchObject({ ok: false, code: 'no-answer' });
    expect(forecastAccuracy([5, 5], [1, 2], 'R2')).toMatchObject({ ok: false, code: 'no-answer' });
  });
  test('properties: a perfect forecast scores 0 error, hit rate 1; wMAPE ≥ |bias|', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 })), { minLength: 1, maxLength: 50 }), (pairs) => {
      const act = pairs.map((p) => p[0]);
      const fct = pairs.map((p) => p[1]);
      const perfect = accuracyFigures(act, act);
      expect(perfect.hitRate).toBe(1);
      if (perfect.wmape !== undefined) expect(perfect.wmape).toBe(0);
      const fig = accuracyFigures(act, fct);
      if (fig.wmape !== undefined && fig.bias !== undefined) expect(fig.wmape + 1e-12).toBeGreaterThanOrEqual(Math.abs(fig.bias));
      expect(fig.hitRate).toBeGreaterThanOrEqual(0);
      expect(fig.hitRate).toBeLessThanOrEqual(1);
    }));
  });
});
