/** @jest-environment jsdom */
/**
 * Several queues in the wizard: step 2's Queues field (all calls as one queue
 * by default with nothing else to fill in; one queue per call type; a list
 * offering the imported history's call types, with chat concurrency), the
 * core's messages beside the fields in English and Chinese, and step 9's
 * per-queue result with the voice queues separate against pooled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { PlanResult } from '../../src/core/plan/planResult';
import type { Result } from '../../src/core/result';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { makePlanResult } from '../report/fixtures/planResult';
import { makeQueuesPlanResult } from '../report/fixtures/queues';
import { fileOf } from '../support/files';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');
/** The sample's first 200 intervals, each as two queues' rows (a "queue" column: Billing and Repairs). */
const QUEUED = (() => {
  const [header, ...rows] = SAMPLE.trim().split('\n').slice(0, 201);
  return [`${header},queue`, ...rows.flatMap((r) => [`${r},Billing`, `${r},Repairs`])].join('\n');
})();

function setup(language: 'en-US' | 'zh-CN' = 'en-US') {
  const settles: ((r: Result<PlanResult>) => void)[] = [];
  const runner: PlanRunner = { run: () => ({ outcome: new Promise<Result<PlanResult>>((ok) => settles.push(ok)), cancel: () => undefined }) };
  const storage = memoryPlanStorage();
  render(<App host={{ kind: 'preview', dark: false, language }} storage={storage} runner={runner} i18n={createI18n(language)} />);
  return { settles, storage };
}
const goTo = (n: number) => fireEvent.click(within(screen.getAllByRole('navigation')[0]).getAllByRole('button')[n - 1]);
const importHistory = async (text: string, name: string) => {
  goTo(2);
  const input = screen.getByLabelText(/^(History file|历史数据文件)$/);
  await act(async () => { fireEvent.change(input, { target: { files: [fileOf(text, name)] } }); });
};
const queuesField = () => screen.getByRole('radiogroup', { name: /^(Queues|队列)/ });
const savedQueues = (storage: ReturnType<typeof setup>['storage']) => storage.saved?.draft?.data?.queues as unknown;

afterEach(cleanup);

