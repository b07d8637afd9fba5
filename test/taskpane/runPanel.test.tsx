/** @jest-environment jsdom */
/**
 * The run panel words the engine's coded progress (src/core/plan/steps/progress.ts)
 * in the user's language: the step's title, and while a schedule is solved the
 * plan solved, the seconds of the plan's time limit and how far the best
 * schedule is above the proven bound (5 000 h over a 4 940.7 h bound is 1.2%).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { fileOf } from '../support/files';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const HISTORY = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');
type Progress = Parameters<PlanRunner['run']>[1];
const runs: Progress[] = [];
const runner: PlanRunner = { run: (_input, progress) => { runs.push(progress); return { outcome: new Promise(() => undefined), cancel: () => undefined }; } };
const nav = () => screen.getAllByRole('navigation')[0];
const goTo = (n: number) => fireEvent.click(within(nav()).getAllByRole('button')[n - 1]);

async function solving(language: string): Promise<Progress> {
  render(<App host={{ kind: 'preview', dark: false, language }} storage={memoryPlanStorage()} runner={runner} i18n={createI18n(language)} />);
  goTo(2);
  const input = screen.getByLabelText(/^(History file|历史数据文件)$/) as HTMLInputElement;
  await act(async () => { fireEvent.change(input, { target: { files: [fileOf(HISTORY, 'sample-history.csv')] } }); });
  goTo(7);
  fireEvent.click(screen.getByRole('button', { name: /^(Solve the plan|求解计划)$/ }));
  return runs[runs.length - 1];
}

/** The progress line as shown (non-breaking spaces of number formats read as spaces). */
const shown = (): string => (screen.getByText(/^(Step|第)/, { selector: '[id$="__validationMessage"], div, span' }).textContent ?? '').replace(/\u00a0|\u202f/g, ' ');

afterEach(cleanup);

describe.each([
  ['en-US', 'Loading the solver…', 'Step 3 of 9: Forecast', /^Step 7 of 9: Schedule — mid plan: 6 sec of 30 sec, best 1\.2% above bound$/, /^Step 9 of 9: .+ — low plan: 21 sec of 30 sec \(first estimate\)$/, /^Step 7 of 9: Schedule — base week: 0 sec of 30 sec \(checking the shifts\)$/],
  ['zh-CN', '正在加载求解器…', '第 3 步，共 9 步：', /^第 7 步，共 9 步：.+ — 中方案：已用 6秒，共 30秒，当前最佳比下界高 1\.2%$/, /^第 9 步，共 9 步：.+ — 低方案：已用 21秒，共 30秒（正在初步估算）$/, /^第 7 步，共 9 步：.+ — 基准周：已用 0秒，共 30秒（正在检查班次）$/],
])('run panel progress (%s)', (language, loading, forecast, mid, low, base) => {
  test('words the step, the plan solved, the seconds of the limit and the distance to the bound', async () => {
    const progress = await solving(language);
    expect(screen.getByText(loading)).toBeTruthy();
    act(() => progress({ step: 3 }));
    expect(screen.getByText(new RegExp(`^${forecast}`))).toBeTruthy();
    act(() => progress({ step: 7, schedule: { scenario: 'mid', phase: 'mip', seconds: 6.2, limitSeconds: 30, objective: 5000, bound: 4940.7 } }));
    expect(shown()).toMatch(mid);
    act(() => progress({ step: 9, schedule: { scenario: 'low', phase: 'lp', seconds: 20.6, limitSeconds: 30 } }));
    expect(shown()).toMatch(low);
    act(() => progress({ step: 7, schedule: { phase: 'validate', seconds: 0, limitSeconds: 30 } }));
    expect(shown()).toMatch(base);
    expect(screen.queryByText(/validate|\bmip\b|\blp\b/)).toBeNull();
  });
});
