/**
 * Importing interval tables (one row per interval) from CSV/TSV text or a sheet range.
 */
import { Result, success, invalid } from '../result';
import { dayNumber, fromDayNumber, sundayFirstWeekday } from '../calendar/dates';
import { formatClock } from '../calendar/clock';
import { ColumnField, ColumnOverride, detectColumns } from './columnMapping';
import { parseDelimitedText } from './delimitedText';
import { IntervalRecord } from './intervalRecord';
import { DateFormat, DayMonthOrder, detectDayMonthOrder, parseDate } from './parseDate';
import { isBlank, parseNumber } from './parseNumber';
import { parseTime } from './parseTime';
import { note } from '../notes/note';
import { issueWords } from '../notes/render';
import { ReportBuilder, type IssueParams, type ValidationIssue, type ValidationReport } from './validationReport';

export interface IntervalImportOptions {
  /** Interval length the user says the file has, minutes. Checked against the data. */
  intervalMinutes?: number;
  /** Column overrides: field → header name or 0-based index. */
  columns?: ColumnOverride;
  /** How to read 03/04/2003 when no value decides it (default 'DMY'). */
  dayMonthOrder?: DayMonthOrder;
  /** Issues listed per kind (all are counted). Default 50. */
  maxIssuesPerKind?: number;
}

export interface IntervalImport {
  /** Records sorted by date, start, call type. */
  records: IntervalRecord[];
  /** Interval length used, minutes. */
  intervalMinutes: number;
  /** Field → header name of the column used. */
  columns: Partial<Record<ColumnField, string>>;
  /** The header row as in the file (every column, used or not). */
  header: string[];
  report: ValidationReport;
}

/** The kinds of a row skipped for an error. */
type SkipKind = 'bad-datetime' | 'missing-value' | 'bad-date' | 'bad-time' | 'not-a-number' | 'negative';

const COUNT_FIELDS = ['offered', 'answered', 'abandoned', 'answeredWithin', 'abandonedWithin', 'talkSeconds', 'acwSeconds', 'aht'] as const;

/**
 * Imports an interval table from CSV or TSV text (see {@link importIntervalRows}).
 * @example importIntervalText('date,interval_start,calls\n2003-03-03,07:00,111\n') // → records [{ date: '2003-03-03', start: 420, offered: 111 }]
 */
export function importIntervalText(text: string, options: IntervalImportOptions = {}): Result<IntervalImport> {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return invalid('the file is empty: expected a header row (e.g. date,interval_start,calls) and one row per interval');
  }
  return importIntervalRows(parseDelimitedText(text), options);
}

/**
 * Imports an interval table from a grid of cells (a sheet range's values or parsed CSV),
 * the first non-blank row being the header. Columns are detected from the header (English
 * and Chinese names, see columnMapping.ts) and may be overridden. Every row that cannot be
 * used is reported with its row number, column, problem and action; duplicated intervals
 * keep the first row; an interval length that disagrees with the data is reported and the
 * data's own length used; gaps of whole open days are reported as missing (not zero).
 * Fails (invalid) only when nothing can be imported: empty input, header only, or no
 * date/time/calls columns.
 * @example importIntervalRows([['日期', '时段', '来电量'], ['2024-01-02', '09:00-09:30', 12]])
 */
