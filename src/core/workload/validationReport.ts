/**
 * Validation reports: every problem found while importing names the row, the column, what
 * is wrong and what was done about it. Rows are never dropped silently. Each issue is a
 * stable `kind` with its values (`params`); its words come from the engine's text tables
 * (src/core/notes: `issueWords`, `reportLines`), added at the edges.
 */
import type { DateFormat, DayMonthOrder } from './parseDate';
import type { Note } from '../notes/note';
import type { VendorId } from './vendorLayouts';

export type Severity = 'error' | 'warning' | 'info';

/** What a row skipped for an error loses: its interval (interval tables) or its call (per-call records). */
export type SkippedUnit = 'interval' | 'call';

/** The values each kind of issue records, by kind (the importers in this folder produce every one). */
export interface IssueParams {
  /** `vendor`: the detected report layout whose default order was assumed */
  'ambiguous-date-order': { order: DayMonthOrder; vendor?: VendorId };
  'mixed-date-order': { order: DayMonthOrder };
  'mixed-date-formats': { formats: { format: DateFormat; count: number; firstRow: number }[] };
  'blank-row': Record<string, never>;
  'bad-datetime': { value: string };
  /** an empty date, interval start or calls-offered cell */
  'missing-value': { field: 'date' | 'start' | 'offered' };
  'bad-date': { value: string; skipped: SkippedUnit };
  /** not a clock time, a start past the end of the day ('24:30'), or (per-call) no VRU time to place a call by */
  'bad-time': { reason: 'notTime' | 'beyondDay' | 'noVruTime'; value: string; skipped: SkippedUnit };
  /** per-call records read seconds (`skipped: 'call'`), interval tables counts */
  'not-a-number': { value: string; skipped: SkippedUnit };
  'negative': { value: number };
  'answered-exceeds-offered': { answered: number; offered: number };
  'duplicate-interval': { first: number; date: string; start: string; callType?: string };
  'interval-length-mismatch': { declared: number; detected: number };
  /** weekday 0 = Sunday; `open`: usually-open days in the gap */
  'missing-days': { from: string; to: string; weekday: number; open: number };
  'bad-outcome': { value: string };
  'phantom': Record<string, never>;
  /** queue time (with the wait used instead), VRU time or service time below 0 */
  'negative-duration': { field: 'queue' | 'vru' | 'service'; seconds: number; fixed?: number };
  'ended-in-vru': Record<string, never>;
  'zero-service-time': Record<string, never>;
  'served-without-server': Record<string, never>;
  'abandon-with-service': { seconds: number };
  /** a count of calls that is not whole under the file's number format, as written and as read */
  'fractional-count': { value: string; read: number };
  /** a quote opened on this row never closes: it would have swallowed `swallowed` later rows */
  'unclosed-quote': { swallowed: number };
  /** a spring-forward day: the local hour `from`–`to` does not exist */
  'dst-spring-gap': { date: string; from: string; to: string };
  /** a fall-back day: this clock time happened twice; the row adds to row `first` */
  'dst-repeated-hour': { date: string; start: string; first: number };
}

export type IssueKind = keyof IssueParams;

interface IssueOf<K extends IssueKind> {
  /** 1-based row in the source (a file's line, the header being row 1), 0 for the whole file. */
  readonly row: number;
  /** Column name as written in the source header, when the issue concerns one column. */
  readonly column?: string;
  /** Short stable code, e.g. 'not-a-number', 'duplicate-interval'. */
  readonly kind: K;
  readonly severity: Severity;
  readonly params: IssueParams[K];
}

/** One issue: where, its kind and its values (worded by `issueWords`). */
export type ValidationIssue = { [K in IssueKind]: IssueOf<K> }[IssueKind];

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
  readonly counts: Readonly<Partial<Record<IssueKind, number>>>;
  /** Facts about the import (detected columns, interval length, …). */
  readonly notes: readonly Note[];
}

/**
 * Collects issues while importing; caps the list per kind so that a file with 100,000 bad
 * rows produces a readable report, while counting every one.
 * @example const r = new ReportBuilder(); r.add({ row: 3, kind: 'blank-row', severity: 'info', params: {} });
 */
export class ReportBuilder {
  private readonly issues: ValidationIssue[] = [];
  private readonly counts: Partial<Record<IssueKind, number>> = {};
  private readonly notes: Note[] = [];
  rowsRead = 0;
  rowsUsed = 0;
  rowsSkipped = 0;

  constructor(private readonly maxIssuesPerKind = 50) {}

  add(issue: ValidationIssue): void {
    const n = (this.counts[issue.kind] ?? 0) + 1;
    this.counts[issue.kind] = n;
    if (n <= this.maxIssuesPerKind) this.issues.push(issue);
  }

  note(note: Note): void {
    this.notes.push(note);
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
