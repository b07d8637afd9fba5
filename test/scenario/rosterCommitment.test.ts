/**
 * The promise is the roster's: each scenario's committed SL is the call-weighted SL of the
 * agents its published schedule puts on the phones, checked against the test's own M/M/N+M
 * chain (test/support/queueChain.ts, itself checked against the 50-digit reference fixture).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanResult } from '../../src/core/plan/planResult';
import { rosterCommitment } from '../../src/core/scenario/rosterCommitment';
import { rosterShapeCost } from '../../src/core/scenario/rosterShapeCost';
import type { RosterInterval } from '../../src/core/scenario/types';
import { normalCdf, targetProbability, volumeRisk } from '../../src/core/scenario/volumeRisk';
import { costBreakdown } from '../../src/core/cost';
import type { ServiceObjective } from '../../src/core/staffing/types';
import { queueChain } from '../support/queueChain';
import { PLAN_TIMEOUT_MS, sharedPlan } from '../support/sharedPlans';
import { RATES, drivers } from '../report/fixtures/planResult';

const reference = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'queueing-reference.json'), 'utf8'));

/** Agents on the phones, by the test's own reading of the rule: whole agents, rounded down. */
const onPhones = (r: RosterInterval) => Math.floor(r.scheduled * (1 - r.shrinkage) + 1e-9);

/** The test's own call-weighted figures of a roster. */
function expected(roster: readonly RosterInterval[], o: ServiceObjective, volumeFactor = 1) {
  let calls = 0, within = 0, abandoned = 0, agents = 0, busy = 0;
  for (const r of roster) {
    const c = r.calls * volumeFactor;
    const n = onPhones(r);
    const q = queueChain({ calls: c, ahtSeconds: r.ahtSeconds, agents: n, targetSeconds: o.targetSeconds, intervalMinutes: o.intervalMinutes, patienceSeconds: o.patienceSeconds });
    calls += c; within += c * q.serviceLevel; abandoned += c * q.abandonRate; agents += n; busy += n * q.occupancy;
  }
  return { serviceLevel: calls > 0 ? within / calls : 1, abandonRate: calls > 0 ? abandoned / calls : 0, occupancy: agents > 0 ? busy / agents : 0 };
}

describe('the test\'s queue chain agrees with the 50-digit reference', () => {
  it('Erlang C rows', () => {
    // the chain is for a centre's intervals: the 6,000- and 40,000-Erlang rows are beyond it
    for (const r of reference.erlangC.filter((x: any) => x.traffic <= 300)) {
      const q = queueChain({ calls: r.traffic * 1800 / r.aht, ahtSeconds: r.aht, agents: r.agents, targetSeconds: r.target, intervalMinutes: 30 });
      expect(q.serviceLevel).toBeCloseTo(Number(r.sl), 9);
    }
  });
  it('Erlang A rows', () => {
    for (const r of reference.erlangA) {
      const q = queueChain({ calls: r.calls, ahtSeconds: r.aht, agents: r.agents, targetSeconds: r.target, intervalMinutes: r.interval, patienceSeconds: r.patience });
      expect(q.serviceLevel).toBeCloseTo(Number(r.sl), 8);
      expect(q.abandonRate).toBeCloseTo(Number(r.abandon), 9);
      expect(q.occupancy).toBeCloseTo(Number(r.occupancy), 8);
    }
  });
});

const DRIVERS = drivers(1, 1);
const costs = (() => {
  const r = costBreakdown(DRIVERS, RATES);
  if (!r.ok) throw new Error(r.message);
  return r.value;
})();

