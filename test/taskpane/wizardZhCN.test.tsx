/** @jest-environment jsdom */
/**
 * The wizard in Simplified Chinese (jsdom): chosen from the host's language,
 * switched in preview mode and kept with the saved state; the core's
 * validation problems a user triggers shown in Chinese through Field; a known
 * run failure (Erlang A without patience) in Chinese; numbers and dates in
 * the zh-CN locale; the engine's import report and notes (steps 2, 3, 7, 9) in Chinese.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { serviceObjectiveStep } from '../../src/core/plan/steps/objective';
import { staffStep, staffingSettings } from '../../src/core/plan/steps/staffing';
import type { PlanResult } from '../../src/core/plan/planResult';
import type { Result } from '../../src/core/result';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import { initialLocale } from '../../src/taskpane/i18n/LocaleContext';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import type { Host } from '../../src/taskpane/host/host';
import { notChinese } from '../notes/english';
import { PLAN_TIMEOUT_MS, sharedPlan, solveSample } from '../support/sharedPlans';
import { fileOf } from '../support/files';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const HISTORY = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');

function settleableRunner() {
  const settles: ((r: Result<PlanResult>) => void)[] = [];
  const runner: PlanRunner = {
    run() {
      let settle: (r: Result<PlanResult>) => void = () => undefined;
      const outcome = new Promise<Result<PlanResult>>((ok) => (settle = ok));
      settles.push(settle);
      return { outcome, cancel: () => undefined };
    },
  };
  return { runner, settles };
}

/** Mounts as mountPane does: the first language from the saved choice (preview) or the host's. */
function mount(host: Host, storage = memoryPlanStorage(), runner: PlanRunner = settleableRunner().runner) {
  const view = render(<App host={host} storage={storage} runner={runner} i18n={createI18n(initialLocale(host, storage.load()?.language))} />);
  return { ...view, storage };
}

const PREVIEW_ZH: Host = { kind: 'preview', dark: false, language: 'zh-CN' };
const nav = () => screen.getByRole('navigation', { name: '规划步骤' });
const goTo = (n: number) => fireEvent.click(within(nav()).getByRole('button', { name: new RegExp(`^${n} \\S+（第 ${n} 步，`) }));
const type = (label: RegExp | string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

/** Step 2: imports the sample history through the file input, as a user picks it. */
async function importSampleHistory(): Promise<void> {
  goTo(2);
  const file = fileOf(HISTORY, 'sample-history.csv');
  await act(async () => { fireEvent.change(screen.getByLabelText('历史数据文件'), { target: { files: [file] } }); });
}

test('Office’s display language picks the catalogue: zh-Hans → Chinese, zh-TW and en-US → English', () => {
  expect(initialLocale({ kind: 'excel', dark: false, language: 'zh-Hans-CN' }, undefined)).toBe('zh-CN');
  expect(initialLocale({ kind: 'excel', dark: false, language: 'zh-TW' }, undefined)).toBe('en');
  expect(initialLocale({ kind: 'excel', dark: false, language: 'en-US' }, 'zh-CN')).toBe('en'); // no switch in Excel: Office decides
  expect(initialLocale({ kind: 'preview', dark: false, language: 'en-US' }, 'zh-CN')).toBe('zh-CN');
  const view = mount({ kind: 'excel', dark: false, language: 'zh-CN' });
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('第 1 步：服务目标');
  expect(screen.queryByRole('combobox', { name: /语言|Language/ })).toBeNull(); // the switch is for preview mode
  view.unmount();
});

test('the switch in preview mode changes the language at once and is kept with the saved state', () => {
  const { storage, unmount } = mount({ kind: 'preview', dark: false, language: 'en-US' });
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Step 1: Service objective');
  const select = screen.getByRole('combobox', { name: 'Language' });
  fireEvent.change(select, { target: { value: 'zh-CN' } });
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('第 1 步：服务目标');
  expect(screen.getByRole('combobox', { name: '语言' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '下一步' })).toBeTruthy();
  expect(storage.saved?.language).toBe('zh-CN');
  expect(document.documentElement.lang).toBe('zh-CN');
  unmount();
  mount({ kind: 'preview', dark: false, language: 'en-US' }, storage);
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('第 1 步：服务目标');
  fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'en' } });
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Step 1: Service objective');
  expect(storage.saved?.language).toBe('en');
});

