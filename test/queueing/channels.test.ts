/**
 * The channel functions (functions.md, "Channels and targets beyond SL"):
 * AGENTS_ASA, CHAT_AGENTS, AGENTS_REQUIRED's max_abandon and BACKLOG_AGENTS,
 * against independent references from scripts/fixtures/channel_reference.py
 * (mpmath at 50 digits searched one agent at a time; an item-by-item backlog
 * simulation), against the discrete-event simulator, and their messages for
 * bad input in both languages. Regenerate the fixture with
 *   python3 scripts/fixtures/channel_reference.py > test/fixtures/channel-reference.json
 */
import reference from '../fixtures/channel-reference.json';
import { agentsRequired, erlangCMetrics } from '../../src/core/queueing';
import { agentsForAsa } from '../../src/core/queueing/agentsForAsa';
import { chatAgents } from '../../src/core/queueing/chatAgents';
import { backlogAgents } from '../../src/core/staffing/backlogAgents';
import { type CentreModel, simulateCentre } from '../../src/core/simulation';
import { evaluateByName } from '../../src/functions/evaluate';
import { messagesFor } from '../../src/functions/messagesFor';
import type { CellResult } from '../../src/functions/cellError';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const patienceOf = (p: number | null) => (p === null ? undefined : p);

describe('against the independent reference', () => {
  test.each(reference.agentsAsa)('AGENTS_ASA: $calls calls, AHT $aht s, ASA ≤ $asaTarget s, patience $patience', (row) => {
    expect(value(agentsForAsa({
      calls: row.calls, ahtSeconds: row.aht, asaTargetSeconds: row.asaTarget, intervalMinutes: row.interval, patienceSeconds: patienceOf(row.patience),
    }))).toBe(row.agents);
  });

  test.each(reference.chatAgents)('CHAT_AGENTS: $chats chats, AHT $aht s, concurrency $concurrency, patience $patience', (row) => {
    expect(value(chatAgents({
      calls: row.chats, ahtSeconds: row.aht, slTarget: row.slTarget, targetSeconds: row.target, intervalMinutes: row.interval,
      patienceSeconds: patienceOf(row.patience),
    }, row.concurrency))).toBe(row.agents);
  });

  test.each(reference.agentsAbandon)('AGENTS_REQUIRED with max_abandon $maxAbandon: $calls calls, patience $patience s', (row) => {
    expect(value(agentsRequired({
      calls: row.calls, ahtSeconds: row.aht, slTarget: row.slTarget, targetSeconds: row.target, intervalMinutes: row.interval,
      patienceSeconds: row.patience, maxAbandon: row.maxAbandon,
    }))).toBe(row.agents);
  });

  test.each(reference.backlogAgents)('BACKLOG_AGENTS: $itemsPerDay items, AHT $aht s, within $responseHours h, open $openHours h', (row) => {
    const r = backlogAgents({ itemsPerDay: row.itemsPerDay, ahtSeconds: row.aht, responseHours: row.responseHours, openHours: row.openHours });
    if (row.agents === null) {
      expect(r.ok).toBe(false);
      return;
    }
    // the unrounded answer is the workload, and the simulation's whole agents are its ceiling
    expect(value(r)).toBeCloseTo(row.workload, 12);
    expect(Math.ceil(value(r) - 1e-9)).toBe(row.agents);
  });

  test('concurrency 1 is exactly AGENTS_REQUIRED, and an abandonment cap never lowers the answer', () => {
    for (const calls of [1, 10, 100, 1000, 5000]) {
      for (const aht of [60, 240, 900]) {
        const q = { calls, ahtSeconds: aht, slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };
        expect(value(chatAgents(q, 1))).toBe(value(agentsRequired(q)));
        const withPatience = { ...q, patienceSeconds: 120 };
        expect(value(agentsRequired({ ...withPatience, maxAbandon: 0.03 }))).toBeGreaterThanOrEqual(value(agentsRequired(withPatience)));
      }
    }
  });
});