test('one queue is the default: "All calls as one queue" chosen, nothing else to fill in, nothing in the draft', async () => {
  const { storage } = setup();
  await importHistory(QUEUED, 'queued.csv');
  const all = within(queuesField()).getByRole('radio', { name: 'All calls as one queue' }) as HTMLInputElement;
  expect(all.checked).toBe(true);
  expect(screen.queryByRole('group', { name: /^Queue 1/ })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Add a queue' })).toBeNull();
  expect(savedQueues(storage)).toBeUndefined();
});

test('a list of the history’s call types: a chat queue with its concurrency, the core’s bound beside the field, stored in data.queues', async () => {
  const { storage } = setup();
  await importHistory(QUEUED, 'queued.csv');
  fireEvent.click(within(queuesField()).getByRole('radio', { name: /^Queues I define/ }));
  expect(screen.getByText('Call types in the history: Billing, Repairs.')).toBeTruthy();
  const repairs = screen.getByRole('group', { name: 'Queue 2: Repairs' });
  expect((within(repairs).getByRole('checkbox', { name: 'Repairs' }) as HTMLInputElement).checked).toBe(true);
  expect((within(repairs).getByRole('checkbox', { name: 'Billing' }) as HTMLInputElement).checked).toBe(false);
  fireEvent.click(within(repairs).getByRole('radio', { name: 'Chat' }));
  const concurrency = within(repairs).getByRole('textbox', { name: 'Chats an agent handles at once' }) as HTMLInputElement;
  expect(concurrency.value).toBe('2');
  fireEvent.change(concurrency, { target: { value: '20' } });
  expect(within(repairs).getByText('must be at most 10 (got 20)')).toBeTruthy();
  fireEvent.change(concurrency, { target: { value: '3' } });
  expect(within(repairs).queryByText(/must be at most 10/)).toBeNull();
  const billing = screen.getByRole('group', { name: 'Queue 1: Billing' });
  fireEvent.change(within(billing).getByRole('textbox', { name: 'Service level target' }), { target: { value: '90' } });
  fireEvent.click(within(billing).getByRole('checkbox', { name: 'Repairs' }));
  expect(savedQueues(storage)).toEqual([
    { name: 'Billing', callTypes: ['Billing', 'Repairs'], channel: 'voice', slTarget: 0.9 },
    { name: 'Repairs', callTypes: ['Repairs'], channel: 'chat', concurrency: 3 },
  ]);
  // back to voice: the concurrency goes with the chat channel (the core refuses it on a voice queue)
  fireEvent.click(within(repairs).getByRole('radio', { name: 'Voice' }));
  expect((savedQueues(storage) as { concurrency?: number }[])[1]).toEqual({ name: 'Repairs', callTypes: ['Repairs'], channel: 'voice' });
  fireEvent.click(within(screen.getByRole('group', { name: 'Queue 1: Billing' })).getByRole('button', { name: 'Remove queue 1' }));
  fireEvent.click(screen.getByRole('button', { name: 'Remove queue 1' }));
  expect(savedQueues(storage)).toBeUndefined(); // the last queue removed: one queue again
  expect((within(queuesField()).getByRole('radio', { name: 'All calls as one queue' }) as HTMLInputElement).checked).toBe(true);
});

test('zh-CN: the field and the core’s messages in Chinese; a call type the history lacks is named', async () => {
  setup('zh-CN');
  await importHistory(QUEUED, 'queued.csv');
  expect(within(queuesField()).getByRole('radio', { name: '所有来电作为一个队列' })).toBeTruthy();
  fireEvent.click(within(queuesField()).getByRole('radio', { name: /^自定义队列/ }));
  const first = screen.getByRole('group', { name: '队列 1：Billing' });
  fireEvent.change(within(first).getByRole('textbox', { name: /^名称/ }), { target: { value: '' } });
  expect(within(first).getByText('为必填项（文本）')).toBeTruthy();
  fireEvent.change(within(first).getByRole('textbox', { name: /^名称/ }), { target: { value: 'Sales' } });
  fireEvent.click(within(first).getByRole('checkbox', { name: 'Billing' })); // none ticked: the call type named like the queue, which the history lacks
  expect(within(first).getByText('历史数据中没有：Sales（历史数据的来电类型：Billing, Repairs）')).toBeTruthy();
  const second = screen.getByRole('group', { name: '队列 2：Repairs' });
  fireEvent.click(within(second).getByRole('radio', { name: '在线聊天' }));
  fireEvent.change(within(second).getByRole('textbox', { name: '每位坐席同时处理的会话数' }), { target: { value: '0' } });
  expect(within(second).getByText('不能小于 1（输入为 0）')).toBeTruthy();
});

test('"one queue per call type" on a history without a call-type column says so beside the field', async () => {
  setup();
  await importHistory(SAMPLE, 'sample-history.csv');
  fireEvent.click(within(queuesField()).getByRole('radio', { name: 'One queue per call type in the history' }));
  expect(screen.getByText(/^The history has no call-type \(queue\) column/)).toBeTruthy();
});

test('step 9 after a run: each queue and the voice queues separate against pooled; a one-queue result shows neither', async () => {
  const { settles } = setup();
  await importHistory(QUEUED, 'queued.csv');
  goTo(9);
  fireEvent.click(screen.getByRole('button', { name: 'Solve the plan' }));
  const result = makeQueuesPlanResult();
  await act(async () => settles[0]({ ok: true, value: result }));
  const table = screen.getByRole('table', { name: 'Queues' });
  const rows = within(table).getAllByRole('row');
  expect(within(rows[0]).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Queue', 'Channel', 'Objective', 'History calls', 'History AHT', 'Forecast calls', 'Agent-hours', 'Peak agents']);
  const cells = (i: number) => within(rows[i]).getAllByRole('cell').map((c) => c.textContent);
  expect(cells(2).slice(0, 5)).toEqual(['=Sales', 'Voice', '90/10', '192,000', '—']);
  expect(cells(3).slice(0, 2)).toEqual(['Chat', 'Chat (2 at once)']);
  const { separateAgentHours, pooledAgentHours, savingShare } = result.queues!.comparison;
  const comparison = within(screen.getByRole('table', { name: 'Separate teams or one pooled team (voice queues)' })).getAllByRole('row');
  expect(comparison.slice(1).map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['Separate teams', 'One pooled team', 'Saving']);
  expect(within(comparison[1]).getAllByRole('cell')[1].textContent).toMatch(new RegExp(`^${separateAgentHours.toFixed(1)}`));
  expect(within(comparison[2]).getAllByRole('cell')[1].textContent).toMatch(new RegExp(`^${pooledAgentHours.toFixed(1)}`));
  expect(within(comparison[3]).getAllByRole('cell')[1].textContent).toMatch(new RegExp(`^3(\\.0)?.*\\(${(savingShare * 100).toFixed(1)}%\\)$`));

  fireEvent.click(screen.getByRole('button', { name: 'Solve the plan' }));
  await act(async () => settles[1]({ ok: true, value: makePlanResult() }));
  expect(screen.queryByRole('table', { name: 'Queues' })).toBeNull();
});

test('step 7: the teams to schedule appear with several queues only, the default marked, the choice stored in schedule.teams', async () => {
  const { storage } = setup();
  await importHistory(QUEUED, 'queued.csv');
  goTo(7);
  expect(screen.queryByRole('radiogroup', { name: /^Teams to schedule/ })).toBeNull(); // one queue: one team, nothing to choose
  goTo(2);
  fireEvent.click(within(queuesField()).getByRole('radio', { name: /^One queue per call type/ }));
  goTo(7);
  const teams = screen.getByRole('radiogroup', { name: /^Teams to schedule/ });
  const pooled = within(teams).getByRole('radio', { name: 'One team for every queue (cross-trained) (default)' }) as HTMLInputElement;
  expect(pooled.checked).toBe(true);
  fireEvent.click(within(teams).getByRole('radio', { name: 'A team for each queue' }));
  expect(storage.saved?.draft?.schedule?.teams).toBe('separate');
});
