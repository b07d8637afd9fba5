/**
 * One scenario's capacity plan and the configuration's bad input: a new centre
 * (no heads) is planned with its lead-time shortfall named, a plan whose
 * classes cannot catch up says by how much and when, and attrition at 100% or
 * below 0, a negative lead time and a class minimum above its maximum are
 * refused naming the field.
 */
import highsLoader from 'highs';
import { type CapacityAssumptions, classRamp, scenarioCapacity } from '../../src/core/capacity';
import { renderNote } from '../../src/core/notes/render';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import type { HighsRuntime } from '../../src/core/schedule/solveSchedule';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const ramp = { trainingWeeks: 4, nestingWeeks: 0, nestingProductivity: 1 };
const assumptions = (over: Partial<CapacityAssumptions>): CapacityAssumptions => ({
  startHeadcount: 0, startHeadcountSource: 'config', attritionRate: 0.03, hiringLeadWeeks: 6, ...ramp, classMin: 5, classMax: 20,
  recruitingCostPerHire: 1000, trainingCostPerWeek: 100, ftePerHead: 1, ftePerHeadSource: 'contracts', fullTimeWeeklyHours: 40,
  firstJoinMonth: '2027-03', ramp: classRamp(ramp), ...over,
});
/** Twelve months needing `fte` FTE each (paid hours = FTE × 40 h × days ÷ 7). */
const need = (fte: number) => ({
  scenario: 'mid',
  months: Array.from({ length: 12 }, (_, i) => {
    const month = `2027-${String(i + 1).padStart(2, '0')}`;
    const days = new Date(Date.UTC(2027, i + 1, 0)).getUTCDate();
    return { month, days, paidHours: (fte * 40 * days) / 7 };
  }),
});
const rates = { hourlyWage: 20, onCostRate: 0.25 };

test('a new centre: everyone is hired, the months before the first class is productive are short, and named', () => {
  const r = scenarioCapacity(highs, need(30), assumptions({ classMax: 40 }), rates, 30);
  if (!r.ok) throw new Error(r.message);
  const [jan, feb, mar, apr] = r.value.months;
  expect([jan.hires, feb.hires]).toEqual([0, 0]); // 6 weeks' lead: the first class joins in March
  expect(mar.hires).toBeGreaterThanOrEqual(5);
  expect(renderNote(jan.shortfallNote!, 'en')).toBe('short 30.0 FTE in Jan 2027: the earliest class can join in Mar 2027 and is fully productive from Apr 2027');
  expect(renderNote(mar.shortfallNote!, 'zh-CN')).toMatch(/^2027年3月缺 /);
  expect(apr.shortfall).toBeCloseTo(0, 6);
  expect(r.value.months.slice(3).every((m) => m.shortfall < 0.05)).toBe(true);
  // flows by hand: headcount(m+1) = headcount(m) − leavers(m) + hires(m+1)
  for (let m = 1; m < 12; m++) expect(r.value.months[m].headcount).toBeCloseTo(r.value.months[m - 1].headcount - r.value.months[m - 1].leavers + r.value.months[m].hires, 9);
  expect(r.value.hiringCost).toBeCloseTo(r.value.recruitingCost + r.value.traineeCost, 6);
  expect(r.value.recruitingCost).toBe(1000 * r.value.hires);
});

test('classes of at most 5 a month cannot catch up with 100 FTE: the last month’s shortfall, how much and when', () => {
  const r = scenarioCapacity(highs, need(100), assumptions({ classMin: 1, classMax: 5 }), rates, 30);
  if (!r.ok) throw new Error(r.message);
  const dec = r.value.months[11];
  expect(r.value.months.slice(2).every((m) => m.hires === 5)).toBe(true);
  expect(dec.shortfall).toBeGreaterThan(50);
  expect(renderNote(dec.shortfallNote!, 'en')).toMatch(/^short \d+\.\d FTE in Dec 2027: one class of at most 5 a month cannot catch up/);
  expect(r.value.notes.map((n) => renderNote(n, 'en'))).toEqual([`The mid plan cannot catch up within the year: still short ${dec.shortfall.toFixed(1)} FTE in Dec 2027 with classes of at most 5; allow larger classes, a shorter lead time or shorter training.`]);
});

test('bad capacity input is refused naming the field', () => {
  const base = { centre: { name: 'C' }, data: { history: 'sample' }, costs: { currency: 'USD' } };
  const problems = (capacity: unknown) => {
    const r = validatePlanConfig({ ...base, capacity });
    return r.ok ? [] : r.problems!.map((p) => `${p.field} ${p.message}`);
  };
  expect(problems({ attritionRate: 1 })).toEqual(['capacity.attritionRate must be less than 1 (got 1)']);
  expect(problems({ attritionRate: -0.02 })).toEqual(['capacity.attritionRate must be at least 0 (got -0.02)']);
  expect(problems({ hiringLeadWeeks: -1 })).toEqual(['capacity.hiringLeadWeeks must be at least 0 (got -1)']);
  expect(problems({ classSize: { min: 12, max: 8 } })).toEqual(['capacity.classSize.min (12 heads) cannot exceed the largest class, capacity.classSize.max (8 heads)']);
  expect(problems({ nestingProductivity: 1.5 })).toEqual(['capacity.nestingProductivity must be at most 1 (got 1.5)']);
  expect(problems({ startHeadcount: 0 })).toEqual([]); // a new centre
});
