/** @jest-environment jsdom */
/**
 * Step 3's holidays: a region searched by name or code (English and Chinese
 * names), the centre's own dates and the region's holidays it opens, stored
 * in the schema's three shapes; the zh-CN plan's default (China) shown
 * selected; an unknown region named beside the picker; and the holidays and
 * make-up working days the setting gives in the horizon, checked against the
 * official calendars (US federal holidays 2026; the State Council's National
 * Day arrangement 2025: 1–8 October off, Sunday 28 September and Saturday 11
 * October worked).
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import type { PlanRunner } from '../../src/taskpane/run/planRunner';
import { newDraft, type PlanDraft } from '../../src/taskpane/state/planDraft';
import { memoryPlanStorage } from '../../src/taskpane/state/storage';
import { holidayParts, holidayValue } from '../../src/taskpane/steps/forecast/holidayParts';
import { regionOfText, regionOptions, searchRegions } from '../../src/taskpane/steps/forecast/regionOptions';

jest.mock('../../src/taskpane/components/LineChart', () => ({ LineChart: () => null }));
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };

const runner: PlanRunner = { run: () => ({ outcome: new Promise(() => undefined), cancel: () => undefined }) };

function mount(language: 'en-US' | 'zh-CN', draft: PlanDraft = newDraft()) {
  const storage = memoryPlanStorage({ draft, step: 2 });
  render(<App host={{ kind: 'preview', dark: false, language }} storage={storage} runner={runner} i18n={createI18n(language)} />);
  return storage;
}
const holidays = (storage: ReturnType<typeof memoryPlanStorage>) => storage.saved?.draft.forecast?.holidays;
const picker = (name: string | RegExp) => screen.getByRole('combobox', { name }) as HTMLInputElement;
/** The calendars load on first use (a separate chunk in the pane): the first preview may take a while under a loaded test machine. */
const LOAD = { timeout: 15_000 };
/** A plan in Chinese over the National Day holiday of 2025, holidays left to the default. */
const chinesePlan = (): PlanDraft => {
  const d = newDraft();
  const { holidays: _left, ...forecast } = d.forecast ?? {};
  return { ...d, locale: 'zh-CN', forecast: { ...forecast, from: '2025-09-27', days: 16 } };
};

describe('the schema shapes', () => {
  test('read: dates, a region, a region with dates and exceptions; left out, China for a plan in Chinese', () => {
    expect(holidayParts(['2026-12-25'], 'en')).toEqual({ dates: ['2026-12-25'], except: [], isDefault: false });
    expect(holidayParts('US-CA', 'zh-CN')).toEqual({ region: 'US-CA', dates: [], except: [], isDefault: false });
    expect(holidayParts({ region: 'CN', except: ['2025-10-08'] }, 'en')).toEqual({ region: 'CN', dates: [], except: ['2025-10-08'], isDefault: false });
    expect(holidayParts(undefined, 'zh-CN')).toEqual({ region: 'CN', dates: [], except: [], isDefault: true });
    expect(holidayParts(undefined, 'en')).toEqual({ region: undefined, dates: [], except: [], isDefault: true });
  });
  test('written: the smallest shape that says it', () => {
    expect(holidayValue({ dates: ['2026-12-25'], except: ['2026-01-01'] })).toEqual(['2026-12-25']);
    expect(holidayValue({ region: 'CN', dates: [], except: [] })).toBe('CN');
    expect(holidayValue({ region: 'CN', dates: ['2025-12-31'], except: [] })).toEqual({ region: 'CN', dates: ['2025-12-31'], except: [] });
  });
  test('regions found by name in either language or by code; a text naming none kept as typed', () => {
    const en = regionOptions('en');
    const zh = regionOptions('zh-CN');
    expect(en.find((o) => o.code === 'CN')?.label).toBe('China (CN)');
    expect(zh.find((o) => o.code === 'CN')?.label).toBe('中国 (CN)');
    expect(zh.find((o) => o.code === 'US-CA')?.label).toBe('California，美国 (US-CA)');
    expect(searchRegions(en, 'calif', 10).map((o) => o.code)).toEqual(['US-CA']);
    // countries first: Georgia the country before the US state
    expect(searchRegions(en, 'georgia', 10).map((o) => o.code)).toEqual(['GE', 'US-GA']);
    expect(searchRegions(zh, '中国', 10).map((o) => o.code)).toContain('CN');
    expect(searchRegions(zh, 'china', 10).map((o) => o.code)).toContain('CN');
    expect(regionOfText('de by', en)).toBe('DE-BY');
    expect(regionOfText('China', zh)).toBe('CN');
    expect(regionOfText('Atlantis', en)).toBe('Atlantis');
  });
});