describe('rosterCommitment: a small hand-made roster', () => {
  // two days; 30% shrinkage on the first (20 scheduled → 14 on the phones), 10% on the second
  const roster: RosterInterval[] = [
    { date: '2026-11-02', start: '09:00', calls: 100, ahtSeconds: 180, shrinkage: 0.3, scheduled: 20 },
    { date: '2026-11-02', start: '09:30', calls: 160, ahtSeconds: 200, shrinkage: 0.3, scheduled: 30 },
    { date: '2026-11-02', start: '10:00', calls: 0, ahtSeconds: 0, shrinkage: 0.3, scheduled: 3 },
    { date: '2026-11-03', start: '09:00', calls: 300, ahtSeconds: 300, shrinkage: 0.1, scheduled: 62 },
  ];
  it('Erlang C: SL, occupancy; 14 agents on 10 Erlangs is the published 0.8884', () => {
    const o: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };
    const c = rosterCommitment(roster, o, costs);
    const e = expected(roster, o);
    expect(c.serviceLevel).toBeCloseTo(e.serviceLevel, 9);
    expect(c.occupancy).toBeCloseTo(e.occupancy, 9);
    expect(c.abandonRate).toBe(0);
    expect(queueChain({ calls: 100, ahtSeconds: 180, agents: 14, targetSeconds: 20, intervalMinutes: 30 }).serviceLevel).toBeCloseTo(0.88835, 5);
    expect(c.totalCost).toBe(costs.total.total);
  });
  it('Erlang A: SL, abandonment and occupancy', () => {
    const o: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, patienceSeconds: 180 };
    const c = rosterCommitment(roster, o, costs);
    const e = expected(roster, o);
    expect(c.serviceLevel).toBeCloseTo(e.serviceLevel, 8);
    expect(c.abandonRate).toBeCloseTo(e.abandonRate, 9);
    expect(c.occupancy).toBeCloseTo(e.occupancy, 8);
  });
  it('volume risk: the SL at forecast −10%, as forecast and +10%, falling with volume', () => {
    const o: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, patienceSeconds: 180 };
    const risk = volumeRisk(roster, o);
    expect(risk.map((r) => r.volumeFactor)).toEqual([0.9, 1, 1.1]);
    risk.forEach((r) => expect(r.serviceLevel).toBeCloseTo(expected(roster, o, r.volumeFactor).serviceLevel, 8));
    expect(risk[0].serviceLevel).toBeGreaterThan(risk[1].serviceLevel);
    expect(risk[1].serviceLevel).toBeGreaterThan(risk[2].serviceLevel);
  });
  it('target odds: the break-even volume brackets the target, and the odds are the lognormal\'s', () => {
    const o: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, patienceSeconds: 180 };
    const p = targetProbability(roster, o, 0.05);
    const f = p.breakEvenVolumeFactor!;
    expect(expected(roster, o, f - 2e-4).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(expected(roster, o, f + 2e-4).serviceLevel).toBeLessThan(0.8);
    // σ = 0.05·√(π/2) = 0.062666; P(F ≤ f) = Φ((ln f + σ²/2) ÷ σ)
    const sigma = 0.05 * Math.sqrt(Math.PI / 2);
    expect(p.probability).toBeCloseTo(normalCdf((Math.log(f) + sigma ** 2 / 2) / sigma), 12);
    // a roster far above its load meets the target at any volume up to 5×; an empty one never
    expect(targetProbability(roster.map((r) => ({ ...r, scheduled: 500 })), o, 0.05)).toEqual({ probability: 1, forecastError: 0.05, breakEvenVolumeFactor: null });
    expect(targetProbability(roster.map((r) => ({ ...r, scheduled: 0 })), o, 0.05).probability).toBe(0);
  });
  it('normalCdf: published values of Φ', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 6);
    expect(normalCdf(2.326348)).toBeCloseTo(0.99, 6);
  });
  it('roster shape: hours above the requirement and their share of labour and supervision', () => {
    const shape = rosterShapeCost({ paidHours: 118, requiredHours: 100 }, costs);
    expect(shape.extraHours).toBe(18);
    expect(shape.extraShare).toBeCloseTo(0.18, 12);
    // labour + supervision = paid hours × (wage + supervisor wage ÷ ratio) × (1 + on-cost), month by month
    const paid = DRIVERS.months.reduce((s, m) => s + m.paidHours, 0);
    const perHour = (RATES.hourlyWage + RATES.supervisorHourlyWage / RATES.supervisorRatio) * (1 + RATES.onCostRate);
    expect(shape.extraCost).toBeCloseTo((paid * perHour * 18) / 118, 4);
  });
});

describe('the sample plan: each scenario commits to its roster', () => {
  let plan: PlanResult;
  beforeAll(async () => { plan = await sharedPlan(); }, PLAN_TIMEOUT_MS);
  const objective = (s: PlanResult['scenarios'][number]): ServiceObjective => ({
    slTarget: s.slTarget, targetSeconds: s.targetSeconds, intervalMinutes: plan.history.intervalMinutes, patienceSeconds: plan.service.patienceSeconds,
  });

  it('committed SL, abandonment and occupancy are the call-weighted figures of the roster\'s coverage', () => {
    for (const s of plan.scenarios) {
      const e = expected(s.roster, objective(s));
      expect(s.commitment.serviceLevel).toBeCloseTo(e.serviceLevel, 7);
      expect(s.commitment.abandonRate).toBeCloseTo(e.abandonRate, 7);
      expect(s.commitment.occupancy).toBeCloseTo(e.occupancy, 7);
      expect(s.commitment.serviceLevel).toBeGreaterThanOrEqual(s.slTarget);
      expect(s.volumeRisk[1].serviceLevel).toBeCloseTo(e.serviceLevel, 7);
      expect(s.volumeRisk[2].serviceLevel).toBeCloseTo(expected(s.roster, objective(s), 1.1).serviceLevel, 7);
    }
  });
  it('the roster is the published schedule with the scenario\'s forecast', () => {
    const mid = plan.scenarios.find((s) => s.id === 'mid')!;
    expect(mid.roster.map((r) => [r.date, r.start, r.scheduled])).toEqual(plan.schedule.coverage.map((c) => [c.date, c.start, c.scheduled]));
    // the published coverage's SL per interval is the roster's, interval by interval
    mid.roster.forEach((r, i) => {
      const q = queueChain({ calls: r.calls, ahtSeconds: r.ahtSeconds, agents: onPhones(r), targetSeconds: 20, intervalMinutes: 30, patienceSeconds: plan.service.patienceSeconds });
      expect(plan.schedule.coverage[i].serviceLevel).toBeCloseTo(q.serviceLevel, 7);
    });
    const callsAt = new Map(plan.intervals.map((r) => [`${r.date} ${r.start}`, r.calls]));
    for (const s of plan.scenarios) {
      for (const r of s.roster) expect(r.calls).toBeCloseTo((callsAt.get(`${r.date} ${r.start}`) ?? 0) * s.volumeFactor, 6);
    }
    expect(mid.rosterShape.paidHours).toBe(plan.schedule.paidHours);
    expect(mid.rosterShape.requiredHours).toBe(plan.schedule.requiredHours);
  });
  it('the mid plan\'s promise is its roster\'s, above what the base requirement alone gives', () => {
    const mid = plan.scenarios.find((s) => s.id === 'mid')!;
    const base = plan.intervals.reduce((s, r) => s + r.calls * r.serviceLevel, 0) / plan.intervals.reduce((s, r) => s + r.calls, 0);
    expect(mid.commitment.serviceLevel).toBeGreaterThan(base + 0.03);
    expect(mid.commitment.occupancy).toBeLessThan(0.88);
    expect(mid.rosterShape.extraHours).toBeGreaterThan(0);
    expect(mid.targetProbability?.forecastError).toBeCloseTo(plan.forecast.backtest.find((b) => b.method === plan.forecast.method)!.wmape!, 12);
  });
});
