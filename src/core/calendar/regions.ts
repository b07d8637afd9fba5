/**
 * Regional calendars: a region's public holidays and, for China, the official
 * make-up working days (调休), from maintained data, never a hand-typed list
 * (architecture.md, "holiday calendars"):
 * - China ("CN"): chinese-days, which follows the State Council's yearly
 *   notice on the holiday arrangements (国务院办公厅关于…部分节假日安排的通知):
 *   every rest day of a holiday stretch, weekend days in it included, and the
 *   weekend days declared working days. A year the notice is not yet in the
 *   data (it is published each November for the next year) falls back to
 *   date-holidays' statutory days (no make-up days), and says so.
 * - Everywhere else: date-holidays, type "public" only (bank holidays,
 *   observances and optional days left out), with its observed substitute
 *   days ("Independence Day (substitute day)").
 * Regions are ISO 3166 codes as date-holidays accepts them: a country "US",
 * or a country and subdivision "US-CA", "DE-BY", "GB-SCT".
 * Both packages are plain JavaScript without Node or DOM imports.
 */
import Holidays from 'date-holidays';
import chineseDays from 'chinese-days';
import { addDays, isoDate, weekday } from './dates';
import { type Region, parseRegion, regionCode } from './regionCodes';

export { type Region, parseRegion, regionCode };

/** The days a region's calendar sets apart, by ISO date. */
export interface RegionalDays {
  /** the region as given, upper-cased ("US-CA") */
  region: string;
  /** public holidays (rest days) and their names */
  holidays: Map<string, string>;
  /** weekend days declared working days (China's 调休), and the holiday they make up for */
  makeupDays: Map<string, string>;
  /** years asked for that the make-up data does not cover yet (China only): statutory days only */
  uncoveredYears: number[];
}

/** Weekday names chinese-days gives a day outside any holiday stretch. */
const PLAIN_DAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** One year of China's official calendar from chinese-days; false when the year is not in its data. */
function chinaYear(year: number, out: RegionalDays): boolean {
  let named = 0;
  const first = isoDate(year, 1, 1);
  for (let d = first; d.startsWith(String(year)); d = addDays(d, 1)) {
    const detail = chineseDays.getDayDetail(d);
    if (PLAIN_DAY.test(detail.name)) continue;
    named++;
    // "Spring Festival,春节,4": English name, Chinese name, days
    const [, zh] = detail.name.split(',');
    if (!detail.work) out.holidays.set(d, zh ?? detail.name);
    else if (weekday(d) >= 5) out.makeupDays.set(d, zh ?? detail.name);
  }
  return named > 0;
}

/** One year of date-holidays' public holidays (all-day ones: China's half days for some groups are not closures). */
function publicYear(region: Region, year: number, out: RegionalDays): void {
  const h = new Holidays(region.country, region.subdivision ?? '', { types: ['public'] });
  for (const day of h.getHolidays(year) || []) {
    if (day.type !== 'public' || !day.date.endsWith('00:00:00')) continue;
    const date = day.date.slice(0, 10);
    if (!out.holidays.has(date)) out.holidays.set(date, day.name);
  }
}

/**
 * A region's public holidays and make-up working days from `firstYear` to
 * `lastYear` (inclusive).
 * @example regionalDays({ country: 'CN' }, 2025, 2025).makeupDays.has('2025-02-08') //=> true
 */
export function regionalDays(region: Region, firstYear: number, lastYear: number): RegionalDays {
  const out: RegionalDays = { region: regionCode(region), holidays: new Map(), makeupDays: new Map(), uncoveredYears: [] };
  for (let y = firstYear; y <= lastYear; y++) {
    if (region.country === 'CN' && chinaYear(y, out)) continue;
    if (region.country === 'CN') out.uncoveredYears.push(y);
    publicYear(region, y, out);
  }
  return out;
}

/** Closed days as the plan's `forecast.holidays` gives them: dates, a region, or a region with the centre's own dates and exceptions. */
export type HolidaySpec = readonly string[] | string | { readonly region: string; readonly dates?: readonly string[]; readonly except?: readonly string[] };

/** What a holiday setting means for the years asked: the dates the planner listed (always closed) and the region's days (whose effect the history decides). */
export interface HolidayCalendar {
  /** dates the planner listed: closed */
  listed: string[];
  /** the region's holidays and make-up days, the `except` dates taken out; absent without a region */
  regional?: RegionalDays;
}

/**
 * Reads a holiday setting for `firstYear`–`lastYear`; undefined region when
 * the code names none (the config schema has already said so; the CLI checks
 * with `parseRegion` first).
 * @example holidayCalendar({ region: 'US-CA', except: ['2026-11-27'] }, 2026, 2026).regional.holidays.has('2026-11-26') //=> true
 */
export function holidayCalendar(spec: HolidaySpec | undefined, firstYear: number, lastYear: number): HolidayCalendar {
  if (spec === undefined) return { listed: [] };
  if (Array.isArray(spec)) return { listed: [...spec] };
  const { region: code, dates = [], except = [] } = typeof spec === 'string' ? { region: spec } : (spec as Exclude<HolidaySpec, string | readonly string[]>);
  const region = parseRegion(code);
  if (!region) return { listed: [...dates] };
  const regional = regionalDays(region, firstYear, lastYear);
  for (const d of except) { regional.holidays.delete(d); regional.makeupDays.delete(d); }
  return { listed: [...dates], regional };
}
