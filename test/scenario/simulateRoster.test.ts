/**
 * The roster played as a simulation: a roster that exactly staffs Erlang C (or A) over a
 * long stationary day reproduces the published formula within its 95% interval; a cut in
 * staff after a busy interval shows as the worst interval; runs are reproducible.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulateRoster } from '../../src/core/scenario/simulateRoster';
import type { RosterInterval } from '../../src/core/scenario/types';
import type { ServiceObjective } from '../../src/core/staffing/types';

const reference = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'queueing-reference.json'), 'utf8'));

/** One long day of half-hours at a constant load and staff, from 06:00. */
function stationaryDay(halfHours: number, calls: number, ahtSeconds: number, scheduled: number, shrinkage = 0): RosterInterval[] {
  return Array.from({ length: halfHours }, (_, i) => {
    const m = 360 + 30 * i;
    const start = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return { date: '2026-11-02', start, calls, ahtSeconds, shrinkage, scheduled };
  });
}

describe('simulateRoster reproduces the Erlang formulas on a long stationary day', () => {
  // the plan's own seed (ROSTER_SEED): a 95% interval misses the truth one seed in twenty, so the seed is not picked per test
  it('Erlang C: 100 calls of 180 s on the 14 agents 80/20 needs (SL 0.88835, reference fixture)', () => {
    const row = reference.erlangC.find((r: any) => r.traffic === 10 && r.agents === 14 && r.aht === 180 && r.target === 20);
    const exact = Number(row.sl);
    const o: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };
    const r = simulateRoster(stationaryDay(32, 100, 180, 14), o, { replications: 30 });
    if (!r.ok) throw new Error(r.message);
    const [lo, hi] = r.value.ci95;
    expect(lo).toBeLessThanOrEqual(exact);
    expect(hi).toBeGreaterThanOrEqual(exact);
    expect(hi - lo).toBeLessThan(0.025); // ±1.2 points from 30 days of 3,200 calls
    expect(r.value.occupancy).toBeCloseTo(10 / 14, 1);
    expect(r.value.abandonRate).toBe(0);
  });
  it('Erlang A: 100 calls of 180 s, 14 agents, patience 300 s (SL 0.91679, abandonment 1.4%)', () => {
    const row = reference.erlangA.find((r: any) => r.calls === 100 && r.agents === 14 && r.patience === 300 && r.target === 20);
    const o: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, patienceSeconds: 300 };
    const r = simulateRoster(stationaryDay(32, 100, 180, 14), o, { replications: 30 });
    if (!r.ok) throw new Error(r.message);
    const [lo, hi] = r.value.ci95;
    expect(lo).toBeLessThanOrEqual(Number(row.sl));
    expect(hi).toBeGreaterThanOrEqual(Number(row.sl));
    expect(r.value.abandonRate).toBeCloseTo(Number(row.abandon), 2);
  });
  it('absence drawn from shrinkage costs SL against the same mean staff on the phones', () => {
    // 20 scheduled at 30% shrinkage: 14 on the phones on average, ±2 from interval to interval
    const o: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };
    const steady = simulateRoster(stationaryDay(32, 100, 180, 14), o, { replications: 30 });
    const drawn = simulateRoster(stationaryDay(32, 100, 180, 20, 0.3), o, { replications: 30 });
    if (!steady.ok || !drawn.ok) throw new Error('simulation failed');
    expect(drawn.value.ci95[1]).toBeLessThan(steady.value.ci95[0]);
  });
});

