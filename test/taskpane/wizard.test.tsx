/** @jest-environment jsdom */
/**
 * The wizard's behaviour in jsdom: validation messages from the core through
 * Fluent Field, state flow between steps, save/restore, stale marking, the
 * solve's progress, cancel and failure. The plan runner is a fake that
 * returns a real PlanResult of the sample (solved once per jest run with HiGHS
 * in Node and shared: test/support/sharedPlans.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { PlanResult } from '../../src/core/plan/planResult';
import type { Result } from '../../src/core/result';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { CANCELLED, type PlanRunner } from '../../src/taskpane/run/planRunner';
import { AUTO_SOLVE_DELAY_MS } from '../../src/taskpane/run/SolveContext';
import { newDraft } from '../../src/taskpane/state/planDraft';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { PLAN_TIMEOUT_MS, sharedPlan } from '../support/sharedPlans';
import { fileOf } from '../support/files';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null })); // canvas: drawn in the browser tests

// jsdom has no ResizeObserver (Fluent measures some controls with it)
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const ROOT = join(__dirname, '..', '..');
const HISTORY = readFileSync(join(ROOT, 'examples', 'sample-history.csv'), 'utf8');
let sampleResult: PlanResult;

beforeAll(async () => {
  sampleResult = await sharedPlan(); // newDraft() is the sample config
}, PLAN_TIMEOUT_MS);

/** A runner the test settles by hand. */
function fakeRunner() {
  const runs: { settle(r: Result<PlanResult>): void; progress: Parameters<PlanRunner['run']>[1]; cancelled: boolean }[] = [];
  const runner: PlanRunner = {
    run(_input, onProgress) {
      let settle: (r: Result<PlanResult>) => void = () => undefined;
      const outcome = new Promise<Result<PlanResult>>((ok) => (settle = ok));
      const run = { settle, progress: onProgress, cancelled: false };
      runs.push(run);
      return { outcome, cancel: () => { run.cancelled = true; settle({ ok: false, code: 'no-answer', message: CANCELLED }); } };
    },
  };
  return { runner, runs };
}

const HOST = { kind: 'preview' as const, dark: false, language: 'en-US' };

function mount(storage = memoryPlanStorage(), runner: PlanRunner = fakeRunner().runner) {
  const view = render(<App host={HOST} storage={storage} runner={runner} i18n={createI18n('en-US')} />);
  return { ...view, storage };
}

