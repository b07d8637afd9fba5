/** @jest-environment jsdom */
/**
 * The wizard's column mapping (step 2), anomaly review (step 3), saves that
 * fail or are too large (a fake Office document: settings and custom XML
 * parts), and cross-field problems shown before any history is imported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { XmlPartStore } from '../../src/taskpane/host/xmlParts';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { memoryPlanStorage, type PlanStorage } from '../../src/taskpane/state/storage';
import { openWorkbookStorage, PART_NAMESPACES } from '../../src/taskpane/state/workbookStorage';
import { fileOf } from '../support/files';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const HISTORY = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');
const runner: PlanRunner = { run: () => ({ outcome: new Promise(() => undefined), cancel: () => undefined }) };
const mount = (storage: PlanStorage, kind: 'preview' | 'excel' = 'preview') =>
  render(<App host={{ kind, dark: false, language: 'en-US' }} storage={storage} runner={runner} i18n={createI18n('en-US')} />);
const nav = () => screen.getByRole('navigation', { name: 'Planning steps' });
const goTo = (n: number) => fireEvent.click(within(nav()).getByRole('button', { name: new RegExp(`^Step ${n}:`) }));

async function importText(name: string, text: string) {
  const file = fileOf(text, name);
  await act(async () => { fireEvent.change(screen.getByLabelText('History file'), { target: { files: [file] } }); });
}

test('step 2: the column mapping lists the file’s headers as they are (Chinese included); a new choice re-imports and the report follows', async () => {
  mount(memoryPlanStorage());
  goTo(2);
  const text = ['日期,时段,来电量,总来电,接听量', ...['2026-03-02', '2026-03-03', '2026-03-04'].flatMap((d) => [`${d},09:00,12,40,11`, `${d},09:30,15,50,14`])].join('\n');
  await importText('话务.csv', text);
  await screen.findByText(/6 intervals from 2026-03-02 to 2026-03-04/);
  const calls = screen.getByRole('combobox', { name: 'Calls offered' }) as HTMLSelectElement;
  expect([...calls.options].map((o) => o.text)).toEqual(['来电量 (detected)', '日期', '时段', '来电量', '总来电', '接听量']);
  expect(screen.getByText(/offered ← "来电量"/)).toBeTruthy();
  fireEvent.change(calls, { target: { value: '总来电' } });
  expect(screen.getByText(/offered ← "总来电"/)).toBeTruthy();
  // the same column for two fields: the core's validator names it
  fireEvent.change(screen.getByRole('combobox', { name: 'Calls answered' }), { target: { value: '总来电' } });
  expect(screen.getByText(/reads the same column "总来电" as offered/)).toBeTruthy();
  fireEvent.change(screen.getByRole('combobox', { name: 'Calls answered' }), { target: { value: '' } });
  expect(screen.queryByText(/reads the same column/)).toBeNull();
});

test('step 2: a file whose columns are not recognised is refused, then imported once the user maps them', async () => {
  mount(memoryPlanStorage());
  goTo(2);
  await importText('export.csv', 'Tag,Uhrzeit,Anrufe\n02.03.2026,09:00,12\n02.03.2026,09:30,15\n03.03.2026,09:00,13\n');
  await screen.findByText('“export.csv” was not imported: nothing was changed');
  expect(screen.getByText(/cannot be imported with these columns yet/)).toBeTruthy();
  fireEvent.change(screen.getByRole('combobox', { name: 'Date' }), { target: { value: 'Tag' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Interval start' }), { target: { value: 'Uhrzeit' } });
  expect(screen.getByText('“export.csv” was not imported: nothing was changed')).toBeTruthy();
  fireEvent.change(screen.getByRole('combobox', { name: 'Calls offered' }), { target: { value: 'Anrufe' } });
  expect(screen.queryByText(/was not imported/)).toBeNull();
  expect(screen.getByText('History in use: export.csv')).toBeTruthy();
  expect(screen.getByText(/3 intervals from 2026-03-02 to 2026-03-03/)).toBeTruthy();
});

test('step 3: the sample’s outage is listed with a repair switch; switching it off keeps it and is saved in the plan', async () => {
  const storage = memoryPlanStorage();
  mount(storage);
  goTo(2);
  await importText('sample-history.csv', HISTORY);
  await screen.findByText(/6,880 intervals/);
  goTo(3);
  const table = screen.getByRole('table', { name: 'Flagged anomalies' });
  const row = within(table).getByRole('switch', { name: 'Repair 2026-03-17 10:00' }).closest('tr')!;
  expect(within(row).getByText('Low')).toBeTruthy();
  expect(within(row).getByText('26')).toBeTruthy();
  const repairedCell = row.querySelectorAll('td')[4].textContent!;
  expect(Number(repairedCell.replace(/,/g, ''))).toBeGreaterThan(300);
  expect(within(table).getByRole('switch', { name: 'Repair 2026-03-17 13:00' })).toBeTruthy(); // the catch-up surge
  // whole busy days (the sample's billing days) start kept; the outage and the surge start repaired
  const summary = screen.getByText(/flagged, \d+ repaired, \d+ kept as observed/);
  const keptBefore = Number(/(\d+) kept as observed/.exec(summary.textContent!)![1]);
  expect(keptBefore).toBeGreaterThan(0);
  fireEvent.click(within(table).getByRole('switch', { name: 'Repair 2026-03-17 10:00' }));
  expect((within(table).getByRole('switch', { name: 'Repair 2026-03-17 10:00' }) as HTMLInputElement).checked).toBe(false);
  expect(row.querySelectorAll('td')[4].textContent).toBe('—');
  expect(summary.textContent).toMatch(new RegExp(`${keptBefore + 1} kept as observed`));
  expect(storage.saved?.draft.forecast?.cleaning?.overrides).toEqual([{ date: '2026-03-17', start: '10:00', accept: false }]);
  fireEvent.change(screen.getByRole('combobox', { name: 'Repair method' }), { target: { value: 'interpolate' } });
  expect(storage.saved?.draft.forecast?.cleaning?.repair).toBe('interpolate');
  fireEvent.click(within(table).getByRole('switch', { name: 'Repair 2026-03-17 10:00' }));
  expect(storage.saved?.draft.forecast?.cleaning?.overrides).toEqual([]);
});

test('shrinkage ≥ 100% is shown on step 6 before any history is imported', () => {
  mount(memoryPlanStorage());
  goTo(6);
  fireEvent.change(screen.getByRole('textbox', { name: 'Absence share of paid time' }), { target: { value: '90' } });
  expect(screen.getAllByText(/total shrinkage reaches 1\d\d\.\d%; it must stay below 100%/).length).toBeGreaterThan(0);
});

/** A fake Office document: settings (Office.Settings' shape) and the workbook's custom XML parts. */
function fakeDocument() {
  const values = new Map<string, unknown>();
  const parts = new Map<string, string>();
  const doc = {
    failSettings: undefined as string | undefined,
    failParts: undefined as string | undefined,
    parts,
    settings: {
      get: (k: string) => values.get(k) ?? null,
      set: (k: string, v: unknown) => void values.set(k, v),
      remove: (k: string) => void values.delete(k),
      saveAsync: (cb?: (r: { status: string; error?: { message: string } }) => void) =>
        setTimeout(() => cb?.(doc.failSettings ? { status: 'failed', error: { message: doc.failSettings } } : { status: 'succeeded' }), 0),
    } as unknown as Office.Settings,
    xml: {
      read: async (ns) => parts.get(ns),
      write: async (ns, xml) => {
        if (doc.failParts) throw new Error(doc.failParts);
        if (xml === undefined) parts.delete(ns);
        else parts.set(ns, xml);
      },
    } as XmlPartStore,
    values,
  };
  return doc;
}

