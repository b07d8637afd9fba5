import { success, type Result } from '../../src/core/result';
import {
  aggregateService,
  budgetToServiceLevel,
  DEFAULT_SCENARIOS,
  scenarioCommitment,
  slGrid,
  type Scenario,
} from '../../src/core/scenario';
import { agentHours, baseStaff } from '../../src/core/staffing/baseStaff';
import { dayForecast } from '../staffing/dayProfile';
import { BASE_OBJECTIVE, dayChain } from './dayChain';

const mid = DEFAULT_SCENARIOS[1];

describe('the inverse on real maths: agent-hours of Erlang C base staff × wage', () => {
  // cost of one weekday's agents at an SL target: Σ agents × ½ h × 25 per hour
  const dayCost = (slTarget: number): Result<number> => {
    const rows = baseStaff(dayForecast, { ...BASE_OBJECTIVE, slTarget });
    return rows.ok ? success(agentHours(rows.value, 30) * 25) : rows;
  };
  const grid = slGrid();
  if (!grid.ok) throw new Error(grid.message);
  const scan = grid.value.map((sl) => {
    const c = dayCost(sl);
    if (!c.ok) throw new Error(c.message);
    return c.value;
  });

  it('the cost curve is non-decreasing in the SL target, and steep near the top (returns diminish)', () => {
    scan.forEach((c, k) => k > 0 && expect(c).toBeGreaterThanOrEqual(scan[k - 1]));
    const perPointLow = (scan[10] - scan[0]) / 10; // 50% → 60%
    const perPointHigh = (scan[49] - scan[39]) / 10; // 89% → 99%
    expect(perPointHigh).toBeGreaterThan(perPointLow);
  });

  it.each([0.42, 0.5, 0.7])('a budget between steps buys the highest SL that fits (budget at %s of the 80%–81% gap)', (at) => {
    const k80 = grid.value.indexOf(0.8);
    // the first strict rise at or after 80%: between those two grid points the answer is known
    let k = k80;
    while (scan[k + 1] === scan[k]) k++;
    const budget = scan[k] + at * (scan[k + 1] - scan[k]);
    const r = budgetToServiceLevel(dayCost, budget, 'USD');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.slTarget).toBe(grid.value[k]);
    expect(r.value.cost).toBeLessThanOrEqual(budget);
    expect(r.value.next?.slTarget).toBe(grid.value[k + 1]);
    expect(r.value.next!.cost).toBeGreaterThan(budget);
    expect(r.value.notes).toEqual([]);
    // a full scan agrees
    const best = grid.value.filter((_, i) => scan[i] <= budget).pop();
    expect(r.value.slTarget).toBe(best);
    expect(r.value.evaluations).toBeLessThan(grid.value.length / 4);
  });

  it("the budget an SL target costs buys that SL target or more (round trip)", () => {
    for (const sl of [0.6, 0.8, 0.9]) {
      const budget = dayCost(sl);
      if (!budget.ok) throw new Error(budget.message);
      const back = budgetToServiceLevel(dayCost, budget.value, 'USD');
      expect(back.ok && back.value.slTarget).toBeGreaterThanOrEqual(sl);
      if (back.ok) expect(back.value.cost).toBe(budget.value);
    }
  });

  it('the full chain to costBreakdown (with trunks, seats, Erlang A patience) is searchable too', () => {
    const objective = { ...BASE_OBJECTIVE, patienceSeconds: 180 };
    const monthCost = (slTarget: number): Result<number> => {
      const r = dayChain({ ...mid, slTarget }, objective);
      return r.ok ? success(r.value.breakdown.total.total) : r;
    };
    const at80 = monthCost(0.8);
    if (!at80.ok) throw new Error(at80.message);
    const r = budgetToServiceLevel(monthCost, at80.value * 1.03, 'USD');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.slTarget).toBeGreaterThanOrEqual(0.8);
    expect(r.value.cost).toBeLessThanOrEqual(at80.value * 1.03);
    if (r.value.next) expect(r.value.next.cost).toBeGreaterThan(at80.value * 1.03);
  });
});

describe('high / mid / low on the real chain', () => {
  const results = DEFAULT_SCENARIOS.map((s) => {
    const r = dayChain(s);
    if (!r.ok) throw new Error(r.message);
    return { s, ...r.value, commitment: scenarioCommitment(r.value.rows, r.value.breakdown) };
  });

  it('high costs more than mid, mid more than low', () => {
    const [high, midR, low] = results.map((r) => r.commitment.totalCost);
    expect(high).toBeGreaterThan(midR);
    expect(midR).toBeGreaterThan(low);
  });

  it('each commits to an SL at least its target, with ASA, occupancy and cost per call', () => {
    for (const { s, commitment } of results) {
      expect(commitment.serviceLevel).toBeGreaterThanOrEqual(s.slTarget);
      expect(commitment.asaSeconds).not.toBeNull();
      expect(commitment.occupancy).toBeGreaterThan(0.5);
      expect(commitment.occupancy).toBeLessThan(1);
      expect(commitment.abandonRate).toBe(0); // Erlang C: nobody abandons
    }
    // cost per call is the breakdown's (the month's cost ÷ the month's calls; `calls` above are the day's rows)
    for (const { commitment, breakdown } of results) expect(commitment.costPerCall).toBe(breakdown.total.costPerCall);
    // labour dominates, as the planning guide says (~70%)
    for (const { breakdown } of results) expect(breakdown.total.labourShare!).toBeGreaterThan(0.6);
  });

  it('Erlang A commitments report abandonment', () => {
    const r = dayChain(mid, { ...BASE_OBJECTIVE, patienceSeconds: 180 });
    if (!r.ok) throw new Error(r.message);
    const service = aggregateService(r.value.rows);
    expect(service.abandonRate).toBeGreaterThan(0);
    expect(service.abandonRate).toBeLessThan(0.1);
  });

  it('a scenario that makes shrinkage reach 100% is refused, naming the day', () => {
    const s: Scenario = { ...mid, shrinkageFactor: 4 };
    const r = dayChain(s);
    expect(!r.ok && r.message).toBe('2025-03-03: shrinkage × factor reaches 120.0%; it must stay below 100%');
  });
});