export function importIntervalRows(rows: readonly (readonly unknown[])[], options: IntervalImportOptions = {}): Result<IntervalImport> {
  const report = new ReportBuilder(options.maxIssuesPerKind ?? 50);
  const m = options.intervalMinutes;
  if (m !== undefined && !(Number.isInteger(m) && m > 0 && 1440 % m === 0)) {
    return invalid(`interval length must be a whole number of minutes that divides a day, e.g. 15, 30 or 60 (got ${m})`);
  }
  let h = 0;
  while (h < rows.length && rows[h].every(isBlank)) h++;
  if (h >= rows.length) {
    return invalid('the file is empty: expected a header row (e.g. date,interval_start,calls) and one row per interval');
  }
  const header = rows[h];
  const { mapping, unknownOverrides, ignoredColumns } = detectColumns(header, options.columns);
  if (unknownOverrides.length > 0) {
    return invalid(`column mapping names columns that are not in the header: ${unknownOverrides.join(', ')} (header: ${header.join(', ')})`);
  }
  const hasDateTime = mapping.datetime !== undefined;
  if (!hasDateTime && (mapping.date === undefined || mapping.start === undefined) || mapping.offered === undefined) {
    const missing = [
      !hasDateTime && mapping.date === undefined ? 'date (e.g. "date", "日期")' : '',
      !hasDateTime && mapping.start === undefined ? 'interval start (e.g. "interval_start", "时段")' : '',
      mapping.offered === undefined ? 'calls offered (e.g. "calls", "offered", "来电量")' : '',
    ].filter(Boolean);
    return invalid(`row ${h + 1}: no column found for ${missing.join(' and ')} in the header [${header.map(String).join(', ')}]; rename the columns or map them explicitly`);
  }
  if (rows.slice(h + 1).every((r) => r.every(isBlank))) {
    return invalid(`the file has a header (row ${h + 1}) but no data rows`);
  }
  const name = (f: ColumnField): string => String(header[mapping[f] as number] ?? f);
  const columns: Partial<Record<ColumnField, string>> = {};
  for (const f of Object.keys(mapping) as ColumnField[]) columns[f] = name(f);
  report.note(note('import.columnsUsed', { columns: Object.entries(columns) as [ColumnField, string][] }));
  if (ignoredColumns.length > 0) report.note(note('import.columnsIgnored', { columns: ignoredColumns }));

  const dateCol = hasDateTime ? (mapping.datetime as number) : (mapping.date as number);
  const order = detectDayMonthOrder(rows.slice(h + 1).map((r) => r[dateCol]), options.dayMonthOrder ?? 'DMY');
  if (order.ambiguous) {
    report.add({ row: 0, column: name(hasDateTime ? 'datetime' : 'date'), kind: 'ambiguous-date-order', severity: 'warning', params: { order: order.order } });
  }
  if (order.conflict) {
    report.add({ row: 0, column: name(hasDateTime ? 'datetime' : 'date'), kind: 'mixed-date-order', severity: 'warning', params: { order: order.order } });
  }

  type Pending = { rec: IntervalRecord; row: number };
  const pending: Pending[] = [];
  const formats = new Map<DateFormat, { count: number; firstRow: number }>();
  const allStarts: number[] = [];
  report.rowsRead = 0;
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const rowNo = i + 1;
    if (row.every(isBlank)) {
      report.add({ row: rowNo, kind: 'blank-row', severity: 'info', params: {} });
      continue;
    }
    report.rowsRead++;
    const skip = <K extends SkipKind>(column: string, kind: K, params: IssueParams[K]): void => {
      report.add({ row: rowNo, column, kind, severity: 'error', params } as ValidationIssue);
      report.rowsSkipped++;
    };
    let date: string | undefined;
    let start: number | undefined;
    if (hasDateTime) {
      const cell = row[mapping.datetime as number];
      const d = parseDate(typeof cell === 'string' ? cell.trim().split(/[ T]/)[0] : cell, order.order);
      const t = typeof cell === 'number' ? parseTime(cell - Math.floor(cell)) : typeof cell === 'string' ? parseTime(cell.trim().split(/[ T]/).slice(1).join(' ')) : undefined;
      if (!d || t === undefined) { skip(name('datetime'), 'bad-datetime', { value: String(cell ?? '') }); continue; }
      date = d.iso; start = t;
      track(formats, d.format, rowNo);
    } else {
      const dc = row[mapping.date as number];
      const d = parseDate(dc, order.order);
      if (!d) {
        if (isBlank(dc)) skip(name('date'), 'missing-value', { field: 'date' });
        else skip(name('date'), 'bad-date', { value: String(dc), skipped: 'interval' });
        continue;
      }
      date = d.iso;
      track(formats, d.format, rowNo);
      const tc = row[mapping.start as number];
      start = parseTime(tc);
      if (start === undefined) {
        if (isBlank(tc)) skip(name('start'), 'missing-value', { field: 'start' });
        else skip(name('start'), 'bad-time', { reason: 'notTime', value: String(tc), skipped: 'interval' });
        continue;
      }
    }
    if (start >= 1440) { skip(name(hasDateTime ? 'datetime' : 'start'), 'bad-time', { reason: 'beyondDay', value: formatClock(start, { wrap: false }), skipped: 'interval' }); continue; }
    allStarts.push(start);
    const values: Partial<Record<(typeof COUNT_FIELDS)[number], number>> = {};
    let bad = false;
    for (const f of COUNT_FIELDS) {
      const idx = mapping[f];
      if (idx === undefined) continue;
      const cell = row[idx];
      if (isBlank(cell)) {
        if (f === 'offered') { skip(name(f), 'missing-value', { field: 'offered' }); bad = true; break; }
        continue;
      }
      const v = parseNumber(cell);
      if (v === undefined) { skip(name(f), 'not-a-number', { value: String(cell), skipped: 'interval' }); bad = true; break; }
      if (v < 0) { skip(name(f), 'negative', { value: v }); bad = true; break; }
      values[f] = v;
    }
    if (bad) continue;
    const rec: IntervalRecord = { date, start, offered: values.offered as number };
    if (values.answered !== undefined) rec.answered = values.answered;
    if (values.abandoned !== undefined) rec.abandoned = values.abandoned;
    if (values.answeredWithin !== undefined) rec.answeredWithin = values.answeredWithin;
    if (values.abandonedWithin !== undefined) rec.abandonedWithin = values.abandonedWithin;
    if (values.talkSeconds !== undefined) rec.talkSeconds = values.talkSeconds;
    if (values.acwSeconds !== undefined) rec.acwSeconds = values.acwSeconds;
    if (values.aht !== undefined && values.talkSeconds === undefined) {
      rec.talkSeconds = values.aht * (values.answered ?? values.offered as number);
    }
    if (mapping.callType !== undefined && !isBlank(row[mapping.callType])) rec.callType = String(row[mapping.callType]).trim();
    if (rec.answered !== undefined && rec.answered > rec.offered) {
      report.add({ row: rowNo, column: name('answered'), kind: 'answered-exceeds-offered', severity: 'warning', params: { answered: rec.answered, offered: rec.offered } });
    }
    pending.push({ rec, row: rowNo });
  }
  if (mapping.aht !== undefined && mapping.talkSeconds === undefined) {
    report.note(note('import.talkFromAht', { column: name('aht') }));
  }
  if (formats.size > 1) {
    report.add({ row: [...formats.values()][1].firstRow, column: name(hasDateTime ? 'datetime' : 'date'), kind: 'mixed-date-formats', severity: 'warning',
      params: { formats: [...formats.entries()].map(([format, v]) => ({ format, count: v.count, firstRow: v.firstRow })) } });
  }
  if (pending.length === 0) {
    return invalid(`no usable rows: all ${report.rowsRead} data rows have errors (first: ${describeFirst(report.build())})`);
  }

  // Duplicates: keep the first row of each interval.
  const seen = new Map<string, number>();
  const unique: Pending[] = [];
  for (const p of pending) {
    const key = `${p.rec.date}|${p.rec.start}|${p.rec.callType ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      report.add({ row: p.row, kind: 'duplicate-interval', severity: 'warning',
        params: { first, date: p.rec.date, start: formatClock(p.rec.start), ...(p.rec.callType ? { callType: p.rec.callType } : {}) } });
      report.rowsSkipped++;
      continue;
    }
    seen.set(key, p.row);
    unique.push(p);
  }

  const intervalMinutes = settleIntervalLength(allStarts, options.intervalMinutes, report);
  const records = alignToIntervals(unique, intervalMinutes, report);
  reportGaps(records, report);
  report.rowsUsed = unique.length;
  return success({ records, intervalMinutes, columns, header: header.map((c) => String(c ?? '')), report: report.build() });
}

function track(formats: Map<DateFormat, { count: number; firstRow: number }>, f: DateFormat, row: number): void {
  const v = formats.get(f);
  if (v) v.count++;
  else formats.set(f, { count: 1, firstRow: row });
}

function describeFirst(r: ValidationReport): string {
  const i = r.issues.find((x) => x.severity === 'error');
  return i ? `row ${i.row}${i.column ? ', column ' + i.column : ''}: ${issueWords(i, 'en').problem}` : 'none';
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The interval length the data shows: gcd of the distances between distinct starts (whole minutes). */
export function detectIntervalMinutes(starts: Iterable<number>): number | undefined {
  const distinct = [...new Set([...starts].map((s) => Math.round(s)))].sort((a, b) => a - b);
  let g = 0;
  for (let i = 1; i < distinct.length; i++) g = gcd(g, distinct[i] - distinct[0]);
  return g > 0 ? g : undefined;
}

function settleIntervalLength(starts: number[], declared: number | undefined, report: ReportBuilder): number {
  const detected = detectIntervalMinutes(starts);
  if (declared === undefined) {
    const used = detected ?? 30;
    report.note(detected ? note('import.intervalDetected', { minutes: detected }) : note('import.intervalAssumed', { minutes: used }));
    return used;
  }
  if (detected === undefined || detected === declared) return declared;
  if (detected > declared && detected % declared === 0) {
    report.add({ row: 0, kind: 'interval-length-mismatch', severity: 'warning', params: { declared, detected } });
    return detected;
  }
  report.add({ row: 0, kind: 'interval-length-mismatch', severity: 'warning', params: { declared, detected } });
  return declared % detected === 0 ? declared : detected;
}

function alignToIntervals(items: { rec: IntervalRecord; row: number }[], minutes: number, report: ReportBuilder): IntervalRecord[] {
  const byKey = new Map<string, IntervalRecord>();
  let offGrid = 0;
  for (const { rec, row } of items) {
    const aligned = Math.floor(Math.round(rec.start) / minutes) * minutes;
    if (aligned !== rec.start) {
      offGrid++;
      if (Math.round(rec.start) % minutes !== 0 && offGrid <= 1) {
        report.note(note('import.offGrid', { minutes, row, start: formatClock(rec.start) }));
      }
    }
    const key = `${rec.date}|${aligned}|${rec.callType ?? ''}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...rec, start: aligned });
      continue;
    }
    prev.offered += rec.offered;
    for (const f of ['answered', 'abandoned', 'answeredWithin', 'abandonedWithin', 'talkSeconds', 'acwSeconds'] as const) {
      const v = rec[f];
      if (v !== undefined) prev[f] = (prev[f] ?? 0) + v;
    }
  }
  return [...byKey.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start || (a.callType ?? '').localeCompare(b.callType ?? '')));
}

