/**
 * Validation reports: every problem found while importing names the row, the column, what
 * is wrong and what was done about it. Rows are never dropped silently.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface ValidationIssue {
  /** 1-based row in the source (a file's line, the header being row 1), 0 for the whole file. */
  readonly row: number;
  /** Column name as written in the source header, when the issue concerns one column. */
  readonly column?: string;
  /** Short stable code, e.g. 'not-a-number', 'duplicate-interval'. */
  readonly kind: string;
  readonly severity: Severity;
  /** What is wrong, in words a planner understands. */
  readonly problem: string;
  /** What the importer did about it. */
  readonly action: string;
}

export interface ValidationReport {
  /** Data rows read (the header not counted). */
  readonly rowsRead: number;
  /** Data rows that contributed to the result. */
  readonly rowsUsed: number;
  /** Data rows left out, each with at least one issue explaining why. */
  readonly rowsSkipped: number;
  /** Issues, at most `maxIssuesPerKind` of each kind (see `counts` for totals). */
  readonly issues: readonly ValidationIssue[];
  /** Number of issues of each kind, including those not listed. */
  readonly counts: Readonly<Record<string, number>>;
  /** Free-form facts about the import (detected columns, interval length, …). */
  readonly notes: readonly string[];
}

/**
 * Collects issues while importing; caps the list per kind so that a file with 100,000 bad
 * rows produces a readable report, while counting every one.
 * @example const r = new ReportBuilder(); r.add({ row: 3, kind: 'x', severity: 'warning', problem: 'p', action: 'a' });
 */
export class ReportBuilder {
  private readonly issues: ValidationIssue[] = [];
  private readonly counts: Record<string, number> = {};
  private readonly notes: string[] = [];
  rowsRead = 0;
  rowsUsed = 0;
  rowsSkipped = 0;

  constructor(private readonly maxIssuesPerKind = 50) {}

  add(issue: ValidationIssue): void {
    const n = (this.counts[issue.kind] ?? 0) + 1;
    this.counts[issue.kind] = n;
    if (n <= this.maxIssuesPerKind) this.issues.push(issue);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }

  build(): ValidationReport {
    const issues = [...this.issues].sort((a, b) => a.row - b.row);
    return {
      rowsRead: this.rowsRead,
      rowsUsed: this.rowsUsed,
      rowsSkipped: this.rowsSkipped,
      issues,
      counts: { ...this.counts },
      notes: [...this.notes],
    };
  }
}

/**
 * One line per issue, for CLIs and logs: 'row 12, column calls: … — …'.
 * @example formatIssue({ row: 12, column: 'calls', kind: 'not-a-number', severity: 'error', problem: '"abc" is not a number', action: 'row skipped' }) //=> 'error: row 12, column calls: "abc" is not a number; row skipped'
 */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.row > 0 ? `row ${issue.row}` : 'file';
  const col = issue.column ? `, column ${issue.column}` : '';
  return `${issue.severity}: ${where}${col}: ${issue.problem}; ${issue.action}`;
}

/**
 * The report as text lines: counts per kind, then the listed issues.
 * @example formatReport(report).join('\n')
 */
export function formatReport(report: ValidationReport): string[] {
  const lines = [`${report.rowsRead} rows read, ${report.rowsUsed} used, ${report.rowsSkipped} skipped`];
  for (const n of report.notes) lines.push(`note: ${n}`);
  for (const [kind, count] of Object.entries(report.counts)) {
    const listed = report.issues.filter((i) => i.kind === kind).length;
    if (count > listed) lines.push(`${kind}: ${count} issues (${listed} listed)`);
  }
  for (const i of report.issues) lines.push(formatIssue(i));
  return lines;
}
