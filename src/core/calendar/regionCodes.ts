/**
 * Region codes without the holiday data: the countries and subdivisions
 * date-holidays knows (regionCodes.json, written by scripts/region-codes.ts
 * from the installed package and checked against it in the tests), so the
 * config schema checks a region without loading every country's holidays.
 */
import codes from './regionCodes.json';

const KNOWN: ReadonlySet<string> = new Set(codes);

/** A region code split into country and subdivision, when date-holidays knows them. */
export interface Region {
  country: string;
  subdivision?: string;
}

/** The region's code as written in notes: "US-CA". */
export const regionCode = (r: Region): string => (r.subdivision ? `${r.country}-${r.subdivision}` : r.country);

/**
 * Reads a region code ("CN", "us-ca", "DE-BY"); undefined when date-holidays
 * knows no such country or subdivision ("XX", "US-ZZ").
 * @example parseRegion('us-ca') //=> { country: 'US', subdivision: 'CA' }
 */
export function parseRegion(code: string): Region | undefined {
  const m = /^\s*([A-Za-z]{2})(?:[-_ ]([A-Za-z0-9]{1,3}))?\s*$/.exec(code);
  if (!m) return undefined;
  const country = m[1].toUpperCase();
  if (!KNOWN.has(country)) return undefined;
  if (m[2] === undefined) return { country };
  const subdivision = m[2].toUpperCase();
  return KNOWN.has(`${country}-${subdivision}`) ? { country, subdivision } : undefined;
}