test('in Excel: the history goes to a custom XML part (not settings) and comes back on reopening', async () => {
  const doc = fakeDocument();
  const first = mount(await openWorkbookStorage(doc.settings, doc.xml), 'excel');
  goTo(2);
  await importText('sample-history.csv', HISTORY);
  await screen.findByText(/6,880 intervals/);
  await waitFor(() => expect(doc.parts.get(PART_NAMESPACES.history)).toBeDefined());
  expect([...doc.values.keys()]).toEqual(['NineStep.plan']);
  expect(doc.parts.get(PART_NAMESPACES.history)!.length).toBeGreaterThan(HISTORY.length);
  first.unmount();
  mount(await openWorkbookStorage(doc.settings, doc.xml), 'excel');
  expect(screen.getByText('History in use: sample-history.csv')).toBeTruthy();
  expect(screen.getByText(/6,880 intervals/)).toBeTruthy();
  expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');
});

test('in Excel: a failed settings save and a history over the size guard are shown with what to do; nothing is logged', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const doc = fakeDocument();
  doc.failSettings = 'The document is read-only.';
  mount(await openWorkbookStorage(doc.settings, doc.xml, 100_000), 'excel');
  goTo(2);
  await screen.findByText('Your plan settings could not be saved in the workbook.');
  expect(screen.getByText(/Reason given: The document is read-only\..*export the plan \(JSON\)/)).toBeTruthy();
  await importText('sample-history.csv', HISTORY);
  await screen.findByText('The history could not be saved in the workbook.');
  expect(screen.getByText(/It has [\d,]+ characters; at most 100,000 are kept\..*import the history again/)).toBeTruthy();
  expect(doc.parts.has(PART_NAMESPACES.history)).toBe(false); // no partial or stale copy left to restore
  // the host recovers: the next change saves and the message goes
  doc.failSettings = undefined;
  goTo(1);
  await waitFor(() => expect(screen.queryByText('Your plan settings could not be saved in the workbook.')).toBeNull());
  expect(screen.getByText('The history could not be saved in the workbook.')).toBeTruthy();
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
});

test('in Excel: a custom XML part that cannot be written is reported', async () => {
  const doc = fakeDocument();
  doc.failParts = 'Custom XML parts are not supported here.';
  mount(await openWorkbookStorage(doc.settings, doc.xml), 'excel');
  goTo(2);
  await importText('sample-history.csv', HISTORY);
  await screen.findByText('The history could not be saved in the workbook.');
  expect(screen.getByText(/Reason given: Custom XML parts are not supported here\./)).toBeTruthy();
});
