/** @jest-environment jsdom */
/**
 * Step 2's e-mail queues and skill groups, on a plan whose queues are already
 * listed (no history to import): the e-mail channel with its response window
 * (the core's bound and its "e-mail only" rule beside the field), the
 * skill-groups editor stored as data.skills (queues in order, the selection
 * rule, a queue the plan lacks named), shown only beside several queues; in
 * English and Chinese. Step 9: the skill groups' agent-hours beside separate
 * and pooled, each queue's simulated SL against its target, the e-mail backlog.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { PlanResult } from '../../src/core/plan/planResult';
import type { Result } from '../../src/core/result';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { newDraft, type PlanDraft } from '../../src/taskpane/state/planDraft';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { makeSkillsEmailPlanResult } from '../report/fixtures/queues';
import { fileOf } from '../support/files';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

/** A plan listing two voice queues and an e-mail queue. */
function listed(): PlanDraft {
  const d = newDraft();
  return { ...d, data: { ...d.data, queues: [{ name: 'Billing', channel: 'voice' }, { name: 'Repairs', channel: 'voice' }, { name: 'Mail', channel: 'email', responseHours: 24 }] } };
}

function mount(language: 'en-US' | 'zh-CN', draft: PlanDraft, step = 1) {
  const settles: ((r: Result<PlanResult>) => void)[] = [];
  const runner: PlanRunner = { run: () => ({ outcome: new Promise<Result<PlanResult>>((ok) => settles.push(ok)), cancel: () => undefined }) };
  const storage = memoryPlanStorage({ draft, step });
  render(<App host={{ kind: 'preview', dark: false, language }} storage={storage} runner={runner} i18n={createI18n(language)} />);
  return { storage, settles };
}
const data = (storage: ReturnType<typeof memoryPlanStorage>) => storage.saved?.draft?.data as { queues?: unknown; skills?: unknown };

afterEach(cleanup);

test('an e-mail queue: its window beside the channel, no SL fields; back to voice drops the window', () => {
  const { storage } = mount('en-US', listed());
  const mail = screen.getByRole('group', { name: 'Queue 3: Mail' });
  expect((within(mail).getByRole('radio', { name: 'E-mail' }) as HTMLInputElement).checked).toBe(true);
  expect(within(mail).queryByRole('textbox', { name: 'Service level target' })).toBeNull();
  const window = within(mail).getByRole('textbox', { name: 'Answer every e-mail within' }) as HTMLInputElement;
  expect(window.value).toBe('24');
  fireEvent.change(window, { target: { value: '200' } });
  expect(within(mail).getByText('must be at most 168 (got 200)')).toBeTruthy();
  fireEvent.change(window, { target: { value: '8' } });
  expect((data(storage).queues as unknown[])[2]).toEqual({ name: 'Mail', channel: 'email', responseHours: 8 });
  fireEvent.click(within(mail).getByRole('radio', { name: 'Voice' }));
  expect((data(storage).queues as unknown[])[2]).toEqual({ name: 'Mail', channel: 'voice' });
  const billing = screen.getByRole('group', { name: 'Queue 1: Billing' });
  fireEvent.click(within(billing).getByRole('radio', { name: 'E-mail' }));
  expect((data(storage).queues as unknown[])[0]).toEqual({ name: 'Billing', channel: 'email', responseHours: 24 });
});