describe('against the discrete-event simulator', () => {
  const INTERVALS = 48;
  const constant = (x: number) => Array(INTERVALS).fill(x);
  const simulate = (calls: number, aht: number, servers: number, target: number, patience?: number) => {
    const model: CentreModel = {
      intervalMinutes: 30,
      queues: [{ name: 'q', callsPerInterval: constant(calls), ahtSeconds: aht, targetSeconds: target, patienceSeconds: patience }],
      groups: [{ name: 'g', skills: ['q'], agentsPerInterval: constant(servers) }],
    };
    return value(simulateCentre(model, { replications: 20, seed: 7, warmupMinutes: 120 })).queues[0];
  };

  test('AGENTS_ASA: the answer meets the ASA target in simulation, one agent fewer does not', () => {
    const n = value(agentsForAsa({ calls: 100, ahtSeconds: 180, asaTargetSeconds: 10, intervalMinutes: 30 }));
    expect(n).toBe(14);
    expect(simulate(100, 180, n, 20).asaSeconds!.ci95![1]).toBeLessThan(10);
    expect(simulate(100, 180, n - 1, 20).asaSeconds!.ci95![0]).toBeGreaterThan(10);
  });

  test('CHAT_AGENTS: the simulated SL of agents × concurrency servers is the model\'s, on both sides of the target', () => {
    const n = value(chatAgents({ calls: 300, ahtSeconds: 600, slTarget: 0.8, targetSeconds: 60, intervalMinutes: 30 }, 3));
    expect(n).toBe(36);
    for (const agents of [n, n - 1]) {
      const exact = erlangCMetrics(100, agents * 3, 600, 60).serviceLevel;
      const [lo, hi] = simulate(300, 600, agents * 3, 60).serviceLevel!.ci95!;
      expect({ agents, exact, inside: exact >= lo && exact <= hi }).toEqual({ agents, exact, inside: true });
      expect(exact >= 0.8).toBe(agents === n);
    }
  });

  test('max_abandon: the answer keeps simulated abandonment within the cap', () => {
    const n = value(agentsRequired({ calls: 100, ahtSeconds: 180, slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, patienceSeconds: 300, maxAbandon: 0.005 }));
    expect(n).toBe(16);
    expect(simulate(100, 180, n, 20, 300).abandonRate!.ci95![1]).toBeLessThan(0.005 + 0.002);
    expect(simulate(100, 180, 12, 20, 300).abandonRate!.ci95![0]).toBeGreaterThan(0.005);
  });

  test('Erlang C agrees with the simulation at the AGENTS_ASA answer (sanity of the comparison)', () => {
    const exact = erlangCMetrics(10, 14, 180, 20).asaSeconds;
    const [lo, hi] = simulate(100, 180, 14, 20).asaSeconds!.ci95!;
    expect(exact).toBeGreaterThanOrEqual(lo);
    expect(exact).toBeLessThanOrEqual(hi);
  });
});

describe('cells: values, defaults and messages in both languages', () => {
  const en = (name: string, ...args: unknown[]): CellResult => evaluateByName(name, args as never)[0][0];
  const zh = (name: string, ...args: unknown[]): CellResult => evaluateByName(name, args as never, messagesFor('zh-CN'))[0][0];

  test('values through the cell path, percent rule and defaults', () => {
    expect(en('AGENTS_ASA', 100, 180, 10)).toBe(14);
    expect(en('AGENTS_ASA', 0, 180, 10)).toBe(0);
    expect(en('CHAT_AGENTS', 100, 180, '80%' as never, 20, 2)).toMatchObject({ error: '#VALUE!' }); // text is not a number
    expect(en('CHAT_AGENTS', 100, 180, 80, 20, 2)).toBe(7);
    expect(en('AGENTS_REQUIRED', 100, 180, 0.8, 20, null, null, 300, 0.005)).toBe(16); // 0.5% abandonment
    expect(en('AGENTS_REQUIRED', 100, 180, 0.8, 20, null, null, 300, 5)).toBe(13); // 5 read as 5%
    expect(en('BACKLOG_AGENTS', 480, 300, 24)).toBe(5); // open 8 h by default
    expect(en('BACKLOG_AGENTS', 480, 300, 24, 24)).toBeCloseTo(5 / 3, 12);
  });

  test('concurrency 0 or 20, a window shorter than the handle time, max_abandon without patience', () => {
    expect(en('CHAT_AGENTS', 100, 180, 0.8, 20, 0)).toEqual({ error: '#VALUE!', message: 'concurrency must be 1 or more (got 0)' });
    expect(en('CHAT_AGENTS', 100, 180, 0.8, 20, 20)).toEqual({ error: '#VALUE!', message: 'concurrency must be at most 10 (got 20)' });
    expect(en('CHAT_AGENTS', 100, 180, 0.8, 20, 2.5)).toEqual({ error: '#VALUE!', message: 'concurrency must be a whole number (got 2.5)' });
    expect(zh('CHAT_AGENTS', 100, 180, 0.8, 20, 20)).toEqual({ error: '#VALUE!', message: 'concurrency 不能超过 10（实际为 20）' });
    const window = en('BACKLOG_AGENTS', 240, 600, 0.1, 24) as { error: string; message: string };
    expect(window.error).toBe('#N/A');
    expect(window.message).toContain('response_hours 0.1');
    expect(window.message).toContain('0.1667 h');
    expect((zh('BACKLOG_AGENTS', 480, 300, 4) as { message: string }).message).toContain('16.08 小时');
    expect(en('BACKLOG_AGENTS', 480, 300, 0)).toEqual({ error: '#VALUE!', message: 'response_hours must be greater than 0 hours (got 0)' });
    expect(en('BACKLOG_AGENTS', 480, 300, 24, 25)).toEqual({ error: '#VALUE!', message: 'open_hours must be at most 24 hours (got 25)' });
    expect(en('AGENTS_REQUIRED', 100, 180, 0.8, 20, null, null, null, 0.05)).toEqual({
      error: '#VALUE!', message: 'max_abandon needs patience (abandonment is modelled by Erlang A)',
    });
    expect(zh('AGENTS_REQUIRED', 100, 180, 0.8, 20, null, null, null, 0.05)).toMatchObject({ error: '#VALUE!' });
    expect(en('AGENTS_ASA', 100, 180, 0)).toEqual({ error: '#VALUE!', message: 'asa_target must be 0.001 or more seconds (got 0)' });
  });
});
