import { useMemo } from 'react';
import { useLocale } from '../i18n/LocaleContext';

/** Numbers with units in the user's locale (Intl.NumberFormat). No maths: values come from the core. */
export interface Formatters {
  /** 0.8 → "80%" */
  percent(fraction: number, digits?: number): string;
  /** 20 → "20 sec" */
  seconds(value: number, digits?: number): string;
  /** 1234.5 → "1,235" */
  count(value: number): string;
  /** 12.3456 → "12.35" */
  decimal(value: number, digits?: number): string;
  /** 1234 → "$1,234" */
  money(value: number, currency: string, digits?: number): string;
  /** 480 → "480 min" */
  minutes(value: number): string;
  /** 37.5 → "37.5 hr" */
  hours(value: number, digits?: number): string;
  /** an ISO day "2025-11-03": as is in English (planners' files use ISO), "2025年11月3日" in Chinese */
  date(iso: string): string;
}

export function makeFormatters(locale: string): Formatters {
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, options: Intl.NumberFormatOptions) => {
    let f = cache.get(key);
    if (!f) {
      try {
        f = new Intl.NumberFormat(locale, options);
      } catch {
        f = new Intl.NumberFormat('en-US', options);
      }
      cache.set(key, f);
    }
    return f;
  };
  const unit = (u: string, digits: number) => nf(`${u}${digits}`, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: digits });
  return {
    percent: (v, d = 1) => nf(`p${d}`, { style: 'percent', maximumFractionDigits: d }).format(v),
    seconds: (v, d = 1) => unit('second', d).format(v),
    count: (v) => nf('c', { maximumFractionDigits: 0 }).format(v),
    decimal: (v, d = 2) => nf(`d${d}`, { maximumFractionDigits: d }).format(v),
    money: (v, currency, d = 0) => nf(`m${currency}${d}`, { style: 'currency', currency, maximumFractionDigits: d, minimumFractionDigits: d }).format(v),
    minutes: (v) => unit('minute', 0).format(v),
    hours: (v, d = 1) => unit('hour', d).format(v),
    date: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!m || !/^zh\b/i.test(locale)) return iso;
      return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    },
  };
}

export function useFormat(): Formatters {
  const { format } = useLocale();
  return useMemo(() => makeFormatters(format), [format]);
}