test('the mistakes a user makes are explained in Chinese under the field', () => {
  mount(PREVIEW_ZH);
  type(/服务水平目标/, 'eighty');
  expect(screen.getByText('必须是数字（输入为 "eighty"）')).toBeTruthy();
  type(/服务水平目标/, '150');
  expect(screen.getByText('必须低于 100%')).toBeTruthy();
  type(/服务水平目标/, '0');
  expect(screen.getByText('必须大于 0%')).toBeTruthy();
  type(/服务水平目标/, '80');
  expect(screen.queryByText(/必须/)).toBeNull();

  goTo(6);
  type('缺勤占带薪时间的比例', '95');
  expect(screen.getByText(/^人员缩减：人员缩减合计达到 1\d\d\.\d%；必须低于 100%（否则没有人接听来电）$/)).toBeTruthy();
  type('缺勤占带薪时间的比例', '5');

  goTo(8);
  type('坐席时薪', '-3');
  expect(screen.getByText('不能小于 0（输入为 -3）')).toBeTruthy();
  type('坐席时薪', '12x');
  expect(screen.getByText('必须是数字（输入为 "12x"）')).toBeTruthy();
  // nothing English leaks into the field messages
  expect(screen.queryByText(/must be|got/)).toBeNull();
});

test('a run’s failure (no handle time) in Chinese; the history summary in Chinese numbers and dates', async () => {
  const { runner, settles } = settleableRunner();
  mount(PREVIEW_ZH, memoryPlanStorage(), runner);
  await importSampleHistory();
  await screen.findByText(/^6,880 个时段，从 2025年11月3日 到 2026年10月31日，每个 30分钟/);

  goTo(4);
  fireEvent.click(within(screen.getByRole('radiogroup', { name: '排队模型' })).getByRole('radio', { name: /^爱尔兰 A/ }));
  expect(screen.getByRole('textbox', { name: '平均耐心时间' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '求解计划' }));
  const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'sample-centre.json'), 'utf8'));
  const config = validatePlanConfig(sample);
  if (!config.ok) throw new Error(config.message);
  // the plan's own failure for a history without handle time: a code and a place, worded by the pane
  const settings = { ...config.value, data: { ...config.value.data, intervalMinutes: 30 } };
  const failure = staffStep([{ date: '2026-11-03', start: 540, calls: 100 }], staffingSettings(settings, serviceObjectiveStep(settings), 0));
  await act(async () => settles[0](failure as Result<PlanResult>));
  expect(screen.getByText('无法求解计划：历史数据没有处理时长（通话或话后处理时长）：请在第 2 步（话务数据）填写平均处理时长')).toBeTruthy();
});

test('the engine’s findings and notes in Chinese: the import report (step 2), forecast notes (step 3), the budget answer (step 9)', async () => {
  const solved = { ok: true as const, value: await sharedPlan('budgetBelowMinimum') }; // the sample with a budget of 1,000

  const { runner, settles } = settleableRunner();
  mount(PREVIEW_ZH, memoryPlanStorage(), runner);
  await importSampleHistory();
  const report = within(await screen.findByRole('group', { name: '校验报告' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(report[0]).toBe('读取 6,880 行，使用 6,880 行，跳过 0 行');
  expect(notChinese(report)).toEqual([]);

  goTo(3);
  fireEvent.click(screen.getByRole('button', { name: '求解计划' }));
  await act(async () => settles[0](solved));
  const findings = within(screen.getByRole('group', { name: '发现与说明' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(findings).toEqual(expect.arrayContaining([expect.stringMatching(/^自动选择(保留|了)/), expect.stringMatching(/^预测以 2025年11月3日 至 2026年10月31日/)]));
  expect(notChinese(findings)).toEqual([]);

  goTo(9);
  const answer = screen.getByRole('note').textContent ?? '';
  expect(answer).toMatch(/^US\$1,000 的预算连最低的服务水平目标 50% 都达不到，该目标的成本为 US\$[\d,]+$/);
}, PLAN_TIMEOUT_MS);

test('a plan that cannot be scheduled says why in Chinese: open hours no shift pattern covers', async () => {
  // Only 4-hour shifts starting 12:00–16:00: the mornings are open but uncovered.
  const failed = await solveSample((sample) => { sample.schedule.generators = [{ ...sample.schedule.generators[1], firstStart: '12:00' }]; });
  expect(failed.ok).toBe(false);
  if (failed.ok) return;
  expect(failed.message).toMatch(/^no shift template works during 2026-11-02 08:00–12:00/);

  const { runner, settles } = settleableRunner();
  mount(PREVIEW_ZH, memoryPlanStorage(), runner);
  await importSampleHistory();
  goTo(7);
  fireEvent.click(screen.getByRole('button', { name: '求解计划' }));
  await act(async () => settles[0](failed));
  const alert = (await screen.findByText(/^无法求解计划/)).textContent ?? '';
  expect(alert).toMatch(/2026-11-02 08:00–12:00.*需要坐席，但没有任何班次模板覆盖这些时段/);
  expect(notChinese([alert.replace(/^无法求解计划：/, '')])).toEqual([]);
}, PLAN_TIMEOUT_MS);
