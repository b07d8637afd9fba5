/**
 * Several queues (data.queues): the per-call bank file (../shared/data, six
 * call types) planned "separate" and with a list, through the plan's own steps.
 * What is known without the code: the queues' history volumes add up to the
 * file's; the top-down forecasts add up to the plan's forecast in every
 * interval; pooling one team never needs more agent-hours than separate teams
 * (Erlang C's economies of scale); a chat queue's agents are ⌈servers ÷
 * concurrency⌉; and the failures name the queue or the missing column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agentsRequired } from '../../src/core/queueing';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { forecastStep } from '../../src/core/plan/steps/forecast';
import { serviceObjectiveStep } from '../../src/core/plan/steps/objective';
import { queuesStep } from '../../src/core/plan/steps/queues';
import { settingsFromData } from '../../src/core/plan/steps/settings';
import { workloadDataStep } from '../../src/core/plan/steps/workloadData';
import { renderNote } from '../../src/core/notes/render';

const BANK = join(__dirname, '..', '..', '..', 'shared', 'data', 'anonymous-bank-1999-02.tsv');
const SAMPLE_DIR = join(__dirname, '..', '..', 'examples');
const bankText = readFileSync(BANK, 'utf8');

function planQueues(queues: unknown, historyText = bankText) {
  const config = validatePlanConfig({ centre: { name: 'bank' }, costs: { currency: 'ILS' }, data: { history: 'bank', queues } });
  if (!config.ok) throw new Error(config.message);
  const data = workloadDataStep(historyText, 'bank', config.value);
  if (!data.ok) throw new Error(data.message);
  const derived = settingsFromData(config.value, data.value);
  const objective = serviceObjectiveStep(derived.config);
  const forecast = forecastStep(data.value.records, derived.config.data.intervalMinutes, { ...derived.config.forecast, openingHours: derived.openingHours });
  if (!forecast.ok) throw new Error(forecast.message);
  const intervals = forecast.value.horizon.predicted.intervals;
  return { data: data.value, intervals, result: queuesStep(data.value.queueRecords ?? [], derived.config.data.intervalMinutes, derived.config, objective, intervals) };
}

describe('the per-call file, queue by queue', () => {
  const { data, intervals, result } = planQueues('separate');

  test('"separate": one queue per call type, whose history and forecast volumes add up', () => {
    if (!result.ok) throw new Error(result.message);
    const q = result.value!;
    expect(q.queues.map((x) => x.name)).toEqual(['IN', 'NE', 'NW', 'PE', 'PS', 'TT']);
    const fileCalls = bankText.trim().split('\n').length - 1; // one row per call
    const historyCalls = q.queues.reduce((s, x) => s + x.history.totalCalls, 0);
    expect(historyCalls).toBe(data.summary.totalCalls);
    expect(historyCalls).toBeLessThanOrEqual(fileCalls); // calls ended in the VRU are not offered to agents
    for (const [i, interval] of intervals.entries()) {
      const sum = q.queues.reduce((s, x) => s + x.intervals[i].calls, 0);
      expect(Math.abs(sum - interval.calls)).toBeLessThan(1e-9 * Math.max(1, interval.calls));
    }
    for (const x of q.queues) {
      expect(x.history.ahtSeconds).toBeGreaterThan(0);
      expect(x.agentHours).toBeGreaterThan(0);
    }
  });

  test('pooled needs fewer agent-hours than separate teams, and each queue is staffed by Erlang at its own AHT', () => {
    if (!result.ok) throw new Error(result.message);
    const { comparison, queues } = result.value!;
    expect(comparison.pooledAgentHours).toBeLessThan(comparison.separateAgentHours);
    expect(comparison.savingHours).toBeCloseTo(comparison.separateAgentHours - comparison.pooledAgentHours, 9);
    const ps = queues.find((x) => x.name === 'PS')!;
    const busiest = ps.intervals.reduce((a, b) => (b.calls > a.calls ? b : a));
    const expected = agentsRequired({ calls: busiest.calls, ahtSeconds: ps.history.ahtSeconds!, slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, patienceSeconds: undefined });
    // the default model may be Erlang A with the file's patience: Erlang C's answer bounds it from above
    expect(expected.ok && busiest.agents <= expected.value).toBe(true);
    expect(busiest.agents).toBeGreaterThan(0);
  });

  test('a list: queues joining call types, a chat queue with concurrency, an own objective', () => {
    const listed = planQueues([
      { name: 'Retail', callTypes: ['PS', 'NW'] },
      { name: 'Premium', callTypes: ['PE', 'IN'], slTarget: 0.9, targetSeconds: 10 },
      { name: 'Chat', callTypes: ['TT'], channel: 'chat', concurrency: 2 },
    ]).result;
    if (!listed.ok) throw new Error(listed.message);
    const [retail, premium, chat] = listed.value!.queues;
    expect(retail.history.totalCalls).toBe(20027 + 6959);
    expect([premium.slTarget, premium.targetSeconds]).toEqual([0.9, 10]);
    expect(chat).toMatchObject({ channel: 'chat', concurrency: 2 });
    // the comparison is over the voice queues only
    expect(listed.value!.comparison.separateAgentHours).toBeCloseTo(retail.agentHours + premium.agentHours, 9);
  });
});

describe('bad input names the queue or the missing column', () => {
  test('a listed call type the history does not have', () => {
    const r = planQueues([{ name: 'Billing', callTypes: ['BL'] }]).result;
    expect(r.ok).toBe(false);
    if (r.ok || !r.note) throw new Error('expected a failure with a note');
    expect(renderNote(r.note, 'en')).toBe('data.queues: queue "Billing" takes call type "BL", which the history does not have (its call types: IN, NE, NW, PE, PS, TT)');
    expect(renderNote(r.note, 'zh-CN')).toContain('“Billing”');
  });

  test('"separate" on a history without a call-type column', () => {
    const sample = readFileSync(join(SAMPLE_DIR, 'sample-history.csv'), 'utf8');
    const r = planQueues('separate', sample).result;
    expect(r.ok).toBe(false);
    if (r.ok || !r.note) throw new Error('expected a failure with a note');
    expect(r.note.code).toBe('queues.noCallType');
  });

  test('concurrency on a voice queue, or 0 or 20 on a chat queue', () => {
    for (const queue of [{ name: 'A', concurrency: 2 }, { name: 'A', channel: 'chat', concurrency: 0 }, { name: 'A', channel: 'chat', concurrency: 20 }]) {
      const r = validatePlanConfig({ centre: { name: 'c' }, costs: { currency: 'ILS' }, data: { history: 'h', queues: [queue] } });
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.message).toMatch(/data\.queues\[0\]\.concurrency/);
    }
  });
});
