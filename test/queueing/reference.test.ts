/**
 * The engine against independent 50-digit references produced by
 * scripts/fixtures/queueing_reference.py (mpmath: Erlang B through the incomplete
 * gamma function, Erlang A by numerical integration and, for small cases, by the
 * birth–death chain and a matrix exponential). Regenerate with
 *   python3 scripts/fixtures/queueing_reference.py > test/fixtures/queueing-reference.json
 */
import reference from '../fixtures/queueing-reference.json';
import { agentsRequired, erlangAMetrics, erlangB, erlangCMetrics, trunksRequired } from '../../src/core/queueing';

const RELATIVE = 1e-12;

function expectRelative(actual: number, expectedText: string, tolerance = RELATIVE): void {
  const expected = Number(expectedText);
  if (expected < 1e-300) {
    expect(actual).toBeLessThan(1e-290); // beyond double range: underflows to (nearly) 0
    return;
  }
  const relative = Math.abs(actual - expected) / expected;
  if (!(relative <= tolerance)) throw new Error(`got ${actual}, expected ${expectedText} (relative error ${relative})`);
}

describe('Erlang B against the incomplete-gamma reference', () => {
  test.each(reference.erlangB)('B(N=$servers, A=$traffic)', ({ traffic, servers, blocking }) => {
    expectRelative(erlangB(traffic, servers), blocking);
  });
});

describe('Erlang C metrics against the reference', () => {
  test.each(reference.erlangC)('N=$agents, A=$traffic, t=$target', (row) => {
    const m = erlangCMetrics(row.traffic, row.agents, row.aht, row.target);
    expectRelative(m.waitProbability, row.wait);
    expectRelative(m.serviceLevel, row.sl);
    expectRelative(m.asaSeconds, row.asa);
    expectRelative(m.occupancy, row.occupancy);
  });
});

describe('Erlang A metrics against the reference', () => {
  test.each(reference.erlangA)('calls=$calls, N=$agents, patience=$patience, t=$target', (row) => {
    const m = erlangAMetrics({
      calls: row.calls, ahtSeconds: row.aht, agents: row.agents, patienceSeconds: row.patience,
      intervalMinutes: row.interval, targetSeconds: row.target,
    });
    expectRelative(m.waitProbability, row.wait);
    expectRelative(m.abandonProbability, row.abandon);
    expectRelative(m.serviceLevel === 0 ? Number.MIN_VALUE : m.serviceLevel, row.sl === '0' ? '1e-320' : row.sl);
    if (row.agents > 0) {
      expectRelative(m.asaSeconds, row.asa);
      expectRelative(m.occupancy, row.occupancy);
    }
  });
});

describe('required agents and trunks against reference searches', () => {
  test.each(reference.agentsRequired)('calls=$calls aht=$aht $slTarget/$target', (row) => {
    expect(agentsRequired({
      calls: row.calls, ahtSeconds: row.aht, slTarget: row.slTarget, targetSeconds: row.target, intervalMinutes: row.interval,
    })).toEqual({ ok: true, value: row.agents });
  });
  test.each(reference.trunks)('A=$traffic at $blocking', (row) => {
    expect(trunksRequired(row.traffic, row.blocking)).toEqual({ ok: true, value: row.trunks });
  });
});
