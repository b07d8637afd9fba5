import { scheduledStaff } from '../../src/core/staffing/scheduledStaff';

describe('scheduledStaff', () => {
  it('divides by (1 − shrinkage), not multiplies by (1 + shrinkage)', () => {
    const r = scheduledStaff(100, 0.3);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(142.857142857, 8);
  });
  it('zero shrinkage leaves agents unchanged; zero agents stay zero', () => {
    expect(scheduledStaff(14, 0)).toEqual({ ok: true, value: 14 });
    expect(scheduledStaff(0, 0.35)).toEqual({ ok: true, value: 0 });
  });
  it('rejects shrinkage of 100% or more and negatives with a message naming the field', () => {
    for (const s of [1, 1.2, -0.1, Number.NaN]) {
      const r = scheduledStaff(10, s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^shrinkage/);
    }
    const r = scheduledStaff(-1, 0.2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^agents/);
  });
});
