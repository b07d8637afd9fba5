/** The reference figures of the planning guide (../shared/docs/planning-guide.md, "Reference figures for tests"). */
import { agentsRequired, erlangAMetrics, erlangB, erlangCMetrics, trafficErlangs, trunksRequired } from '../../src/core/queueing';

const close = (actual: number, expected: number, digits: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.5 * 10 ** -digits);

describe('planning guide reference figures', () => {
  test('Erlang B capacity at 1% blocking', () => {
    // 10 trunks carry 4.461 E, 50 carry 37.901 E, 100 carry 84.064 E, 15 lines carry 8.108 E.
    for (const [trunks, erlangs] of [[10, 4.461], [50, 37.901], [100, 84.064], [15, 8.108]]) {
      expect(trunksRequired(erlangs, 0.01)).toEqual({ ok: true, value: trunks });
      // the carried figure is the largest load at ≤ 1%: a little more load needs more lines
      expect(erlangB(erlangs, trunks)).toBeLessThanOrEqual(0.01);
      expect(erlangB(erlangs + 0.002, trunks)).toBeGreaterThan(0.01);
    }
  });

  test('Erlang C: 100 calls / 30 min, AHT 180 s, 14 agents, 20 s', () => {
    const traffic = trafficErlangs(100, 180, 30);
    expect(traffic).toBe(10);
    const m = erlangCMetrics(traffic, 14, 180, 20);
    close(m.waitProbability, 0.1741319, 7);
    close(m.serviceLevel, 0.88835, 5);
    close(m.asaSeconds, 7.836, 3);
    close(m.occupancy, 0.7142857, 7);
  });

  test('Erlang A: same, patience 300 s', () => {
    const m = erlangAMetrics({ calls: 100, ahtSeconds: 180, agents: 14, patienceSeconds: 300, intervalMinutes: 30, targetSeconds: 20 });
    close(m.waitProbability, 0.14526, 5);
    close(m.abandonProbability, 0.013984, 6);
    close(m.serviceLevel, 0.916792, 6);
  });

  test('the brief: AGENTS_REQUIRED(2000, 210, 80%, 20) is 243', () => {
    expect(agentsRequired({ calls: 2000, ahtSeconds: 210, slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 })).toEqual({ ok: true, value: 243 });
  });
});
