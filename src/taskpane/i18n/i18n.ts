/**
 * The message catalogue: every string the wizard shows comes from here
 * (i18next). English now; a language is one more catalogue file with the same
 * keys (e.g. zh-CN.ts) registered in CATALOGUES.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

export const CATALOGUES = { en } as const;
export type Catalogue = typeof en;

/** The catalogue for a BCP 47 tag ('zh-CN' → zh-CN when present, else English). */
export function catalogueLanguage(tag: string): keyof typeof CATALOGUES {
  const exact = Object.keys(CATALOGUES).find((k) => k.toLowerCase() === tag.toLowerCase());
  if (exact) return exact as keyof typeof CATALOGUES;
  const base = Object.keys(CATALOGUES).find((k) => k.split('-')[0] === tag.split('-')[0].toLowerCase());
  return (base as keyof typeof CATALOGUES | undefined) ?? 'en';
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
