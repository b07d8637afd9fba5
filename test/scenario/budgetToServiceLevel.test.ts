import { renderNote } from '../../src/core/notes/render';
import fc from 'fast-check';
import { invalid, success, type Result } from '../../src/core/result';
import { budgetToServiceLevel, slGrid } from '../../src/core/scenario';

const linear = (sl: number): Result<number> => success(Math.round(1000 * sl)); // 0.85 → 850

describe('slGrid: exact decimals built from integers', () => {
  it('default grid is 0.50 … 0.99, 50 points, each the exact decimal literal', () => {
    const g = slGrid();
    expect(g.ok).toBe(true);
    if (!g.ok) return;
    expect(g.value).toHaveLength(50);
    expect(g.value[0]).toBe(0.5);
    expect(g.value[49]).toBe(0.99);
    expect(g.value[31]).toBe(0.81);
    g.value.forEach((v, k) => expect(v).toBe(Number(`0.${50 + k}`)));
    // the naive way would not be exact:
    expect(0.5 + 7 * 0.01).toBe(0.5700000000000001);
    expect(g.value[7]).toBe(0.57);
  });
  it('custom grids; max off the grid is not exceeded', () => {
    expect(slGrid({ min: 0.8, max: 0.83, step: 0.01 })).toEqual(success([0.8, 0.81, 0.82, 0.83]));
    expect(slGrid({ min: 0.7, max: 0.95, step: 0.1 })).toEqual(success([0.7, 0.8, 0.9]));
    expect(slGrid({ min: 0.9, max: 0.9 })).toEqual(success([0.9]));
    expect(slGrid({ min: 0.95, max: 0.96, step: 0.005 })).toEqual(success([0.95, 0.955, 0.96]));
  });
  it('bad grids', () => {
    expect(slGrid({ max: 1 })).toEqual(invalid('max: an SL target of 100% can never be reached with finite staff'));
    expect(slGrid({ min: 0 })).toEqual(invalid('min: slTarget must be a fraction above 0 and below 1 (got 0)'));
    expect(slGrid({ step: 0 })).toEqual(invalid('step must be more than 0 (got 0)'));
    expect(slGrid({ min: 0.9, max: 0.8 })).toEqual(invalid('min must not exceed max 0.8 (got 0.9)'));
    expect(slGrid({ step: 1 / 3 }).ok).toBe(false);
  });
});

describe('budgetToServiceLevel on synthetic costs', () => {
  it('a linear cost: the highest SL that fits, and the next step that does not', () => {
    const r = budgetToServiceLevel(linear, 855, 'USD');
    expect(r).toEqual(
      success({ budget: 855, slTarget: 0.85, cost: 850, next: { slTarget: 0.86, cost: 860 }, maxReached: false, evaluations: expect.any(Number), notes: [] }),
    );
    if (r.ok) expect(r.value.evaluations).toBeLessThanOrEqual(9); // log2(50) ≈ 5.6, + ends + neighbour
  });
  it('a budget exactly equal to a step’s cost buys that step', () => {
    const r = budgetToServiceLevel(linear, 850, 'USD');
    expect(r.ok && r.value.slTarget).toBe(0.85);
  });
  it('max reached', () => {
    const r = budgetToServiceLevel(linear, 10_000, 'USD');
    expect(r.ok && r.value).toMatchObject({ slTarget: 0.99, cost: 990, next: null, maxReached: true });
  });
  it('cannot buy the minimum: noAnswer giving the minimum’s cost', () => {
    expect(budgetToServiceLevel(linear, 499, 'USD')).toEqual({
      ok: false,
      code: 'no-answer',
      message: 'a budget of USD 499 cannot buy even the minimum SL target of 50%, which costs USD 500',
      note: expect.objectContaining({ code: 'budget.belowMinimum', params: { currency: 'USD', budget: 499, slTarget: 0.5, cost: 500 } }),
    });
  });
  it('budget 0, negative, NaN or text', () => {
    expect(budgetToServiceLevel(linear, 0, 'USD')).toEqual(invalid('budget must be more than 0 (got 0)'));
    expect(budgetToServiceLevel(linear, -100, 'USD')).toEqual(invalid('budget must be more than 0 (got -100)'));
    expect(budgetToServiceLevel(linear, NaN, 'USD')).toEqual(invalid('budget must be more than 0 (got NaN)'));
    expect(budgetToServiceLevel(linear, '900' as unknown as number, 'USD')).toEqual(invalid('budget must be more than 0 (got "900")'));
  });
  it('a failing or nonsensical cost function is reported with the SL it failed at', () => {
    const failing = (sl: number): Result<number> => (sl > 0.7 ? invalid('interval 3: no staffing') : success(1));
    expect(budgetToServiceLevel(failing, 100, 'USD')).toEqual(invalid('at an SL target of 99%: interval 3: no staffing'));
    expect(budgetToServiceLevel(() => success(NaN), 100, 'USD')).toEqual(
      invalid('the cost of an SL target of 50% must be a number 0 or more (got NaN)'),
    );
  });
  it('a step cost (whole agents) with plateaus', () => {
    const steps = (sl: number): Result<number> => success(100 * Math.ceil(sl * 20)); // plateaus 5 points wide
    const r = budgetToServiceLevel(steps, 1800, 'USD'); // 0.85 → ceil(17) = 17 → 1700; 0.86 → 18 → 1800; 0.90 → 1800; 0.91 → 1900
    expect(r.ok && r.value).toMatchObject({ slTarget: 0.9, cost: 1800, next: { slTarget: 0.91, cost: 1900 } });
  });
  it('a non-monotone cost: the neighbour check finds a higher SL that fits, and notes the dip', () => {
    // cost rises, but 0.91 is cheaper than 0.90 (as a heuristic scheduler can make it)
    const bumpy = (sl: number): Result<number> => success(sl === 0.9 ? 2000 : sl === 0.91 ? 900 : Math.round(1000 * sl));
    const r = budgetToServiceLevel(bumpy, 910, 'USD');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.slTarget).toBe(0.91);
    expect(r.value.cost).toBeLessThanOrEqual(910);
    expect(r.value.next).toEqual({ slTarget: 0.92, cost: 920 });
    expect(r.value.notes.some((n) => renderNote(n, 'en').includes('not monotone'))).toBe(true);
  });
  it('property: on any non-decreasing cost, the answer equals a full scan of the grid', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 50, maxLength: 50 }), fc.integer({ min: 1, max: 1500 }), (increments, budget) => {
        const g = slGrid();
        if (!g.ok) throw new Error(g.message);
        const costs = increments.reduce<number[]>((acc, d) => [...acc, (acc[acc.length - 1] ?? 0) + d], []);
        const costOf = (sl: number): Result<number> => success(costs[g.value.indexOf(sl)]);
        const r = budgetToServiceLevel(costOf, budget, 'USD');
        const fitting = g.value.filter((_, k) => costs[k] <= budget);
        if (fitting.length === 0) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.code).toBe('no-answer');
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.slTarget).toBe(fitting[fitting.length - 1]);
        expect(r.value.cost).toBeLessThanOrEqual(budget);
        if (r.value.next) expect(r.value.next.cost).toBeGreaterThan(budget);
        else expect(r.value.slTarget).toBe(0.99);
        expect(r.value.evaluations).toBeLessThanOrEqual(10);
      }),
    );
  });
});

