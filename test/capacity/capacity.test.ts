/**
 * The capacity engine against independent references: the class ramp and the
 * flows checked by hand (headcount(m+1) = headcount(m) − leavers(m) + hires(m+1)),
 * and the HiGHS hiring plan against a brute-force enumeration of every class
 * decision of a 4-month year, costed by a closed-form cohort model written here.
 */
import fc from 'fast-check';
import highsLoader from 'highs';
import { capacityFlows, classRamp, firstJoinMonth, hiringPlan, shortfallPenalty, type HiringProblem } from '../../src/core/capacity';
import type { HighsRuntime } from '../../src/core/schedule/solveSchedule';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const W = 52 / 12;

describe('classRamp: shares of each tenure month in class and productive', () => {
  it('six weeks of class: the first month all in class, the second 1.67 of 4.33 weeks', () => {
    const r = classRamp({ trainingWeeks: 6, nestingWeeks: 0, nestingProductivity: 0.5 });
    expect(r).toHaveLength(2);
    expect(r[0].inClass).toBeCloseTo(1, 12);
    expect(r[0].productive).toBeCloseTo(0, 12);
    expect(r[1].inClass).toBeCloseTo((6 - W) / W, 12); // 0.384615…
    expect(r[1].productive).toBeCloseTo((2 * W - 6) / W, 12);
  });
  it('four weeks of class then four of nesting at 50%', () => {
    const r = classRamp({ trainingWeeks: 4, nestingWeeks: 4, nestingProductivity: 0.5 });
    // month 0: 4 weeks class, 0.333 weeks nesting; month 1: 3.667 weeks nesting, 0.667 full
    expect(r[0].inClass).toBeCloseTo(4 / W, 12);
    expect(r[0].productive).toBeCloseTo((0.5 * (W - 4)) / W, 12);
    expect(r[1].inClass).toBe(0);
    expect(r[1].productive).toBeCloseTo((0.5 * (8 - W) + (2 * W - 8)) / W, 12);
  });
  it('no training: productive from the first day (no ramp)', () => {
    expect(classRamp({ trainingWeeks: 0, nestingWeeks: 0, nestingProductivity: 1 })).toEqual([]);
  });
  it('the first join month rounds the lead time up to whole months', () => {
    expect(firstJoinMonth(0)).toBe(0);
    expect(firstJoinMonth(4)).toBe(1);
    expect(firstJoinMonth(W)).toBe(1);
    expect(firstJoinMonth(6)).toBe(2);
  });
});

describe('capacityFlows: hand-checked months', () => {
  it('100 heads, 10% attrition, a class of 20 in month 1 (no training)', () => {
    const f = capacityFlows({ startHeadcount: 100, attritionRate: 0.1, ftePerHead: 1, ramp: [], hires: [0, 20, 0], requiredFte: [95, 100, 100] });
    expect(f.map((m) => m.headcount)).toEqual([100, 110, 99]);
    expect(f.map((m) => m.leavers)).toEqual([10, 11, expect.closeTo(9.9, 12)]);
    expect(f.map((m) => m.productiveFte)).toEqual([100, 110, 99]);
    expect(f.map((m) => m.shortfall)).toEqual([0, 0, expect.closeTo(1, 12)]);
  });
  it('a class of 10 with six weeks of class: trainees, and productive FTE without them', () => {
    const ramp = classRamp({ trainingWeeks: 6, nestingWeeks: 0, nestingProductivity: 0.5 });
    const f = capacityFlows({ startHeadcount: 50, attritionRate: 0.1, ftePerHead: 0.8, ramp, hires: [0, 10, 0, 0], requiredFte: [0, 0, 0, 0] });
    // month 1: 45 + 10 heads, all 10 in class; month 2: 9 of them left, 0.3846 of the month in class
    expect(f[1].headcount).toBeCloseTo(55, 12);
    expect(f[1].trainees).toBeCloseTo(10, 12);
    expect(f[1].productiveFte).toBeCloseTo(0.8 * 45, 12);
    expect(f[2].headcount).toBeCloseTo(49.5, 12);
    expect(f[2].trainees).toBeCloseTo(9 * ((6 - W) / W), 12);
    expect(f[2].productiveFte).toBeCloseTo(0.8 * (49.5 - 9 * ((6 - W) / W)), 12);
    expect(f[3].trainees).toBe(0);
    expect(f[3].productiveFte).toBeCloseTo(0.8 * 49.5 * 0.9, 12);
  });
  it('every month: headcount(m+1) = headcount(m) − leavers(m) + hires(m+1), leavers = headcount × attrition, nothing negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 12 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (start, a, hires, trainingWeeks) => {
          const ramp = classRamp({ trainingWeeks, nestingWeeks: 2, nestingProductivity: 0.5 });
          const f = capacityFlows({ startHeadcount: start, attritionRate: a, ftePerHead: 0.9, ramp, hires, requiredFte: hires.map(() => 50) });
          expect(f[0].headcount).toBeCloseTo(start + hires[0], 9);
          for (let m = 0; m < f.length; m++) {
            expect(f[m].leavers).toBeCloseTo(f[m].headcount * a, 9);
            expect(f[m].trainees).toBeGreaterThanOrEqual(0);
            expect(f[m].trainees).toBeLessThanOrEqual(f[m].headcount + 1e-9);
            expect(f[m].productiveFte).toBeGreaterThanOrEqual(-1e-9);
            expect(f[m].productiveFte).toBeLessThanOrEqual(0.9 * f[m].headcount + 1e-9);
            if (m + 1 < f.length) expect(f[m + 1].headcount).toBeCloseTo(f[m].headcount - f[m].leavers + hires[m + 1], 9);
          }
        },
      ),
    );
  });
});

