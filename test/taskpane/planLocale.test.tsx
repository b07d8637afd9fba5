/** @jest-environment jsdom */
/**
 * Issue 16: the plan the pane runs is in the pane's language unless the draft
 * names its own, so a pane in Chinese plans with China's holidays ("CN",
 * holidaySetting) while the planner has chosen none; importing your own
 * history drops the sample centre's holiday dates back to that default
 * rather than to "no holidays".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { holidaySetting, type PlanConfig } from '../../src/core/plan/planConfig';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { newDraft, type PlanDraft } from '../../src/taskpane/state/planDraft';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { fileOf } from '../support/files';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const HISTORY = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');
const ran: PlanConfig[] = [];
const runner: PlanRunner = { run: (input) => { ran.push(input.config); return { outcome: new Promise(() => undefined), cancel: () => undefined }; } };
const nav = () => screen.getAllByRole('navigation')[0];
const goTo = (n: number) => fireEvent.click(within(nav()).getAllByRole('button')[n - 1]);

/** Imports the sample's calls as the planner's own file (so what came from the sample is reset) and solves: the config the pane ran. */
async function solveOwnHistory(language: 'en-US' | 'zh-CN', draft: PlanDraft = newDraft()) {
  const storage = memoryPlanStorage({ draft, step: 1 });
  render(<App host={{ kind: 'preview', dark: false, language }} storage={storage} runner={runner} i18n={createI18n(language)} />);
  goTo(2);
  const input = screen.getByLabelText(/^(History file|历史数据文件)$/) as HTMLInputElement;
  await act(async () => { fireEvent.change(input, { target: { files: [fileOf(HISTORY, 'our-calls.csv')] } }); });
  goTo(7);
  fireEvent.click(screen.getByRole('button', { name: /^(Solve the plan|求解计划)$/ }));
  return { config: ran[ran.length - 1], draft: storage.saved?.draft };
}

afterEach(() => { cleanup(); ran.length = 0; });

test('a pane in Chinese: the sample\'s holiday dates go back to the default, and the plan runs in Chinese with China\'s holidays', async () => {
  expect(newDraft().forecast?.holidays).toEqual(['2026-11-26', '2026-12-25', '2027-01-01']);
  const { config, draft } = await solveOwnHistory('zh-CN');
  expect(draft?.forecast?.holidays).toBeUndefined();
  expect(draft?.locale).toBeUndefined(); // the draft is not rewritten: the pane's language applies when it runs
  expect(config.locale).toBe('zh-CN');
  expect(holidaySetting(config)).toBe('CN');
});

test('a pane in English: the same import plans with no holidays', async () => {
  const { config } = await solveOwnHistory('en-US');
  expect(config.locale).toBe('en');
  expect(holidaySetting(config)).toEqual([]);
});

test('a draft that names its own language keeps it in a pane in another', async () => {
  const { config } = await solveOwnHistory('zh-CN', { ...newDraft(), locale: 'en' });
  expect(config.locale).toBe('en');
  expect(holidaySetting(config)).toEqual([]);
});
