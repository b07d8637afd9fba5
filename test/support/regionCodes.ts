import Holidays from 'date-holidays';

/** Every region code date-holidays knows: countries, and country-subdivision pairs ("US-CA"), sorted. */
export function regionCodesOfLibrary(): string[] {
  const h = new Holidays();
  const codes: string[] = [];
  for (const country of Object.keys(h.getCountries() ?? {})) {
    codes.push(country);
    for (const state of Object.keys(h.getStates(country) ?? {})) codes.push(`${country}-${state}`);
  }
  return codes.sort();
}
