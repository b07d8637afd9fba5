/**
 * The message catalogue: every string the wizard shows comes from here
 * (i18next): English (en.ts) and Simplified Chinese (zh-CN.ts, same keys).
 * Which one follows Office's display language through src/i18n's
 * resolveLocale (zh-CN, zh-SG, zh-Hans… → zh-CN; everything else → en).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Locale, resolveLocale } from '../../i18n/locale';
import { en } from './en';
import { zhCN } from './zh-CN';

export const CATALOGUES: Record<Locale, object> = { en, 'zh-CN': zhCN };
export type Catalogue = typeof en;

/** The catalogue for a BCP 47 tag ('zh-Hans-CN' → 'zh-CN', 'zh-TW' → 'en', 'en-GB' → 'en'). */
export function catalogueLanguage(tag: string): Locale {
  return resolveLocale(tag);
}

/**
 * The locale numbers, dates and currency are formatted in: the catalogue's
 * own for Chinese; for English, the host's tag when it is an English-UI tag
 * (en-GB keeps 20/12 habits; de-DE keeps 1.234,5), else en-US.
 */
export function formatLocale(language: Locale, hostTag: string): string {
  if (language === 'zh-CN') return 'zh-CN';
  return hostTag && resolveLocale(hostTag) === 'en' ? hostTag : 'en-US';
}

/** A ready i18next instance for `language` (synchronous: the catalogues are bundled). */
export function createI18n(language: string): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(CATALOGUES).map(([k, v]) => [k, { translation: v }])),
    lng: catalogueLanguage(language),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