/** Share of tenure month i in [from, to) weeks after the class starts. */
const share = (i: number, from: number, to: number): number => Math.max(0, Math.min((i + 1) * W, to) - Math.max(i * W, from)) / W;

/**
 * The MIP's objective for given hires, by a closed-form cohort model: every
 * cohort (the start heads, each class) survives (1 − a)^age; members of class j
 * in tenure month i spend share(i, 0, T) in class and deliver
 * share(i, T, T+N)·p + share(i, T+N, ∞) of a month.
 */
function reference(p: HiringProblem & { trainingWeeks: number; nestingWeeks: number; nestingProductivity: number }, hires: number[]) {
  const a = p.attritionRate;
  const T = p.trainingWeeks;
  const N = p.nestingWeeks;
  let cost = 0;
  let shortfall = 0;
  for (let m = 0; m < hires.length; m++) {
    let heads = p.startHeadcount * (1 - a) ** m;
    let trainees = 0;
    let productiveHeads = heads;
    for (let j = 0; j <= m; j++) {
      const alive = hires[j] * (1 - a) ** (m - j);
      const i = m - j;
      heads += alive;
      trainees += alive * share(i, 0, T);
      productiveHeads += alive * (share(i, T, T + N) * p.nestingProductivity + share(i, T + N, Infinity));
    }
    const short = Math.max(0, p.requiredFte[m] - p.ftePerHead * productiveHeads);
    shortfall += short;
    cost += p.payPerHead[m] * (heads - p.startHeadcount * (1 - a) ** m) + p.trainingPerTraineeMonth[m] * trainees + shortfallPenalty(p) * short;
  }
  cost += p.recruitingCostPerHire * hires.reduce((s, x) => s + x, 0);
  return { cost, shortfall };
}

/** Every class decision: 0 or min…max heads in each month from the first join month. */
function bruteForce(p: Parameters<typeof reference>[0]) {
  const first = firstJoinMonth(p.hiringLeadWeeks);
  const options = [0, ...Array.from({ length: p.classMax - p.classMin + 1 }, (_, k) => p.classMin + k)];
  let best = { cost: Infinity, shortfall: Infinity, hires: [] as number[] };
  const walk = (hires: number[]): void => {
    if (hires.length === p.requiredFte.length) {
      const r = reference(p, hires);
      if (r.cost < best.cost) best = { ...r, hires: [...hires] };
      return;
    }
    for (const x of hires.length < first ? [0] : options) walk([...hires, x]);
  };
  walk([]);
  return best;
}

const problem = (over: Partial<Parameters<typeof reference>[0]> = {}): Parameters<typeof reference>[0] => {
  const trainingWeeks = over.trainingWeeks ?? 4;
  const nestingWeeks = over.nestingWeeks ?? 2;
  const nestingProductivity = over.nestingProductivity ?? 0.5;
  return {
    startHeadcount: 10,
    attritionRate: 0.05,
    ftePerHead: 0.9,
    hiringLeadWeeks: 2,
    classMin: 2,
    classMax: 6,
    requiredFte: [8.5, 10, 12.5, 13],
    payPerHead: [3000, 2800, 3100, 3000],
    trainingPerTraineeMonth: [400, 380, 420, 400],
    recruitingCostPerHire: 1000,
    timeLimitSeconds: 30,
    ...over,
    trainingWeeks,
    nestingWeeks,
    nestingProductivity,
    ramp: classRamp({ trainingWeeks, nestingWeeks, nestingProductivity }),
  };
};

describe('hiringPlan (HiGHS) equals a brute-force enumeration of every class decision', () => {
  const cases: [string, Partial<Parameters<typeof reference>[0]>][] = [
    ['classes cover a rising need', {}],
    ['the lead time makes month 0–1 short', { hiringLeadWeeks: 5, requiredFte: [11, 12, 12.5, 13] }],
    ['small classes cannot catch up', { classMax: 3, requiredFte: [9, 12, 15, 17] }],
    ['high attrition, nesting at 30%, no recruiting cost', { attritionRate: 0.2, nestingProductivity: 0.3, recruitingCostPerHire: 0 }],
    ['a new centre (no start heads), no training', { startHeadcount: 0, trainingWeeks: 0, nestingWeeks: 0, hiringLeadWeeks: 0, requiredFte: [3, 6, 9, 10] }],
  ];
  it.each(cases)('%s', (_name, over) => {
    const p = problem(over);
    const best = bruteForce(p);
    const r = hiringPlan(highs, p);
    if (!r.ok) throw new Error(r.message);
    const mine = reference(p, r.value);
    expect(mine.shortfall).toBeCloseTo(best.shortfall, 6);
    expect(mine.cost).toBeCloseTo(best.cost, 4);
    // whole classes within the bounds, none before the lead time allows
    r.value.forEach((x, j) => {
      expect(Number.isInteger(x)).toBe(true);
      if (j < firstJoinMonth(p.hiringLeadWeeks)) expect(x).toBe(0);
      else expect(x === 0 || (x >= p.classMin && x <= p.classMax)).toBe(true);
    });
  }, 60_000);
});