test('skill groups: the first offers every voice queue, order and selection stored, an unknown or unserved queue named', () => {
  const { storage } = mount('en-US', listed());
  expect(screen.queryByRole('group', { name: /^Skill group 1/ })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Add a skill group' }));
  const first = screen.getByRole('group', { name: /^Skill group 1/ });
  expect(within(first).getByText('Separate them with commas. Voice queues: Billing, Repairs.')).toBeTruthy();
  fireEvent.change(within(first).getByRole('textbox', { name: /^Group name/ }), { target: { value: 'Blended' } });
  const served = within(first).getByRole('textbox', { name: /^Queues it serves/ });
  fireEvent.change(served, { target: { value: 'Repairs, Billing' } });
  fireEvent.blur(served);
  fireEvent.click(within(first).getByRole('radio', { name: 'the longest-waiting caller of all its queues' }));
  expect(data(storage).skills).toEqual([{ group: 'Blended', queues: ['Repairs', 'Billing'], selection: 'longestWaiting' }]);
  fireEvent.change(served, { target: { value: 'Repairs, Mail' } });
  fireEvent.blur(served);
  expect(within(first).getByRole('alert').textContent).toBe('not a voice queue of the plan: Mail (voice queues: Billing, Repairs)');
  expect(screen.getByText('Voice queues no group serves: Billing.')).toBeTruthy();
  // back to one queue: no skill groups left in the plan (the core refuses them there)
  fireEvent.click(screen.getByRole('radio', { name: 'All calls as one queue' }));
  expect(data(storage).skills).toBeUndefined();
  expect(screen.queryByRole('button', { name: 'Add a skill group' })).toBeNull();
});

test('zh-CN: e-mail channel, window, skill-group fields and the schema’s e-mail-only rule in Chinese', () => {
  const d = listed();
  // a window left on a voice queue (a hand-edited plan): the schema refuses it, worded in Chinese beside the queue
  const draft = { ...d, data: { ...d.data, queues: [{ name: 'Billing', channel: 'voice', responseHours: 4 }, { name: 'Mail', channel: 'email', responseHours: 24 }] } };
  mount('zh-CN', draft as PlanDraft);
  const billing = screen.getByRole('group', { name: '队列 1：Billing' });
  expect(within(billing).getByRole('alert').textContent).toBe('回复时限只适用于邮件队列（渠道为“电子邮件”）（输入为 4）');
  const mail = screen.getByRole('group', { name: '队列 2：Mail' });
  expect((within(mail).getByRole('radio', { name: '电子邮件' }) as HTMLInputElement).checked).toBe(true);
  fireEvent.change(within(mail).getByRole('textbox', { name: '每封邮件的回复时限' }), { target: { value: '0' } });
  expect(within(mail).getByText('必须大于 0（输入为 0）')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '添加技能组' }));
  const group = screen.getByRole('group', { name: /^技能组 1/ });
  // a new group's name is still to be given: said beside the field until it is
  expect(within(group).getByText('不能为空')).toBeTruthy();
  fireEvent.change(within(group).getByRole('textbox', { name: /^技能组名称/ }), { target: { value: '混合组' } });
  expect(within(group).queryByText('不能为空')).toBeNull();
  expect(within(group).getByRole('radio', { name: '列表中第一个有来电等待的队列' })).toBeTruthy();
});

test('step 9: skill groups beside separate and pooled, each queue’s simulated SL against its target, the e-mail backlog', async () => {
  const d = newDraft();
  const { settles } = mount('en-US', { ...d, data: { ...d.data, queues: 'separate' } });
  // the sample's first 100 intervals, each as two queues' rows (a "queue" column)
  const [header, ...rows] = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8').trim().split('\n').slice(0, 101);
  const queued = [`${header},queue`, ...rows.flatMap((r) => [`${r},Billing`, `${r},Repairs`])].join('\n');
  await act(async () => { fireEvent.change(screen.getByLabelText('History file'), { target: { files: [fileOf(queued, 'queued.csv')] } }); });
  fireEvent.click(within(screen.getAllByRole('navigation')[0]).getAllByRole('button')[8]);
  fireEvent.click(screen.getByRole('button', { name: 'Solve the plan' }));
  const result = makeSkillsEmailPlanResult();
  await act(async () => settles[0]({ ok: true, value: result }));
  const comparison = within(screen.getByRole('table', { name: 'Separate teams or one pooled team (voice queues)' })).getAllByRole('row');
  expect(within(comparison[4]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Skill groups (simulated)', '30.5 hr']);
  const skills = within(screen.getByRole('table', { name: 'Service per voice queue with the skill groups (simulated)' })).getAllByRole('row');
  // Billing 83% (81–85%) against 80%: the whole interval above; =Sales 92% without an interval against 90%: the mean above
  expect(within(skills[1]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Billing', '80/20', '83% (81%–85%)', 'Yes']);
  expect(within(skills[2]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['=Sales', '90/10', '92%', 'Yes']);
  const email = within(screen.getByRole('table', { name: 'E-mail queues' })).getAllByRole('row');
  // 12 of 15 work hours in idle time (80%), 3 extra; the larger close backlog of the two days is 12
  expect(within(email[1]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Email', '24 hr', '150', '12 hr (80%)', '3 hr', '12', '18.5 hr']);
});
