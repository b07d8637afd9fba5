import { useMemo } from 'react';
import type { Note } from '../../core/notes/note';
import { failureText } from '../../core/notes/failureText';
import { renderNote, reportLines } from '../../core/notes/render';
import type { Failure } from '../../core/result';
import type { ValidationReport } from '../../core/workload/validationReport';
import { useLocale } from '../i18n/LocaleContext';
import { useFormat } from './useFormat';

/** The engine's own texts (notes, import reports) in the wizard's language, values through the locale's formatters. */
export interface EngineText {
  note(n: Note): string;
  /** a plan run's failure: its place and its note (else the core's English message) */
  failure(f: Pick<Failure, 'message' | 'note' | 'where'>): string;
  /** the import report as lines: counts, notes, issues */
  report(r: ValidationReport): string[];
}

export function useEngineText(): EngineText {
  const { locale } = useLocale();
  const f = useFormat();
  return useMemo(() => ({ note: (n) => renderNote(n, locale, f), failure: (x) => failureText(x, locale, f), report: (r) => reportLines(r, locale, f) }), [locale, f]);
}
