/**
 * The languages NineStep speaks outside the wizard (custom functions, CLI,
 * workbooks): English and Simplified Chinese. Pure: no Office, no DOM.
 */
export const LOCALES = ['en', 'zh-CN'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * The locale for a BCP 47 tag as Office reports it (`Office.context.displayLanguage`):
 * Simplified Chinese tags (zh-CN, zh-SG, zh-Hans…) → 'zh-CN'; everything else,
 * including Traditional Chinese (zh-TW, zh-HK, zh-Hant), → 'en' until it has its own catalogue.
 *
 * @example resolveLocale('zh-cn') //=> 'zh-CN'
 * @example resolveLocale('zh-TW') //=> 'en'
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (t === 'zh' || t === 'zh-cn' || t === 'zh-sg' || t.startsWith('zh-hans')) return 'zh-CN';
  return DEFAULT_LOCALE;
}
