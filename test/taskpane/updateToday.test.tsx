/** @jest-environment jsdom */
/**
 * Issue 16 item 3 in step 3: "Update today" revises the rest of the day from
 * a file of today's actuals so far (read like step 2's history, added to the
 * history already loaded), from a clock time; the table shows the calls, and
 * with a solved plan the agents needed, scheduled and the gap; bad files and
 * times are worded in the pane's language, naming the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { PlanResult } from '../../src/core/plan/planResult';
import type { Result } from '../../src/core/result';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { fileOf } from '../support/files';
import { PLAN_TIMEOUT_MS, sharedPlan } from '../support/sharedPlans';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');
const HEADER = SAMPLE.split('\n', 1)[0];
/** Monday 2026-11-02 (the sample plan's first day) from 08:00 to 11:30: 15% more calls than the plan's forecast. */
const todayFile = (p: PlanResult) => [HEADER, ...p.intervals.filter((r) => r.date === '2026-11-02' && r.start < '12:00' && !r.closed).map((r) => {
  const n = Math.round(r.calls * 1.15);
  return ['2026-11-02', r.start, n, n, 0, Math.round(0.8 * n), 0, n * 260, n * 50].join(',');
})].join('\n');
let TODAY = '';

function fakeRunner() {
  const runs: { settle(r: Result<PlanResult>): void }[] = [];
  const runner: PlanRunner = {
    run() {
      let settle: (r: Result<PlanResult>) => void = () => undefined;
      const outcome = new Promise<Result<PlanResult>>((ok) => (settle = ok));
      runs.push({ settle });
      return { outcome, cancel: () => undefined };
    },
  };
  return { runner, runs };
}

const mount = (language: string, runner: PlanRunner = fakeRunner().runner) =>
  render(<App host={{ kind: 'preview', dark: false, language }} storage={memoryPlanStorage()} runner={runner} i18n={createI18n(language)} />);
const nav = () => screen.getAllByRole('navigation')[0];
/** Clicks "Update today" and waits for the engine, which the pane loads on first use. */
const update = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
};
const goTo = (n: number) => fireEvent.click(within(nav()).getAllByRole('button')[n - 1]);

async function importSample() {
  goTo(2);
  await act(async () => { fireEvent.change(screen.getByLabelText(/^(History file|历史数据文件)$/), { target: { files: [fileOf(SAMPLE, 'sample-history.csv')] } }); });
  await screen.findAllByText(/6,880/);
}

async function giveToday(label: RegExp, text: string, name = 'today.csv') {
  await act(async () => { fireEvent.change(screen.getByLabelText(label, { selector: 'input[type="file"]' }), { target: { files: [fileOf(text, name)] } }); });
}

const tableRows = (name: string) => {
  const table = screen.getByRole('table', { name });
  return within(table).getAllByRole('row').map((r) => within(r).queryAllByRole('columnheader').concat(within(r).queryAllByRole('cell')).map((c) => c.textContent ?? ''));
};

let plan: PlanResult;
beforeAll(async () => { plan = await sharedPlan(); TODAY = todayFile(plan); }, PLAN_TIMEOUT_MS);

test('without a solved plan: the revised calls only, the sentence says the gap needs a plan; bad file and bad times are messages', async () => {
  mount('en-US');
  await importSample();
  goTo(3);
  expect(screen.getByRole('group', { name: 'Update today' })).toBeTruthy();
  await giveToday(/^Today’s actuals so far/, 'this is not a history\nat all');
  const fileField = screen.getByText('Today’s actuals so far').closest('.fui-Field') as HTMLElement; // the message under the field it is about
  expect(within(fileField).getByText(/^row 1: no column found for date/)).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Update today' }) as HTMLButtonElement).disabled).toBe(true);

  await giveToday(/^Today’s actuals so far/, TODAY);
  expect(screen.getByText('today.csv: 8 intervals of 2026-11-02')).toBeTruthy();
  const time = screen.getByRole('textbox', { name: /^Revise from/ }) as HTMLInputElement;
  expect(time.value).toBe('12:00');
  await update('Update today');
  const rows = tableRows('The rest of today, revised');
  expect(rows[0]).toEqual(['Interval', 'Day-ahead calls', 'Revised calls']);
  expect(rows[1][0]).toBe('12:00');
  expect(rows.length).toBeGreaterThan(10);
  expect(screen.getByText(/^From 12:00 the day runs \d+% above forecast: the staffing gap needs a solved plan/)).toBeTruthy();

  fireEvent.change(time, { target: { value: '12h' } });
  await update('Update today');
  const timeField = time.closest('.fui-Field') as HTMLElement;
  expect(within(timeField).getByText('the reforecast time must be a clock time HH:MM such as 12:00 (got "12h")')).toBeTruthy();
  expect(screen.queryByRole('table', { name: 'The rest of today, revised' })).toBeNull();
  fireEvent.change(time, { target: { value: '23:00' } });
  await update('Update today');
  expect(within(timeField).getByText(/^the reforecast time 23:00 is outside 2026-11-02's opening hours/)).toBeTruthy();
  fireEvent.change(time, { target: { value: '09:00' } });
  await update('Update today');
  expect(tableRows('The rest of today, revised')[1][0]).toBe('09:00');
}, 120_000);

test('with a solved plan: agents needed, scheduled and the signed gap, and the peak in the sentence', async () => {
  const { runner, runs } = fakeRunner();
  mount('en-US', runner);
  await importSample();
  goTo(3);
  fireEvent.click(screen.getByRole('button', { name: 'Solve the plan' }));
  await act(async () => runs[0].settle({ ok: true, value: plan }));
  await giveToday(/^Today’s actuals so far/, TODAY);
  await update('Update today');
  const rows = tableRows('The rest of today, revised');
  expect(rows[0]).toEqual(['Interval', 'Day-ahead calls', 'Revised calls', 'Agents needed', 'Scheduled', 'Gap (+ short, − spare)']);
  for (const r of rows.slice(1)) expect(r[5]).toMatch(/^(\+\d+|-?\d+|—)$/);
  expect(rows.slice(1).some((r) => r[5].startsWith('+'))).toBe(true); // 15% more calls than the plan's forecast: short somewhere
  expect(screen.getByText(/^From 12:00 the day runs \d+% above forecast: \d+ agents? short at the peak, \d\d:\d\d–\d\d:\d\d\.$/)).toBeTruthy();
}, 120_000);

test('in Chinese: the table and the bad time, worded in Chinese', async () => {
  mount('zh-CN');
  await importSample();
  goTo(3);
  await giveToday(/^今天已有的实际数据/, TODAY);
  await update('更新今日预测');
  const rows = tableRows('今天余下时间（修正后）');
  expect(rows[0]).toEqual(['时段', '日前预测来电量', '修正后来电量']);
  expect(screen.getByText(/^从 12:00 起，今天的来电量比预测高 \d+%：人员缺口需要已求解的计划/)).toBeTruthy();
  fireEvent.change(screen.getByRole('textbox', { name: /^从此时刻起修正/ }), { target: { value: '十二点' } });
  await update('更新今日预测');
  expect(screen.getByText('重新预测时间须为 HH:MM 格式的时刻，例如 12:00（收到“十二点”）')).toBeTruthy();
}, 120_000);
