/**
 * The regions step 3's holiday picker offers: every country and subdivision
 * date-holidays knows (src/core/calendar/regionNames.json, generated with the
 * codes by scripts/region-codes.ts), labelled in the pane's language: "China
 * (CN)", "中国 (CN)", "California, United States (US-CA)". Subdivisions have
 * no Chinese names in the data: their own name, then the country's in Chinese.
 */
import names from '../../../core/calendar/regionNames.json';
import { parseRegion, regionCode } from '../../../core/calendar/regionCodes';
import type { Locale } from '../../../i18n/locale';

const NAMES = names as Record<string, string[]>;

export interface RegionOption {
  /** "CN", "US-CA" */
  code: string;
  label: string;
}

/** A region's name in `locale` (English where the data has no Chinese). */
function nameOf(code: string, locale: Locale): string {
  const [en, zh] = NAMES[code] ?? [code];
  return locale === 'zh-CN' && zh ? zh : en;
}

/**
 * A region's label: its name and code, a subdivision's with its country's.
 * @example regionLabel('US-CA', 'en') //=> 'California, United States (US-CA)'
 */
export function regionLabel(code: string, locale: Locale): string {
  const [country, subdivision] = code.split('-');
  const name = subdivision === undefined ? nameOf(code, locale) : `${nameOf(code, locale)}${locale === 'zh-CN' ? '，' : ', '}${nameOf(country, locale)}`;
  return `${name} (${code})`;
}

/** Every region, labelled in `locale`, in the data's order (countries by code, each followed by its subdivisions). */
export function regionOptions(locale: Locale): RegionOption[] {
  return Object.keys(NAMES).map((code) => ({ code, label: regionLabel(code, locale) }));
}

/**
 * The regions whose label (or English name, or code) holds `query`, countries
 * first, at most `limit`: what the picker lists as the planner types.
 * @example searchRegions(regionOptions('en'), 'calif', 10).map((o) => o.code) //=> ['US-CA']
 */
export function searchRegions(options: readonly RegionOption[], query: string, limit: number): RegionOption[] {
  const q = query.trim().toLowerCase();
  const hits = q === '' ? [...options] : options.filter((o) => o.label.toLowerCase().includes(q) || (NAMES[o.code]?.[0] ?? '').toLowerCase().includes(q));
  const countries = hits.filter((o) => !o.code.includes('-'));
  return [...countries, ...hits.filter((o) => o.code.includes('-'))].slice(0, limit);
}

/**
 * The region code a typed text means: a code ("us-ca" → "US-CA"), or an
 * option's label or name typed in full; otherwise the text as typed, so that
 * the config's validator names it ('unknownRegion').
 * @example regionOfText('california, united states (us-ca)', regionOptions('en')) //=> 'US-CA'
 */
export function regionOfText(text: string, options: readonly RegionOption[]): string {
  const t = text.trim();
  const parsed = parseRegion(t);
  if (parsed) return regionCode(parsed);
  const lower = t.toLowerCase();
  const match = options.find((o) => o.label.toLowerCase() === lower || (NAMES[o.code] ?? []).some((n) => n.toLowerCase() === lower));
  return match ? match.code : t;
}
