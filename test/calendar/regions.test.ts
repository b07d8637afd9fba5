/**
 * Regional calendars against the published dates, written here by hand:
 * China's from the State Council's notices on the holiday arrangements for
 * 2024 (国办发明电〔2023〕7号), 2025 (国办发明电〔2024〕12号) and 2026
 * (国办发明电〔2025〕号, November 2025); California's from the state's list of
 * holidays for 2026 (CalHR), with the federal observed rule (5 U.S.C. 6103).
 */
import { holidayCalendar, parseRegion, regionalDays } from '../../src/core/calendar/regions';
import { addDays } from '../../src/core/calendar/dates';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { holidaySetting } from '../../src/core/plan/planConfig';

const span = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};

describe('China 2024–2026 (chinese-days against the State Council)', () => {
  const cn = regionalDays(parseRegion('CN')!, 2024, 2026);
  const off = (from: string, to: string) => span(from, to).every((d) => cn.holidays.has(d));
  test.each([
    ['2024 Spring Festival', '2024-02-10', '2024-02-17', ['2024-02-04', '2024-02-18']],
    ['2024 Qingming', '2024-04-04', '2024-04-06', ['2024-04-07']],
    ['2024 Labour Day', '2024-05-01', '2024-05-05', ['2024-04-28', '2024-05-11']],
    ['2024 National Day', '2024-10-01', '2024-10-07', ['2024-09-29', '2024-10-12']],
    ['2025 Spring Festival', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
    ['2025 Qingming', '2025-04-04', '2025-04-06', []],
    ['2025 Labour Day', '2025-05-01', '2025-05-05', ['2025-04-27']],
    ['2025 National Day and Mid-Autumn', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
    ['2026 Spring Festival', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
    ['2026 Qingming', '2026-04-04', '2026-04-06', []],
    ['2026 Labour Day', '2026-05-01', '2026-05-05', ['2026-05-09']],
    ['2026 National Day', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
  ])('%s: %s – %s off, make-up working days %j', (_name, from, to, makeup) => {
    expect(off(from, to)).toBe(true);
    // the days either side are not holidays
    expect(cn.holidays.has(addDays(from, -1)) && cn.holidays.has(addDays(to, 1))).toBe(false);
    for (const d of makeup) expect(cn.makeupDays.has(d)).toBe(true);
  });
  test('every make-up working day of the three years, and no other', () => {
    expect([...cn.makeupDays.keys()].sort()).toEqual([
      '2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12',
      '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
      '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
    ]);
    expect(cn.uncoveredYears).toEqual([]);
  });
  test('a year the data does not hold yet: statutory days, no make-up days, and said', () => {
    const later = regionalDays(parseRegion('CN')!, 2099, 2099);
    expect(later.uncoveredYears).toEqual([2099]);
    expect(later.holidays.has('2099-10-01')).toBe(true);
    expect(later.makeupDays.size).toBe(0);
  });
});

describe('California 2026 (date-holidays, public only)', () => {
  const ca = regionalDays(parseRegion('us-ca')!, 2026, 2026);
  test('Thanksgiving, the day after, Independence Day observed on Friday 3 July, Christmas', () => {
    for (const d of ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-11', '2026-11-26', '2026-11-27', '2026-12-25']) {
      expect([d, ca.holidays.has(d)]).toEqual([d, true]);
    }
    expect(ca.holidays.has('2026-07-02')).toBe(false);
    expect(ca.makeupDays.size).toBe(0);
  });
  test('dates and exceptions on top of the region', () => {
    const cal = holidayCalendar({ region: 'US-CA', dates: ['2026-12-24'], except: ['2026-11-27'] }, 2026, 2026);
    expect(cal.listed).toEqual(['2026-12-24']);
    expect(cal.regional!.holidays.has('2026-11-27')).toBe(false);
    expect(cal.regional!.holidays.has('2026-11-26')).toBe(true);
  });
});

describe('forecast.holidays in the configuration', () => {
  const base = { centre: { name: 'Test' }, data: { history: 'h.csv' }, costs: { currency: 'USD' } };
  const problems = (holidays: unknown) => {
    const r = validatePlanConfig({ ...base, forecast: { holidays } });
    return r.ok ? [] : (r.problems ?? []).map((p) => `${p.field} ${p.message}`);
  };
  test.each(['CN', 'US', 'GB', 'US-CA', 'DE-BY', 'gb-sct'])('region %s is accepted', (region) => expect(problems(region)).toEqual([]));
  test('a list of dates keeps working, and a region with dates and exceptions', () => {
    expect(problems(['2026-12-25'])).toEqual([]);
    expect(problems({ region: 'CN', dates: ['2026-10-09'], except: ['2026-10-08'] })).toEqual([]);
  });
  test.each(['XX', 'US-ZZ'])('a region that does not exist (%s) is named with the field', (region) => {
    expect(problems(region)).toEqual([`forecast.holidays names no region (got "${region}"): use a country code such as "CN", "US", "GB", or a country and subdivision such as "US-CA", "DE-BY"`]);
    expect(problems({ region })[0]).toMatch(/^forecast\.holidays\.region names no region/);
  });
  test('a value of the wrong shape says the three shapes', () => {
    expect(problems(5)[0]).toMatch(/^forecast\.holidays is not a valid value \(got 5\): expected a list of dates/);
  });
  test('left out: none, or China for a plan in Chinese', () => {
    const en = validatePlanConfig(base);
    const zh = validatePlanConfig({ ...base, locale: 'zh-CN' });
    expect(en.ok && holidaySetting(en.value)).toEqual([]);
    expect(zh.ok && holidaySetting(zh.value)).toBe('CN');
  });
});

test('the region codes the schema checks are exactly the installed date-holidays catalogue (regenerate: npx tsx scripts/region-codes.ts)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const committed: string[] = require('../../src/core/calendar/regionCodes.json');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { regionCodesOfLibrary } = require('../support/regionCodes');
  expect(committed).toEqual(regionCodesOfLibrary());
});

test('the region names the pane shows cover exactly those codes: subdivisions as date-holidays names them, countries in English and Chinese', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const names: Record<string, string[]> = require('../../src/core/calendar/regionNames.json');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const codes: string[] = require('../../src/core/calendar/regionCodes.json');
  expect(Object.keys(names).sort()).toEqual(codes);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { regionNamesOfLibrary } = require('../support/regionNames');
  const library = regionNamesOfLibrary() as Record<string, string[]>;
  for (const code of codes.filter((c) => c.includes('-'))) expect([code, names[code]]).toEqual([code, library[code]]);
  // ISO 3166 names (the English and Chinese ones the UN and China's GB/T 2659 use)
  expect(names.CN).toEqual(['China', '中国']);
  expect(names.US).toEqual(['United States', '美国']);
  expect(names.DE).toEqual(['Germany', '德国']);
  expect(names['US-CA']).toEqual(['California']);
  expect(codes.filter((c) => !c.includes('-') && !(names[c].length === 2 && names[c].every((n) => n.length > 0)))).toEqual([]);
});
