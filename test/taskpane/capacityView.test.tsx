/** @jest-environment jsdom */
/**
 * Step 8's capacity view: the hiring assumptions as fields with the core's
 * messages (attrition at 100%, a negative lead time, a class minimum above its
 * maximum), and the solved plan's capacity by month with its shortfalls, in
 * English and Chinese.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { note } from '../../src/core/notes/note';
import type { PlanResult } from '../../src/core/plan/planResult';
import type { Result } from '../../src/core/result';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { makePlanResult } from '../report/fixtures/planResult';
import { fileOf } from '../support/files';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const HISTORY = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');

function setup(language: 'en-US' | 'zh-CN' = 'en-US') {
  const settles: ((r: Result<PlanResult>) => void)[] = [];
  const runner: PlanRunner = { run: () => ({ outcome: new Promise<Result<PlanResult>>((ok) => settles.push(ok)), cancel: () => undefined }) };
  render(<App host={{ kind: 'preview', dark: false, language }} storage={memoryPlanStorage()} runner={runner} i18n={createI18n(language)} />);
  return settles;
}
const goTo = (n: number) => fireEvent.click(within(screen.getByRole('navigation')).getAllByRole('button')[n - 1]);
const type = (label: RegExp | string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

/** The fixture plan with a lead-time shortfall in its mid plan's first month. */
function resultWithShortfall(): PlanResult {
  const r = makePlanResult();
  const scenarios = r.capacity.scenarios.map((s) =>
    s.scenario !== 'mid' ? s : { ...s, months: s.months.map((m, i) => (i === 0 ? { ...m, shortfall: 12.4, shortfallNote: note('capacity.shortLeadTime', { month: m.month, fte: 12.4, joinMonth: '2026-03', productiveMonth: '2026-05' }) } : m)) },
  );
  return { ...r, capacity: { ...r.capacity, scenarios } };
}

test('step 8: bad capacity input shows the core’s messages naming the field', () => {
  setup();
  goTo(8);
  type('Attrition a month', '100');
  expect(screen.getAllByText(/must be below 100%/).length).toBeGreaterThan(0); // a monthly share: 100% would empty the centre every month
  type('Hiring lead time', '-2');
  expect(screen.getAllByText(/must be at least 0/).length).toBeGreaterThan(0);
  type('Smallest class', '12');
  type('Largest class', '8');
  expect(screen.getAllByText(/\(12 heads\) cannot exceed the largest class \(8 heads\)/).length).toBeGreaterThan(0);
});

test('step 8: after a run, the mid plan’s headcount and hires by month, and its shortfall named', async () => {
  const settles = setup();
  goTo(2);
  await act(async () => { fireEvent.change(screen.getByLabelText('History file'), { target: { files: [fileOf(HISTORY, 'sample-history.csv')] } }); });
  goTo(8);
  fireEvent.click(screen.getByRole('button', { name: 'Solve the plan' }));
  const result = resultWithShortfall();
  await act(async () => settles[0]({ ok: true, value: result }));
  const mid = result.capacity.scenarios.find((s) => s.scenario === 'mid')!;
  const table = screen.getByRole('table', { name: 'Mid plan: headcount and hiring by month' });
  const rows = within(table).getAllByRole('row');
  expect(rows).toHaveLength(1 + 12);
  expect(within(rows[0]).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Month', 'Required FTE', 'Hires', 'Headcount', 'Trainees', 'Productive FTE', 'Shortfall']);
  expect(within(rows[1]).getAllByRole('cell')[0].textContent).toBe('Jan 2026');
  expect(within(rows[1]).getAllByRole('cell')[6].textContent).toBe('short 12.4 FTE in Jan 2026: the earliest class can join in Mar 2026 and is fully productive from May 2026');
  expect(within(rows[3]).getAllByRole('cell')[2].textContent).toBe(String(mid.months[2].hires));
  expect(screen.getByText(new RegExp(`^Mid plan: 40 heads at the start \\(0\\.8 FTE each\\), ${mid.hires} hires in the year`))).toBeTruthy();
});
