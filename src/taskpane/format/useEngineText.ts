import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/notes/note';
import { failureText } from '../../core/notes/failureText';
import { issueLine, renderNote, textsFor } from '../../core/notes/render';
import type { Failure } from '../../core/result';
import type { IssueKind, Severity, ValidationIssue, ValidationReport } from '../../core/workload/validationReport';
import { useLocale } from '../i18n/LocaleContext';
import { useFormat } from './useFormat';

/** One kind of import finding: how many there were and a few of them as lines. */
export interface FindingGroup {
  kind: IssueKind;
  severity: Severity;
  count: number;
  examples: string[];
}

/** The engine's own texts (notes, import reports) in the wizard's language, values through the locale's formatters. */
export interface EngineText {
  note(n: Note): string;
  /** a plan run's failure: its place and its note (else the core's English message) */
  failure(f: Pick<Failure, 'message' | 'note' | 'where'>): string;
  /** the import report as lines: counts, then its notes */
  report(r: ValidationReport): string[];
  /** an import finding's kind as a heading */
  kindName(kind: IssueKind): string;
  /** the import's findings grouped by kind, most severe first, each with its count and up to `examples` lines */
  findings(r: ValidationReport, examples?: number): FindingGroup[];
}

/**
 * Notes whose English engine wording names configuration fields or codes the
 * planner never sees in the pane (`staffing.patienceSeconds`,
 * `data.intervalMinutes`, `answeredWithin`): the pane says them through its
 * catalogue (`engineNotes`); the Chinese engine texts already use planners'
 * words. The missing AHT is worded by the pane in both languages: it names
 * the step-2 field to fill.
 */
const PANE_WORDED: Readonly<Record<'en' | 'zh-CN', ReadonlySet<Note['code']>>> = {
  en: new Set<Note['code']>(['plan.intervalMismatch', 'plan.noAht', 'import.columnsUsed']),
  'zh-CN': new Set<Note['code']>(['plan.noAht']),
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function useEngineText(): EngineText {
  const { locale } = useLocale();
  const { t } = useTranslation();
  const f = useFormat();
  return useMemo(() => {
    const terms = textsFor(locale).terms;
    const methodName = (code: string) => terms.methods[code as keyof typeof terms.methods] ?? code;
    /**
     * English engine texts name methods, repairs and months by code (as the CLI's
     * users type them); the pane gives them their names before the engine words the note.
     */
    const forPlanner = (n: Note): Note => {
      if (locale !== 'en') return n;
      const p = n.params as Record<string, unknown>;
      const named: Record<string, unknown> = { ...p };
      for (const key of ['method', 'challenger'] as const) if (typeof p[key] === 'string') named[key] = methodName(p[key] as string);
      if (n.code === 'clean.summary') named.repair = terms.repairs[n.params.repair] ?? n.params.repair;
      if (n.code === 'budgetYear.missingMonth') named.calendarMonth = t(`monthNames.${Number(n.params.calendarMonth)}`, { defaultValue: n.params.calendarMonth });
      return { ...n, params: named } as Note;
    };
    const note = (n: Note): string => {
      if (PANE_WORDED[locale].has(n.code)) {
        if (n.code === 'plan.intervalMismatch') return t('engineNotes.intervalMismatch', { configured: f.minutes(n.params.configured), history: f.minutes(n.params.history) });
        if (n.code === 'import.columnsUsed') return t('engineNotes.columnsUsed', { columns: n.params.columns.map(([field, header]) => t('engineNotes.columnUsed', { field: terms.columnFields[field] ?? field, header })).join(locale === 'zh-CN' ? '，' : ', ') });
        return t('engineNotes.noAht');
      }
      return renderNote(forPlanner(n), locale, f);
    };
    const failure = (x: Pick<Failure, 'message' | 'note' | 'where'>): string => failureText(x, locale, f, note);
    const report = (r: ValidationReport): string[] => {
      const texts = textsFor(locale).report;
      return [texts.counts(r.rowsRead, r.rowsUsed, r.rowsSkipped, f), ...r.notes.map((n) => texts.note(note(n)))];
    };
    const findings = (r: ValidationReport, examples = 3): FindingGroup[] => {
      const byKind = new Map<IssueKind, ValidationIssue[]>();
      for (const issue of r.issues) byKind.set(issue.kind, [...(byKind.get(issue.kind) ?? []), issue]);
      const kinds = new Set<IssueKind>([...(Object.keys(r.counts) as IssueKind[]), ...byKind.keys()]);
      return [...kinds]
        .map((kind): FindingGroup => {
          const listed = byKind.get(kind) ?? [];
          return {
            kind,
            severity: listed.reduce<Severity>((worst, i) => (SEVERITY_ORDER[i.severity] < SEVERITY_ORDER[worst] ? i.severity : worst), 'info'),
            count: Math.max(r.counts[kind] ?? 0, listed.length),
            examples: listed.slice(0, examples).map((i) => issueLine(i, locale, f)),
          };
        })
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count);
    };
    const kindName = (kind: IssueKind): string => textsFor(locale).terms.issueKinds[kind];
    return { note, failure, report, findings, kindName };
  }, [locale, f, t]);
}
