import { useMemo } from 'react';
import type { Note } from '../../core/notes/note';
import { renderNote, reportLines } from '../../core/notes/render';
import type { ValidationReport } from '../../core/workload/validationReport';
import { useLocale } from '../i18n/LocaleContext';
import { useFormat } from './useFormat';

/** The engine's own texts (notes, import reports) in the wizard's language, values through the locale's formatters. */
export interface EngineText {
  note(n: Note): string;
  /** the import report as lines: counts, notes, issues */
  report(r: ValidationReport): string[];
}

export function useEngineText(): EngineText {
  const { locale } = useLocale();
  const f = useFormat();
  return useMemo(() => ({ note: (n) => renderNote(n, locale, f), report: (r) => reportLines(r, locale, f) }), [locale, f]);
}
