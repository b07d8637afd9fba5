import Holidays from 'date-holidays';
import { regionCodesOfLibrary } from './regionCodes';

/**
 * Names of every region date-holidays knows, for the pane's region picker:
 * a country's in English and Simplified Chinese (the ICU names Intl.DisplayNames
 * gives, else date-holidays' own), a subdivision's as date-holidays gives it
 * in English (its native name where it has none), keyed by region code.
 */
export function regionNamesOfLibrary(): Record<string, [string] | [string, string]> {
  const h = new Holidays();
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const zh = new Intl.DisplayNames(['zh-CN'], { type: 'region', fallback: 'none' });
  const countries = h.getCountries('en') ?? {};
  const out: Record<string, [string] | [string, string]> = {};
  for (const code of regionCodesOfLibrary()) {
    const [country, state] = code.split('-');
    if (state === undefined) {
      const name = en.of(country) ?? countries[country];
      const chinese = zh.of(country);
      out[code] = chinese ? [name, chinese] : [name];
    } else out[code] = [(h.getStates(country, 'en') ?? {})[state] ?? code];
  }
  return out;
}