test('a plan in Chinese shows China selected by default, and its National Day days in the horizon', async () => {
  mount('en-US', chinesePlan());
  expect(picker('Public holidays of').value).toBe('China (CN)');
  expect(screen.getByText(/The default for a plan in Chinese\./)).toBeTruthy();
  const preview = await screen.findByRole('region', { name: /^Holidays from/ }, LOAD);
  const items = within(preview).getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toHaveLength(10);
  expect(items[0]).toMatch(/^2025-09-28 Sun: make-up working day \(调休\) for 国庆节/);
  expect(items.slice(1, 9).every((s) => /: (国庆节|中秋) \(public holiday\)$/.test(s ?? ''))).toBe(true);
  expect(items[1]).toMatch(/^2025-10-01 Wed: 国庆节/);
  expect(items[8]).toMatch(/^2025-10-08 Wed: /);
  expect(items[9]).toMatch(/^2025-10-11 Sat: make-up working day/);
});

test('in Chinese the default reads 中国 (CN) and the preview is in Chinese', async () => {
  mount('zh-CN', chinesePlan());
  expect(picker('法定节假日所属地区').value).toBe('中国 (CN)');
  const preview = await screen.findByRole('region', { name: /的节假日$/ }, LOAD);
  expect(within(preview).getAllByRole('listitem')[0].textContent).toMatch(/^2025年9月28日 周日：国庆节调休上班日/);
});

test('a region picked from the search, own dates and exceptions are stored in the schema\'s shapes, previewed in the horizon', async () => {
  const storage = mount('en-US');
  // the sample's own dates: no region
  expect(picker('Public holidays of').value).toBe('None: only the dates below');
  expect(holidays(storage)).toEqual(['2026-11-26', '2026-12-25', '2027-01-01']);
  fireEvent.change(screen.getByRole('textbox', { name: /Days in the horizon/ }), { target: { value: '28' } });
  expect(await screen.findByText('2026-11-26 Thu: closed (your date)', {}, LOAD)).toBeTruthy();

  fireEvent.click(picker('Public holidays of'));
  fireEvent.change(picker('Public holidays of'), { target: { value: 'calif' } });
  const option = screen.getByRole('option', { name: 'California, United States (US-CA)' });
  fireEvent.click(option);
  expect(holidays(storage)).toEqual({ region: 'US-CA', dates: ['2026-11-26', '2026-12-25', '2027-01-01'], except: [] });
  fireEvent.change(screen.getByRole('textbox', { name: 'Other closed days' }), { target: { value: '' } });
  expect(holidays(storage)).toBe('US-CA');
  // 2 – 29 November 2026: Veterans Day (Wed 11), Thanksgiving (Thu 26) and, in California, the day after (Fri 27)
  const preview = await screen.findByRole('region', { name: /^Holidays from/ }, LOAD);
  await screen.findByText(/^2026-11-11 Wed: /, {}, LOAD);
  expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    '2026-11-11 Wed: Veterans Day (public holiday)',
    '2026-11-26 Thu: Thanksgiving Day (public holiday)',
    '2026-11-27 Fri: Day after Thanksgiving Day (public holiday)',
  ]);
  fireEvent.change(screen.getByRole('textbox', { name: 'Holidays the centre opens' }), { target: { value: '2026-11-27' } });
  expect(holidays(storage)).toEqual({ region: 'US-CA', dates: [], except: ['2026-11-27'] });
  expect(await screen.findByText('2026-11-26 Thu: Thanksgiving Day (public holiday)', {}, LOAD)).toBeTruthy();
  expect(screen.queryByText(/Day after Thanksgiving/)).toBeNull();
  // a wrong exception is named under its field
  fireEvent.change(screen.getByRole('textbox', { name: 'Holidays the centre opens' }), { target: { value: '2026-11-27, 2026-11-31' } });
  expect(screen.getByText('item 2: must be a calendar date "YYYY-MM-DD" (got "2026-11-31")')).toBeTruthy();
});

test('a region that does not exist is named beside the picker, in the pane\'s language', async () => {
  const storage = mount('en-US');
  const input = picker('Public holidays of');
  fireEvent.change(input, { target: { value: 'Atlantis' } });
  await act(async () => { fireEvent.blur(input); });
  expect(holidays(storage)).toEqual({ region: 'Atlantis', dates: ['2026-11-26', '2026-12-25', '2027-01-01'], except: [] });
  expect(screen.getByText('names no region (got "Atlantis"): use a country code such as "CN", "US", "GB", or a country and subdivision such as "US-CA", "DE-BY"')).toBeTruthy();
  fireEvent.change(input, { target: { value: 'de-by' } });
  await act(async () => { fireEvent.blur(input); });
  expect(holidays(storage)).toEqual({ region: 'DE-BY', dates: ['2026-11-26', '2026-12-25', '2027-01-01'], except: [] });
  expect(screen.queryByText(/names no region/)).toBeNull();
  expect(input.value).toBe('Bayern, Germany (DE-BY)');
});
