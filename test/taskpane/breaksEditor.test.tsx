/** @jest-environment jsdom */
/**
 * Step 7: the breaks of each shift length of a pattern are edited in the pane;
 * a break that does not fit its shift is named before any solve, and a new
 * pattern starts with a lunch break.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { defaultBreak } from '../../src/taskpane/steps/schedule/BreaksEditor';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const runner: PlanRunner = { run: () => ({ outcome: new Promise(() => undefined), cancel: () => undefined }) };

function mount(language = 'en-US') {
  const storage = memoryPlanStorage();
  render(<App host={{ kind: 'preview', dark: false, language }} storage={storage} runner={runner} i18n={createI18n(language)} />);
  fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: /^(Step 7:|7 排班)/ }));
  return storage;
}

const generators = (storage: ReturnType<typeof memoryPlanStorage>) =>
  (storage.saved?.draft as { schedule: { generators: { lengths: number[]; breaks: Record<string, { offset: unknown; latestOffset?: unknown; minutes: unknown; paid: unknown }[]> }[] } }).schedule.generators;

test('a new break starts mid-shift, 30 unpaid minutes in an hour-wide window', () => {
  expect(defaultBreak(480)).toEqual({ offset: 180, latestOffset: 240, minutes: 30, paid: false });
  expect(defaultBreak(240)).toEqual({ offset: 60, latestOffset: 120, minutes: 30, paid: false });
  expect(defaultBreak(30)).toEqual({ offset: 0, latestOffset: 0, minutes: 30, paid: false });
});

test('each length of a pattern shows its breaks; edits reach the draft; a break past the shift end is named at once', () => {
  const storage = mount();
  const pattern = screen.getByRole('group', { name: 'Pattern 1' });
  const lunch = within(pattern).getByRole('group', { name: /^Breaks in 8 h shifts|^Breaks in 480/ });
  const first = within(lunch).getByRole('group', { name: 'Break 1' });
  expect((within(first).getByLabelText('Earliest start') as HTMLInputElement).value).toBe('210');
  fireEvent.change(within(first).getByLabelText('Latest start'), { target: { value: '460' } });
  expect(generators(storage)[0].breaks['480'][0].latestOffset).toBe(460);
  expect(within(first).getByRole('alert').textContent).toBe("ends 490 minutes after the shift starts, after the shift's 480 minutes");
  fireEvent.change(within(first).getByLabelText('Latest start'), { target: { value: '270' } });
  expect(within(first).queryByRole('alert')).toBeNull();
  // paid, add and remove
  fireEvent.click(within(first).getByLabelText('Paid'));
  expect(generators(storage)[0].breaks['480'][0].paid).toBe(true);
  fireEvent.click(within(lunch).getByRole('button', { name: 'Add a break' }));
  expect(generators(storage)[0].breaks['480']).toHaveLength(2);
  expect(generators(storage)[0].breaks['510']).toHaveLength(1); // the other length is kept
  fireEvent.click(within(lunch).getByRole('button', { name: 'Remove break 1' }));
  expect(generators(storage)[0].breaks['480'].map((b) => b.offset)).toEqual([180]);
});

test('a new pattern starts with a lunch break in its 8-hour shifts; text typed in a length is not lost', () => {
  const storage = mount();
  fireEvent.change(within(screen.getByRole('group', { name: 'Pattern 2' })).getByLabelText('Shift lengths (minutes)'), { target: { value: '240, four' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add a shift pattern' }));
  const added = generators(storage)[2];
  expect(added.lengths).toEqual([480]);
  expect(added.breaks['480']).toEqual([defaultBreak(480)]);
  expect(generators(storage)[1].lengths).toEqual([240, 'four']);
});

test('in Chinese the editor and the fit problem read in Chinese', () => {
  mount('zh-CN');
  const pattern = screen.getByRole('group', { name: '班次模式 1' });
  const first = within(pattern).getAllByRole('group', { name: '休息 1' })[0];
  fireEvent.change(within(first).getByLabelText('最晚开始'), { target: { value: '460' } });
  expect(within(first).getByRole('alert').textContent).toBe('在班次开始后 490 分钟结束，超出了班次的 480 分钟');
});
