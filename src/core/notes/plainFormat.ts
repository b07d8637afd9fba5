/**
 * How values inside engine texts are written. The wizard passes its own
 * formatters (Intl, the user's locale); CLIs, plan.json and workbooks use
 * these plain ones: ISO dates in English, 2026年9月8日 in Chinese.
 */
import type { Locale } from '../../i18n/locale';

export interface NoteFormat {
  /** whole quantities: 6880 → "6,880" */
  count(value: number): string;
  /** 0.055 → "5.5%" (digits after the point, default 1) */
  percent(fraction: number, digits?: number): string;
  /** "2026-09-08" as the language writes a day */
  date(iso: string): string;
  /** 9500000, "USD" → "USD 9,500,000" */
  money(value: number, currency: string): string;
}

const count = (value: number): string => Math.round(value).toLocaleString('en-US');

const zhDate = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
};

/** @example plainFormat('zh-CN').date('2026-09-08') //=> '2026年9月8日' */
export function plainFormat(locale: Locale): NoteFormat {
  return {
    count,
    percent: (fraction, digits = 1) => `${(fraction * 100).toFixed(digits)}%`,
    date: locale === 'zh-CN' ? zhDate : (iso) => iso,
    money: (value, currency) => `${currency} ${count(value)}`,
  };
}
