/**
 * Engine texts in a language: notes, import issues and whole import reports
 * worded from the language's table, values written by `f` (the plain
 * formatters unless a face passes its own).
 */
import type { Locale } from '../../i18n/locale';
import type { ValidationIssue, ValidationReport } from '../workload/validationReport';
import type { EngineTexts } from './engineTexts';
import type { Note } from './note';
import { type NoteFormat, plainFormat } from './plainFormat';
import { textsEn } from './texts.en';
import { textsZhCN } from './texts.zh-CN';

const TABLES: Readonly<Record<Locale, EngineTexts>> = { en: textsEn, 'zh-CN': textsZhCN };

/** @example textsFor('zh-CN').terms.methods['calendar-regression'] //=> '日历回归' */
export const textsFor = (locale: Locale): EngineTexts => TABLES[locale];

/** @example renderNote(note('clean.unrepaired', { count: 2 }), 'zh-CN') //=> '2 项已接受修复的异常没有可比数据可用，已按观测保留' */
export function renderNote(n: Note, locale: Locale, f: NoteFormat = plainFormat(locale)): string {
  const text = TABLES[locale].notes[n.code] as (params: Note['params'], f: NoteFormat) => string;
  const body = text(n.params, f);
  return n.team === undefined ? body : `${TABLES[locale].where.team(n.team)}${body}`;
}

/** What is wrong with an import and what was done about it, by the issue's kind and values. */
export function issueWords(issue: ValidationIssue, locale: Locale, f: NoteFormat = plainFormat(locale)): { problem: string; action: string } {
  const texts = TABLES[locale].issues[issue.kind] as { problem(p: unknown, f: NoteFormat): string; action(p: unknown, f: NoteFormat): string };
  return { problem: texts.problem(issue.params, f), action: texts.action(issue.params, f) };
}

/** One issue as a line: severity, row and column, problem; action. */
export function issueLine(issue: ValidationIssue, locale: Locale, f: NoteFormat = plainFormat(locale)): string {
  const { problem, action } = issueWords(issue, locale, f);
  return TABLES[locale].report.issue(issue.severity, issue.row, issue.column, problem, action);
}

/**
 * The report as lines: rows read/used/skipped, its notes, kinds with more issues than listed, then each issue.
 * @example reportLines(report, 'en')[0] //=> '6,880 rows read, 6,880 used, 0 skipped'
 */
export function reportLines(report: ValidationReport, locale: Locale, f: NoteFormat = plainFormat(locale)): string[] {
  const { report: texts } = TABLES[locale];
  const lines = [texts.counts(report.rowsRead, report.rowsUsed, report.rowsSkipped, f)];
  for (const n of report.notes) lines.push(texts.note(renderNote(n, locale, f)));
  for (const [kind, count] of Object.entries(report.counts) as [ValidationIssue['kind'], number][]) {
    const listed = report.issues.filter((i) => i.kind === kind).length;
    if (count > listed) lines.push(texts.capped(kind, count, listed, f));
  }
  for (const i of report.issues) lines.push(issueLine(i, locale, f));
  return lines;
}

const isNote = (v: object): v is Note => 'code' in v && 'params' in v && typeof v.code === 'string' && Object.hasOwn(textsEn.notes, v.code);

const isIssue = (v: object): v is ValidationIssue =>
  'kind' in v && 'severity' in v && 'params' in v && typeof v.kind === 'string' && Object.hasOwn(textsEn.issues, v.kind);

/**
 * A `JSON.stringify` replacer that words the engine's data on the way out: each note gains
 * its `text`, each import issue its `problem` and `action` (as plan.json has them).
 * @example JSON.stringify({ n: note('clean.unrepaired', { count: 2 }) }, withTexts('en')) // '{"n":{"code":…,"params":…,"text":"2 accepted anomalies…"}}'
 */
export const withTexts =
  (locale: Locale, f: NoteFormat = plainFormat(locale)) =>
  (_key: string, v: unknown): unknown =>
    typeof v !== 'object' || v === null ? v : isNote(v) ? { ...v, text: renderNote(v, locale, f) } : isIssue(v) ? { ...v, ...issueWords(v, locale, f) } : v;