describe('simulateRoster: the queue carried across intervals', () => {
  // a busy half-hour run short (queue builds), then staff cut to what Erlang says is plenty for the next
  const o: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, patienceSeconds: 180 };
  const roster: RosterInterval[] = [
    { date: '2026-11-02', start: '09:00', calls: 200, ahtSeconds: 180, shrinkage: 0, scheduled: 20 },
    { date: '2026-11-02', start: '09:30', calls: 100, ahtSeconds: 180, shrinkage: 0, scheduled: 14 },
    { date: '2026-11-02', start: '10:00', calls: 100, ahtSeconds: 180, shrinkage: 0, scheduled: 14 },
    { date: '2026-11-02', start: '10:30', calls: 100, ahtSeconds: 180, shrinkage: 0, scheduled: 14 },
  ];
  it('the interval after the busy one loses most to the carried queue', () => {
    const r = simulateRoster(roster, o, { replications: 40, seed: 3 });
    if (!r.ok) throw new Error(r.message);
    const first = r.value.worstIntervals[0];
    expect(first.start).toBe('09:30');
    expect(first.simulatedServiceLevel).toBeLessThan(first.erlangServiceLevel - 0.05);
    expect(r.value.intervalsBelowTarget.intervals).toBe(4);
  });
  it('is reproducible by seed, and another seed gives other draws', () => {
    const a = simulateRoster(roster, o, { replications: 5, seed: 11 });
    const b = simulateRoster(roster, o, { replications: 5, seed: 11 });
    const c = simulateRoster(roster, o, { replications: 5, seed: 12 });
    expect(a).toEqual(b);
    expect(c.ok && a.ok && c.value.serviceLevel !== a.value.serviceLevel).toBe(true);
  });
  it('says what is wrong with the replications or an empty roster', () => {
    expect(simulateRoster(roster, o, { replications: 1 })).toMatchObject({ ok: false, message: expect.stringContaining('replications') });
    expect(simulateRoster([], o)).toMatchObject({ ok: false });
  });
});

describe('simulateRoster with skill routing (schedule.teams "skills")', () => {
  const o: ServiceObjective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };
  /** Two groups of 7 rostered over a long day; each queue 50 calls of 180 s an interval. */
  const roster = (['g1', 'g2'] as const).flatMap((team) => stationaryDay(32, 50, 180, 7).map((r) => ({ ...r, team })));
  const queue = (name: string) => ({ name, intervals: stationaryDay(32, 50, 180, 0), slTarget: 0.8, targetSeconds: 20 });

  it('two groups that both take both queues, longest waiting first, are one pool: Erlang C of 100 calls on 14 agents (SL 0.88835)', () => {
    const row = reference.erlangC.find((r: any) => r.traffic === 10 && r.agents === 14 && r.aht === 180 && r.target === 20);
    const routing = { queues: [queue('a'), queue('b')], groups: [{ name: 'g1', skills: ['a', 'b'], selection: 'longestWaiting' as const }, { name: 'g2', skills: ['b', 'a'], selection: 'longestWaiting' as const }] };
    const r = simulateRoster(roster, o, { replications: 30, routing });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.ci95[0]).toBeLessThanOrEqual(Number(row.sl));
    expect(r.value.ci95[1]).toBeGreaterThanOrEqual(Number(row.sl));
  });

  it('one skill each is two separate teams: Erlang C of 50 calls on 7 agents, by the formula', () => {
    // A = 5 Erlangs, N = 7: C = (A^N/N!)(N/(N−A)) / (Σ_{k<N} A^k/k! + (A^N/N!)(N/(N−A)))
    const a = 5;
    const n = 7;
    let term = 1;
    let sum = 0;
    for (let k = 0; k < n; k++) { sum += term; term *= a / (k + 1); }
    const top = term * (n / (n - a));
    const exact = 1 - (top / (sum + top)) * Math.exp((-(n - a) * 20) / 180);
    const routing = { queues: [queue('a'), queue('b')], groups: [{ name: 'g1', skills: ['a'] }, { name: 'g2', skills: ['b'] }] };
    const r = simulateRoster(roster, o, { replications: 30, routing });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.ci95[0]).toBeLessThanOrEqual(exact);
    expect(r.value.ci95[1]).toBeGreaterThanOrEqual(exact);
    // the same roster without routing: each group its own centre on its rows' calls, the same model
    const apart = simulateRoster(roster, o, { replications: 30 });
    if (!apart.ok) throw new Error(apart.message);
    expect(apart.value.ci95[0]).toBeLessThanOrEqual(exact);
    expect(apart.value.ci95[1]).toBeGreaterThanOrEqual(exact);
  });
});
