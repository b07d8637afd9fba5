/**
 * The one choice of queueing model. Erlang C reference: A = 10 Erlangs, N = 14 gives
 * P(wait) = 0.17411 (Erlang C tables, e.g. Cooper, Introduction to Queueing Theory,
 * 2nd ed., table of C(N, A)); SL = 1 − C·e^{−(N−A)·20/180}, ASA = C·180/(N−A).
 */
import { erlangAMetrics } from '../../src/core/queueing/erlangA';
import { queueMetrics, queueModel } from '../../src/core/staffing/queueMetrics';

const objective = { targetSeconds: 20, intervalMinutes: 30 };

test('no patience: Erlang C, nobody abandons', () => {
  const m = queueMetrics(100, 180, 14, objective);
  const c = 0.17411;
  expect(queueModel(undefined)).toBe('Erlang C');
  expect(m.traffic).toBeCloseTo(10, 12);
  expect(m.serviceLevel).toBeCloseTo(1 - c * Math.exp((-4 * 20) / 180), 4);
  expect(m.asaSeconds).toBeCloseTo((c * 180) / 4, 2);
  expect(m.abandonRate).toBe(0);
  expect(m.occupancy).toBeCloseTo(10 / 14, 12);
});

test('an unstable Erlang C queue: SL 0, occupancy 1, ASA null (never Infinity)', () => {
  expect(queueMetrics(100, 180, 10, objective)).toEqual({ traffic: 10, serviceLevel: 0, asaSeconds: null, abandonRate: 0, occupancy: 1 });
});

test('a patience: Erlang A, with abandonment, also when agents ≤ traffic', () => {
  expect(queueModel(120)).toBe('Erlang A');
  for (const agents of [8, 10, 14]) {
    const m = queueMetrics(100, 180, agents, { ...objective, patienceSeconds: 120 });
    const a = erlangAMetrics({ calls: 100, ahtSeconds: 180, agents, patienceSeconds: 120, intervalMinutes: 30, targetSeconds: 20 });
    expect(m).toEqual({ traffic: 10, serviceLevel: a.serviceLevel, asaSeconds: a.asaSeconds, abandonRate: a.abandonProbability, occupancy: a.occupancy });
    expect(m.abandonRate).toBeGreaterThan(0);
    expect(m.asaSeconds).not.toBeNull();
  }
});
