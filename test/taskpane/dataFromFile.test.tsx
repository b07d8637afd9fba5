/** @jest-environment jsdom */
/**
 * Issue 12, items 2–4 in step 2: an AHT is required when the history has
 * none (the reason shown at step 2); per-call records show what they measure;
 * the import report is grouped by kind with counts and a few examples; a new
 * file resets what came from the old one and says what; the sample centre is
 * one click away in preview mode.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { fileOf } from '../support/files';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
jest.mock('../../src/taskpane/steps/data/sampleHistoryUrl', () => ({ SAMPLE_HISTORY_URL: 'https://localhost/assets/sample-history.csv' }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const DATA = join(__dirname, '..', '..', '..', 'shared', 'data');
const SAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');
const runner: PlanRunner = { run: () => ({ outcome: new Promise(() => undefined), cancel: () => undefined }) };
const mount = (language = 'en-US') => render(<App host={{ kind: 'preview', dark: false, language }} storage={memoryPlanStorage()} runner={runner} i18n={createI18n(language)} />);
const nav = () => screen.getAllByRole('navigation')[0];
const stepButton = (n: number) => within(nav()).getAllByRole('button')[n - 1];
const goTo = (n: number) => fireEvent.click(stepButton(n));

async function importText(name: string, text: string) {
  const file = fileOf(text, name);
  await act(async () => { fireEvent.change(screen.getByLabelText(/^(History file|历史数据文件)$/), { target: { files: [file] } }); });
}

test('a history without handle time: step 2 needs an AHT, says why, and is complete once it is given (one value or by weekday)', async () => {
  mount();
  goTo(2);
  await importText('bank-calls-5min-2003.csv', readFileSync(join(DATA, 'bank-calls-5min-2003.csv'), 'utf8'));
  await screen.findByText(/intervals from 2003-/);
  expect(stepButton(2).getAttribute('aria-label')).toMatch(/needs input/);
  expect(screen.getByText(/This history has no handle time/)).toBeTruthy();
  goTo(3); // later steps say why the plan cannot be solved yet
  expect(screen.getByText('Enter the average handle time in step 2 (Workload data): the history has none.')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Solve the plan' }) as HTMLButtonElement).disabled).toBe(true);
  goTo(2);
  const aht = screen.getByRole('textbox', { name: /^Average handle time/ });
  fireEvent.change(aht, { target: { value: 'five minutes' } });
  expect(aht.getAttribute('aria-invalid')).toBe('true');
  expect(stepButton(2).getAttribute('aria-label')).toMatch(/needs input/);
  fireEvent.change(aht, { target: { value: '300' } });
  expect(aht.getAttribute('aria-invalid')).not.toBe('true');
  expect(stepButton(2).getAttribute('aria-label')).toMatch(/\(done\)/);

  fireEvent.change(screen.getByRole('combobox', { name: 'How AHT varies' }), { target: { value: 'byWeekday' } });
  const monday = screen.getByRole('textbox', { name: /^Monday/ }) as HTMLInputElement;
  expect(monday.value).toBe('300');
  fireEvent.change(screen.getByRole('textbox', { name: /^Sunday/ }), { target: { value: '0' } });
  expect(screen.getByText('must be greater than 0 (got 0)')).toBeTruthy();
  expect(stepButton(2).getAttribute('aria-label')).toMatch(/needs input/);
  fireEvent.change(screen.getByRole('textbox', { name: /^Sunday/ }), { target: { value: '280' } });
  expect(stepButton(2).getAttribute('aria-label')).toMatch(/\(done\)/);
}, 60_000);

test('a history with handle time asks for no AHT', async () => {
  mount();
  goTo(2);
  await importText('sample-history.csv', SAMPLE);
  await screen.findByText(/6,880 intervals/);
  expect(screen.queryByRole('textbox', { name: /^Average handle time/ })).toBeNull();
  expect(stepButton(2).getAttribute('aria-label')).toMatch(/\(done\)/);
});

test('per-call records: SL by the four methods, AHT, abandonment and patience in step 2 (Chinese)', async () => {
  mount('zh-CN');
  goTo(2);
  await importText('anonymous-bank-1999-02.tsv', readFileSync(join(DATA, 'anonymous-bank-1999-02.tsv'), 'utf8'));
  const table = await screen.findByRole('table', { name: '来电记录的实测结果' }, { timeout: 30_000 });
  const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));
  const labels = rows.map((r) => r[0]);
  expect(labels.filter((l) => /服务水平/.test(l))).toHaveLength(4);
  expect(labels).toEqual(expect.arrayContaining(['放弃量（放弃率）', '估算的平均耐心时间']));
  for (const [, value] of rows) expect(value).toMatch(/\d/);
  expect(rows.find((r) => r[0] === '放弃量（放弃率）')![1]).toMatch(/^[\d,]+ 通（[\d.]+%）$/);
}, 60_000);

test('the import report is grouped by kind: a count and at most three examples each, not one line per row', async () => {
  mount();
  goTo(2);
  const bad = Array.from({ length: 40 }, (_, i) => `2026-03-${String(2 + (i % 20)).padStart(2, '0')},${i < 20 ? '09:00' : '09:30'},x${i}`);
  const good = ['2026-03-02,10:00,12', '2026-03-03,10:00,14', '2026-03-04,10:00,11'];
  await importText('bad.csv', ['date,interval_start,offered', ...good, ...bad].join('\n'));
  await screen.findByText(/intervals from 2026-03-02/);
  const summary = screen.getByText(/^Not a number: 40 \(row left out\)$/);
  const group = within(summary.closest('details')!).getByRole('list', { name: 'Not a number' });
  const items = within(group).getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(items).toHaveLength(4);
  expect(items[0]).toMatch(/row \d+, column offered: "x\d+" is not a number/);
  expect(items[3]).toBe('… and 37 more like these');
});

test('importing your own file resets what came from the sample (horizon start, holidays, patience only when estimable) and says so', async () => {
  mount();
  goTo(3);
  expect((screen.getByRole('textbox', { name: 'First day of the horizon' }) as HTMLInputElement).value).toBe('2026-11-02');
  goTo(2);
  await importText('bank-calls-5min-2003.csv', readFileSync(join(DATA, 'bank-calls-5min-2003.csv'), 'utf8'));
  const note = await screen.findByText('“bank-calls-5min-2003.csv” is a new history, so what came from the previous data was reset:');
  const items = within(note.closest('[role="status"]') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(items).toEqual(expect.arrayContaining([
    'Interval length (was 30 min): now the history’s own.',
    'First day of the horizon (was 2026-11-02): now the first open day after the history.',
    'Holidays: the sample centre’s 3 dates were removed; the default applies (China’s holidays for a plan in Chinese, else none); set your own in step 3.',
  ]));
  expect(items.some((i) => /patience/.test(i))).toBe(false); // interval data cannot estimate it: it is kept
  goTo(3);
  expect((screen.getByRole('textbox', { name: 'First day of the horizon' }) as HTMLInputElement).value).toBe('');
  expect(screen.queryByText(/expected a date/)).toBeNull(); // empty is the default ("the day after the history"), not an error
});

test('preview mode: “Try the sample centre” loads the sample history in one click; the button goes once a history is loaded', async () => {
  const fetched: string[] = [];
  (globalThis as unknown as { fetch: unknown }).fetch = (url: string) => {
    fetched.push(url);
    return Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(SAMPLE) });
  };
  mount();
  goTo(2);
  await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Try the sample centre' })); });
  await screen.findByText(/6,880 intervals from 2025-11-03 to 2026-10-31/);
  expect(fetched).toEqual(['https://localhost/assets/sample-history.csv']);
  expect(screen.getByText('History in use: sample-history.csv')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Try the sample centre' })).toBeNull();
  expect(screen.queryByText(/was reset/)).toBeNull(); // the sample keeps the sample's settings
});

test('per-call records: the sample’s shifts and roster rules are reset with the rest (with them a week of default 7-day shifts found no schedule in 10 s); the findings count is grouped by thousands', async () => {
  mount();
  goTo(2);
  await importText('anonymous-bank-1999-02.tsv', readFileSync(join(DATA, 'anonymous-bank-1999-02.tsv'), 'utf8'));
  const note = await screen.findByText('“anonymous-bank-1999-02.tsv” is a new history, so what came from the previous data was reset:', undefined, { timeout: 30_000 });
  const items = within(note.closest('[role="status"]') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(items).toEqual(expect.arrayContaining([
    'Mean caller patience (was 180 sec): now estimated from these per-call records.',
    'Shift patterns: the sample centre’s were removed; default shifts follow the opening hours.',
    'Roster rules: the sample centre’s (made for its shifts) were removed; set your own in step 7 if you need them.',
  ]));
  expect(screen.getByText('2,915 findings')).toBeTruthy();
  goTo(7);
  for (const name of ['Least work days a week', 'Most work days a week', 'Most hours a week']) {
    expect((screen.getByRole('textbox', { name: new RegExp(`^${name}`) }) as HTMLInputElement).value).toBe('');
  }
}, 60_000);

test('roster rules the planner edited are kept when a new file comes', async () => {
  mount();
  goTo(7);
  fireEvent.change(screen.getByRole('textbox', { name: /^Most hours a week/ }), { target: { value: '38' } });
  goTo(2);
  await importText('bank-calls-5min-2003.csv', readFileSync(join(DATA, 'bank-calls-5min-2003.csv'), 'utf8'));
  const note = await screen.findByText('“bank-calls-5min-2003.csv” is a new history, so what came from the previous data was reset:');
  const items = within(note.closest('[role="status"]') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(items.some((i) => /Roster rules/.test(i))).toBe(false);
  goTo(7);
  expect((screen.getByRole('textbox', { name: /^Most hours a week/ }) as HTMLInputElement).value).toBe('38');
}, 60_000);