/** Reports runs of open weekdays with no data between the first and last date. */
function reportGaps(records: readonly IntervalRecord[], report: ReportBuilder): void {
  const dates = [...new Set(records.map((r) => r.date))].sort();
  if (dates.length < 2) return;
  const weekdayCount = new Array(7).fill(0);
  for (const d of dates) weekdayCount[sundayFirstWeekday(d)]++;
  const occurrences = new Array(7).fill(0);
  for (let n = dayNumber(dates[0]); n <= dayNumber(dates[dates.length - 1]); n++) occurrences[sundayFirstWeekday(fromDayNumber(n))]++;
  // A weekday is usually open when data exists on at least a quarter of its occurrences.
  const open = weekdayCount.map((c, i) => c > 0 && c >= 0.25 * occurrences[i]);
  const present = new Set(dates);
  let runStart: number | undefined;
  let runOpen = 0;
  const flush = (end: number): void => {
    if (runStart === undefined) return;
    if (runOpen > 0) {
      const from = fromDayNumber(runStart);
      const to = fromDayNumber(end);
      report.add({ row: 0, kind: 'missing-days', severity: runOpen >= 3 ? 'warning' : 'info', params: { from, to, weekday: sundayFirstWeekday(from), open: runOpen } });
    }
    runStart = undefined;
    runOpen = 0;
  };
  for (let n = dayNumber(dates[0]); n <= dayNumber(dates[dates.length - 1]); n++) {
    const iso = fromDayNumber(n);
    if (present.has(iso)) { flush(n - 1); continue; }
    if (runStart === undefined) runStart = n;
    if (open[sundayFirstWeekday(iso)]) runOpen++;
  }
}