const nav = () => screen.getByRole('navigation', { name: 'Planning steps' });
const stepButton = (n: number) => within(nav()).getByRole('button', { name: new RegExp(`^Step ${n}:`) });
const goTo = (n: number) => fireEvent.click(stepButton(n));
const type = (label: RegExp | string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

async function importSample() {
  goTo(2);
  const input = screen.getByLabelText('History file') as HTMLInputElement;
  const file = fileOf(HISTORY, 'sample-history.csv');
  await act(async () => { fireEvent.change(input, { target: { files: [file] } }); });
  await screen.findByText(/6,880 intervals from 2025-11-03 to 2026-10-31/);
}

test('step 1: letters, 0% and 150% in the target show the core’s messages and mark the step', () => {
  mount();
  type(/Service level target/, 'eighty');
  expect(screen.getByText(/must be a number \(got "eighty"\)/)).toBeTruthy();
  expect(stepButton(1).getAttribute('aria-label')).toMatch(/needs input/);
  type(/Service level target/, '0');
  expect(screen.getByText('must be above 0%')).toBeTruthy(); // a percent field says its bounds in percent
  type(/Service level target/, '150');
  expect(screen.getByText('must be below 100%')).toBeTruthy();
  type(/Service level target/, '85');
  expect(screen.queryByText(/must be/)).toBeNull();
  expect(stepButton(1).getAttribute('aria-label')).toMatch(/\(done\)/);
});

test('a preset sets both X and Y; the SL method shows its formula', () => {
  mount();
  fireEvent.click(screen.getByRole('button', { name: /^90\/15:/ }));
  expect((screen.getByRole('textbox', { name: /Service level target/ }) as HTMLInputElement).value).toBe('90');
  expect((screen.getByRole('textbox', { name: /Answer time/ }) as HTMLInputElement).value).toBe('15');
  fireEvent.click(within(screen.getByRole('radiogroup', { name: /How service level is measured/ })).getByRole('radio', { name: /^Method 2/ }));
  expect(screen.getByText(/^Aw \/ A\b/)).toBeTruthy();
});

test('every change is saved and restored on reopening, mid-step and half-typed', () => {
  const storage = memoryPlanStorage();
  const first = mount(storage);
  goTo(8);
  type('Agent wage per hour', '2x');
  first.unmount();
  mount(storage);
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Step 8: Costs');
  expect((screen.getByRole('textbox', { name: 'Agent wage per hour' }) as HTMLInputElement).value).toBe('2x');
  expect(screen.getByText(/must be a number \(got "2x"\)/)).toBeTruthy();
  expect(storage.saved?.draft.costs?.hourlyWage).toBe('2x');
});

test('a malformed history is refused with the core’s report; the step stays incomplete and solving is blocked', async () => {
  mount();
  goTo(2);
  const input = screen.getByLabelText('History file') as HTMLInputElement;
  const bad = fileOf('when,how many\nyesterday,lots\n', 'broken.csv');
  await act(async () => { fireEvent.change(input, { target: { files: [bad] } }); });
  await screen.findByText('“broken.csv” was not imported: nothing was changed');
  expect(stepButton(2).getAttribute('aria-label')).toMatch(/needs input/);
  goTo(7);
  expect((screen.getByRole('button', { name: /^Solve/ }) as HTMLButtonElement).disabled).toBe(true);
});

test('shrinkage totalling 100% or more is flagged on step 6', async () => {
  mount();
  await importSample();
  goTo(6);
  type('Absence share of paid time', '90');
  expect(screen.getAllByText(/total shrinkage reaches 1\d\d\.\d%; it must stay below 100%/).length).toBeGreaterThan(0);
  expect(stepButton(6).getAttribute('aria-label')).toMatch(/needs input/);
});

test('solve: progress, result in every step, stale marks after an earlier change, cancel keeps the last result', async () => {
  const { runner, runs } = fakeRunner();
  mount(memoryPlanStorage(), runner);
  await importSample();
  goTo(7);
  fireEvent.click(screen.getByRole('button', { name: 'Solve the plan' }));
  act(() => runs[0].progress({ step: 7 }));
  expect(screen.getByText('Step 7 of 9: Schedule')).toBeTruthy(); // the step's name, not the engine's label
  expect(screen.getByRole('progressbar', { name: 'Solving the plan' })).toBeTruthy();
  await act(async () => runs[0].settle({ ok: true, value: sampleResult }));
  expect(screen.getByText('The plan is solved.')).toBeTruthy();
  expect(screen.getByText(/^Schedule optimal/)).toBeTruthy();
  for (let n = 1; n <= 9; n += 1) expect(stepButton(n).getAttribute('aria-label')).toMatch(/\(done\)/);
  expect((screen.getByRole('button', { name: 'Write Schedule sheet' }) as HTMLButtonElement).disabled).toBe(false);

  goTo(5);
  type(/IVR time/, '40');
  expect(stepButton(4).getAttribute('aria-label')).toMatch(/\(done\)/);
  for (const n of [5, 6, 7, 8, 9]) expect(stepButton(n).getAttribute('aria-label')).toMatch(/out of date/);
  expect(screen.getByText(/results below are out of date/)).toBeTruthy();
  goTo(7);
  expect((screen.getByRole('button', { name: 'Write Schedule sheet' }) as HTMLButtonElement).disabled).toBe(true);

  fireEvent.click(screen.getByRole('button', { name: 'Solve again' }));
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  await screen.findByText('Solving was cancelled. Your inputs are unchanged.');
  expect(runs[1].cancelled).toBe(true);
  expect(screen.getByText(/^Schedule optimal/)).toBeTruthy(); // the last result is still shown, marked stale
  expect(stepButton(7).getAttribute('aria-label')).toMatch(/out of date/);

  fireEvent.click(screen.getByRole('button', { name: 'Solve again' }));
  await act(async () => runs[2].settle({ ok: false, code: 'invalid', message: 'forecast: not enough history' }));
  expect(screen.getByText('The plan could not be solved: forecast: not enough history')).toBeTruthy();
});

test('once solved, a change re-solves by itself after the inputs are still; Cancel stops that', async () => {
  const { runner, runs } = fakeRunner();
  const pause = (ms: number) => act(() => new Promise<void>((done) => setTimeout(done, ms)));
  mount(memoryPlanStorage(), runner);
  await importSample();
  goTo(5);
  type(/IVR time/, '30');
  await pause(AUTO_SOLVE_DELAY_MS + 200);
  expect(runs).toHaveLength(0); // nothing solves before the user asks once
  goTo(7);
  fireEvent.click(screen.getByRole('button', { name: 'Solve the plan' }));
  await act(async () => runs[0].settle({ ok: true, value: sampleResult }));
  goTo(5);
  type(/IVR time/, '40');
  type(/IVR time/, '45');
  expect(runs).toHaveLength(1);
  await pause(AUTO_SOLVE_DELAY_MS + 200);
  expect(runs).toHaveLength(2); // one run for the two quick edits
  await act(async () => runs[1].settle({ ok: true, value: sampleResult }));
  for (const n of [5, 6, 7, 8, 9]) expect(stepButton(n).getAttribute('aria-label')).toMatch(/\(done\)/);
  type(/IVR time/, '50');
  await pause(AUTO_SOLVE_DELAY_MS + 200);
  expect(runs).toHaveLength(3);
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  await screen.findByText('Solving was cancelled. Your inputs are unchanged.');
  type(/IVR time/, '55');
  await pause(AUTO_SOLVE_DELAY_MS + 200);
  expect(runs).toHaveLength(3); // after Cancel, only Solve starts again
}, 90_000); // ~12 s alone; several times that on the shared, loaded machine

test('importing a plan JSON with problems is refused and changes nothing', async () => {
  mount();
  const input = screen.getByLabelText('Plan file') as HTMLInputElement;
  const text = JSON.stringify({ ...newDraft(), service: { slTarget: 1.5, targetSeconds: 20 } });
  const file = fileOf(text, 'bad-plan.json');
  await act(async () => { fireEvent.change(input, { target: { files: [file] } }); });
  await screen.findByText(/“bad-plan.json” has \d+ problems?; the plan was not changed/);
  expect(screen.getByText(/service.slTarget must be less than 1/)).toBeTruthy();
  expect((screen.getByRole('textbox', { name: /Service level target/ }) as HTMLInputElement).value).toBe('80');
});

test('the catalogue has no empty message', () => {
  const walk = (node: unknown, path: string): string[] =>
    typeof node === 'string' ? (node.trim() === '' ? [path] : []) : Object.entries(node as object).flatMap(([k, v]) => walk(v, `${path}.${k}`));
  expect(walk(en, 'en')).toEqual([]);
});

test('step 3: closed days are gaps in the daily chart’s table, never drops to zero', async () => {
  const { runner, runs } = fakeRunner();
  mount(memoryPlanStorage(), runner);
  await importSample();
  goTo(7);
  fireEvent.click(screen.getByRole('button', { name: 'Solve the plan' }));
  await act(async () => runs[0].settle({ ok: true, value: sampleResult }));
  goTo(3);
  const rowOf = (date: string) => screen.getAllByRole('row').find((r) => r.textContent?.startsWith(date));
  // Sunday 8 November is closed in the sample (no Sundays in its history): no figure, not 0
  const sunday = rowOf('2026-11-08');
  expect(sunday).toBeTruthy();
  expect(within(sunday!).getAllByRole('cell').slice(1).map((c) => c.textContent)).toEqual(['', '']);
  // Sunday 1 November, between the history and the plan: a gap too
  expect(within(rowOf('2026-11-01')!).getAllByRole('cell').slice(1).map((c) => c.textContent)).toEqual(['', '']);
  // an open day shows its forecast
  expect(within(rowOf('2026-11-02')!).getAllByRole('cell')[2].textContent).toMatch(/^\d{1,2},\d{3}$/);
});
