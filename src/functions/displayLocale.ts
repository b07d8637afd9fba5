/**
 * The language the custom functions answer in: Office's display language
 * (`Office.context.displayLanguage`, e.g. 'zh-CN') when the runtime exposes
 * it, otherwise English. Read on every call, so it follows the host.
 */
import { type Locale, resolveLocale } from '../i18n/locale';

interface OfficeLike {
  readonly context?: { readonly displayLanguage?: string };
}

export function displayLocale(host: unknown = globalThis): Locale {
  try {
    const office = (host as { Office?: OfficeLike }).Office;
    return resolveLocale(office?.context?.displayLanguage);
  } catch {
    return 'en'; // Office.context throws before Office.onReady in some hosts: English until it is ready
  }
}
