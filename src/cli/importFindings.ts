/**
 * An import report as a command line shows it: the rows line, the report's
 * notes, then each kind of error and warning with its count and up to three
 * examples (the issue lines of `reportLines`); informational findings only
 * counted. A file with 10,000 bad rows gives a few lines, not 10,000.
 * The full (capped) list stays in plan.json.
 */
import type { Locale } from '../i18n/locale';
import { issueLine, renderNote, textsFor } from '../core/notes/render';
import { plainFormat } from '../core/notes/plainFormat';
import type { IssueKind, Severity, ValidationIssue, ValidationReport } from '../core/workload/validationReport';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * @example importFindingLines(report) //=> ['6,880 rows read, 6,870 used, 10 skipped', 'error: row 6, column offered: "twenty" is not a number; interval skipped', '… 9 more not-a-number (10 in all)', 'info: 8 more findings (missing-days 8)']
 */
export function importFindingLines(report: ValidationReport, options: { locale?: Locale; examples?: number; where?: string } = {}): string[] {
  const locale = options.locale ?? 'en';
  const examples = options.examples ?? 3;
  const f = plainFormat(locale);
  const lines = [textsFor(locale).report.counts(report.rowsRead, report.rowsUsed, report.rowsSkipped, f)];
  for (const n of report.notes) lines.push(textsFor(locale).report.note(renderNote(n, locale, f)));

  const byKind = new Map<IssueKind, ValidationIssue[]>();
  for (const issue of report.issues) byKind.set(issue.kind, [...(byKind.get(issue.kind) ?? []), issue]);
  for (const kind of Object.keys(report.counts) as IssueKind[]) if (!byKind.has(kind)) byKind.set(kind, []);
  const worst = (issues: ValidationIssue[]): number => Math.min(RANK.info, ...issues.map((i) => RANK[i.severity]));
  const kinds = [...byKind.entries()].sort((a, b) => worst(a[1]) - worst(b[1]));

  const info: string[] = [];
  let infoCount = 0;
  for (const [kind, issues] of kinds) {
    const count = report.counts[kind] ?? issues.length;
    const important = issues.filter((i) => i.severity !== 'info');
    if (important.length === 0) {
      info.push(`${kind} ${f.count(count)}`);
      infoCount += count;
      continue;
    }
    const shown = important.slice(0, examples);
    for (const issue of shown) lines.push(issueLine(issue, locale, f));
    if (count > shown.length) lines.push(`  … ${f.count(count - shown.length)} more ${kind} (${f.count(count)} in all)`);
  }
  if (infoCount > 0) lines.push(`info: ${f.count(infoCount)} ${infoCount === 1 ? 'finding' : 'findings'} for information (${info.join(', ')})${options.where ? `, listed in ${options.where}` : ''}`);
  return lines;
}
