/** @jest-environment jsdom */
/**
 * Issue 12, item 6: a wizard that never breaks. A step or a chart that
 * crashes shows a message in the user's language and keeps the rest of the
 * pane; letters typed into any field give a field message; percent fields
 * read "80", "80%" and "0.8" alike and say how they read them; bounds are
 * said in percent; progress names the step, not the engine's code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { readPercent, shownNumber } from '../../src/taskpane/components/fields';
import { fileOf } from '../support/files';

const crash = { step: false, chart: false };
jest.mock('../../src/taskpane/components/LineChart', () => ({
  LineChart: () => {
    if (crash.chart) throw new Error('canvas unavailable');
    return null;
  },
}));
jest.mock('../../src/taskpane/steps/trunks/TrunksStep', () => {
  const actual = jest.requireActual('../../src/taskpane/steps/trunks/TrunksStep');
  return {
    TrunksStep: () => {
      if (crash.step) throw new Error('trunks exploded');
      return actual.TrunksStep();
    },
  };
});
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const HISTORY = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');
type Progress = Parameters<PlanRunner['run']>[1];
const runs: Progress[] = [];
const runner: PlanRunner = { run: (_input, progress) => { runs.push(progress); return { outcome: new Promise(() => undefined), cancel: () => undefined }; } };
const mount = (language = 'en-US') => render(<App host={{ kind: 'preview', dark: false, language }} storage={memoryPlanStorage()} runner={runner} i18n={createI18n(language)} />);
const nav = () => screen.getAllByRole('navigation')[0];
const goTo = (n: number) => fireEvent.click(within(nav()).getAllByRole('button')[n - 1]);
const heading = () => screen.getByRole('heading', { level: 2 });

async function importText(name: string, text: string) {
  const file = fileOf(text, name);
  goTo(2);
  const input = screen.getByLabelText(/^(History file|历史数据文件)$/) as HTMLInputElement;
  await act(async () => { fireEvent.change(input, { target: { files: [file] } }); });
}

afterEach(() => {
  crash.step = false;
  crash.chart = false;
});

describe.each([['en-US', 'Step'], ['zh-CN', '第']])('letters in every field (%s)', (language, stepWord) => {
  test('typing letters into every text box of every step leaves the pane standing, each number field with its message', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    mount(language);
    await importText('sample-history.csv', HISTORY);
    for (let n = 1; n <= 9; n++) {
      goTo(n);
      // open every fold so that the breaks' fields are reachable too
      document.querySelectorAll('details').forEach((d) => { d.open = true; });
      const count = screen.queryAllByRole('textbox').length;
      for (let i = 0; i < count; i++) {
        const box = screen.queryAllByRole('textbox')[i] as HTMLInputElement | undefined;
        if (!box) continue;
        fireEvent.change(box, { target: { value: 'abc' } });
        fireEvent.blur(box);
        expect(heading().textContent).toContain(stepWord);
        expect(screen.queryByText(/Something went wrong|时出错/)).toBeNull();
        const label = `step ${n}: ${box.labels?.[0]?.textContent ?? box.id}`;
        if (box.inputMode === 'decimal') expect([label, box.getAttribute('aria-invalid')]).toEqual([label, 'true']);
      }
      // every field message is in the pane's language (no core English such as 'expected a time "HH:MM"')
      const messages = [...document.querySelectorAll('.fui-Field__validationMessage')].map((m) => m.textContent ?? '');
      if (language === 'zh-CN') expect(messages.filter((m) => /expected|must be|got /.test(m))).toEqual([]);
    }
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  }, 120_000);
});

test('step 6 without a history: letters in a shrinkage field give a field message, not a white pane (reproduced before the fix)', () => {
  mount();
  goTo(6);
  const box = screen.getByRole('textbox', { name: 'Absence share of paid time' });
  fireEvent.change(box, { target: { value: 'abc' } });
  expect(screen.getByRole('heading', { name: 'Step 6: Shrinkage' })).toBeTruthy();
  expect(box.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText('must be a percentage, such as 80 or 80% (0.8 also reads as 80%)')).toBeTruthy();
  expect(screen.queryByText(/byMonth|got/)).toBeNull();
});

test('a step that crashes shows what to do in the user’s language; the step list, navigation and other steps keep working', () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  crash.step = true;
  mount('zh-CN');
  goTo(5);
  const alert = screen.getAllByRole('alert').find((a) => /出错/.test(a.textContent ?? ''))!;
  expect(alert.textContent).toMatch(/^显示第 5 步：中继线时出错。您的输入已保存/);
  expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '下一步' })).toBeTruthy();
  goTo(6);
  expect(screen.getByRole('heading', { name: '第 6 步：人员缩减' })).toBeTruthy();
  crash.step = false;
  goTo(5);
  expect(screen.getByRole('heading', { name: '第 5 步：中继线' })).toBeTruthy();
  errors.mockRestore();
});

test('a chart that crashes leaves its step and its table: the message says the numbers are in the table', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  crash.chart = true;
  mount();
  goTo(2);
  await importText('sample-history.csv', HISTORY);
  expect(screen.getByRole('heading', { name: 'Step 2: Workload data' })).toBeTruthy();
  expect(screen.getByText('This chart could not be drawn. The same numbers are in the table below it.')).toBeTruthy();
  expect(screen.getByRole('table', { name: 'Share of the day by interval' })).toBeTruthy();
  errors.mockRestore();
});

describe('percent fields: one rule', () => {
  test.each([['80', 0.8], ['80%', 0.8], ['0.8', 0.8], ['0.5%', 0.005], ['1%', 0.01], ['1', 1], ['150', 1.5], ['-4', -0.04], ['-0.04', -0.04], ['80,5', 0.805]])('"%s" reads as %p', (text, fraction) => {
    expect(readPercent(text)).toBeCloseTo(fraction, 12);
  });
  test('letters stay as typed (the validator names them); empty is no value', () => {
    expect(readPercent('abc')).toBe('abc');
    expect(readPercent('  ')).toBeUndefined();
  });
  test('what a field shows reads back as the same fraction, small percentages included', () => {
    for (const v of [0.8, 0.01, 0.005, 0, 1, 0.25, 0.04]) expect(readPercent(shownNumber(v, true))).toBeCloseTo(v, 12);
  });

  test('in the pane: "0.8" and "80%" read as 80% and say so; 150 says "must be below 100%", never the fraction received', () => {
    mount();
    const sl = () => screen.getByRole('textbox', { name: /Service level target/ });
    fireEvent.change(sl(), { target: { value: '0.8' } });
    expect(screen.getByText(/^Reads as 80%\./)).toBeTruthy();
    fireEvent.change(sl(), { target: { value: '85%' } });
    expect(screen.queryByText(/^Reads as/)).toBeNull();
    fireEvent.change(sl(), { target: { value: '150' } });
    expect(screen.getByText(/^Reads as 150%\./)).toBeTruthy();
    expect(screen.getByText('must be below 100%')).toBeTruthy();
    expect(screen.queryByText(/got 1\.5/)).toBeNull();
    goTo(5);
    const blocking = screen.getByRole('textbox', { name: 'Blocking target' }) as HTMLInputElement;
    expect(blocking.value).toBe('1%'); // 1% shown with its sign: "1" alone would read as 100%
  });
});

test('progress names the step and the solver’s phase in the user’s words, never the engine’s code (mip)', async () => {
  mount();
  await importText('sample-history.csv', HISTORY);
  goTo(7);
  fireEvent.click(screen.getByRole('button', { name: 'Solve the plan' }));
  act(() => runs[runs.length - 1]({ step: 7, schedule: { scenario: 'mid', phase: 'mip', seconds: 2, limitSeconds: 30 } }));
  expect(screen.getByText(/^Step 7 of 9: Schedule — mid plan: 2 .* of 30 .* \(finding the best schedule\)$/)).toBeTruthy();
  act(() => runs[runs.length - 1]({ step: 3 }));
  expect(screen.getByText('Step 3 of 9: Forecast')).toBeTruthy();
  expect(screen.queryByText(/mip/)).toBeNull();
});

test('list fields say which item is wrong in words, not as a path', () => {
  mount();
  goTo(7);
  const lengths = within(screen.getByRole('group', { name: 'Pattern 1' })).getByRole('textbox', { name: /Shift lengths/ });
  fireEvent.change(lengths, { target: { value: '480, eight' } });
  expect(screen.getByText(/^item 2: must be a number/)).toBeTruthy();
  expect(screen.queryByText(/^\[1\]/)).toBeNull();
});

afterAll(cleanup);
