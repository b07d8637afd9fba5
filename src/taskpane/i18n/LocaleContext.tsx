import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Locale, LOCALES, resolveLocale } from '../../i18n/locale';
import type { Host } from '../host/host';
import type { PlanStorage } from '../state/storage';
import { formatLocale } from './i18n';

interface LocaleState {
  /** the catalogue in use */
  locale: Locale;
  /** the Intl locale numbers, dates and currency are formatted in */
  format: string;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState | undefined>(undefined);

/**
 * The wizard's language: Office's display language (resolved by src/i18n),
 * or in preview mode the language last picked in the header, saved with the
 * plan. Changing it switches the i18next catalogue at once.
 */
export function LocaleProvider(props: { host: Host; storage: PlanStorage; children: ReactNode }) {
  const { i18n } = useTranslation();
  const [locale, setState] = useState<Locale>(() => resolveLocale(i18n.language));
  const setLocale = useCallback((next: Locale) => {
    setState(next);
    void i18n.changeLanguage(next);
    if (typeof document !== 'undefined') document.documentElement.lang = next;
    props.storage.save({ language: next });
  }, [i18n, props.storage]);
  const value = useMemo(() => ({ locale, format: formatLocale(locale, props.host.language), setLocale }), [locale, props.host.language, setLocale]);
  return <LocaleContext.Provider value={value}>{props.children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale needs a LocaleProvider');
  return state;
}

/**
 * The first language: in preview mode the saved choice, else the host's
 * (Office's display language in Excel, the browser's in preview).
 */
export function initialLocale(host: Host, saved: Locale | undefined): Locale {
  return host.kind === 'preview' && saved ? saved : resolveLocale(host.language);
}

const useSwitchStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'row', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginInlineStart: 'auto' },
  select: { minWidth: '7.5em' },
});

/** The language switch in the header (preview mode): a labelled native select, so keyboard and screen readers know it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const styles = useSwitchStyles();
  const { locale, setLocale } = useLocale();
  return (
    <Field label={t('language.label')} orientation="horizontal" className={styles.field} size="small">
      <Select size="small" className={styles.select} value={locale} onChange={(_, d) => setLocale(d.value as Locale)}>
        {LOCALES.map((l) => <option key={l} value={l} lang={l}>{t(`language.${l}`)}</option>)}
      </Select>
    </Field>
  );
}
