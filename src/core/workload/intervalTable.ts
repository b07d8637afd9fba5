/**
 * Importing interval tables (one row per interval) from CSV/TSV text or a sheet range.
 */
import { Result, success, invalid } from '../result';
import { dayNumber, fromDayNumber, sundayFirstWeekday } from '../calendar/dates';
import { formatClock } from '../calendar/clock';
import { ColumnField, ColumnOverride, detectColumns } from './columnMapping';
import { fallBack, springForward } from './daylightSaving';
import type { HistoryEncoding } from './decodeHistoryBytes';
import { type UnclosedQuote, parseDelimited } from './delimitedText';
import { isPlannableInterval } from './historyLimits';
import { IntervalRecord } from './intervalRecord';
import { detectNumberFormat } from './numberFormat';
import { DateFormat, DayMonthOrder, detectDayMonthOrder, parseDate } from './parseDate';
import { looksLikeDateTime, parseDateTime } from './parseDateTime';
import { parseDuration } from './parseDuration';
import { isBlank, parseNumber } from './parseNumber';
import { parseTime } from './parseTime';
import { detectVendor } from './vendorLayouts';
import { note } from '../notes/note';
import { invalidNote } from '../notes/noAnswerNote';
import { issueWords } from '../notes/render';
import { ReportBuilder, type IssueParams, type ValidationIssue, type ValidationReport } from './validationReport';

export interface IntervalImportOptions {
  /** Interval length the user says the file has, minutes (at most 60, dividing an hour). Checked against the data. */
  intervalMinutes?: number;
  /** Column overrides: field → header name or 0-based index. */
  columns?: ColumnOverride;
  /** How to read 03/04/2003 when no value decides it (default: the detected vendor's order, else 'DMY'). */
  dayMonthOrder?: DayMonthOrder;
  /** Issues listed per kind (all are counted). Default 50. */
  maxIssuesPerKind?: number;
  /** How the text was decoded from the file's bytes (reported when not plain UTF-8). */
  encoding?: HistoryEncoding;
  /** Keep call types apart (one record per interval and type) instead of adding them up. Default false. */
  byCallType?: boolean;
}

/** What reading the text found before the rows: its delimiter and quotes left open. */
interface TextFacts {
  delimiter: string;
  unclosedQuotes: readonly UnclosedQuote[];
}

export interface IntervalImport {
  /** Records sorted by date, start (one per interval: several queues are summed). */
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

/** Counts of calls (whole numbers) and durations in seconds (totals or averages per answered call). */
const COUNT_FIELDS = ['offered', 'answered', 'abandoned', 'answeredWithin', 'abandonedWithin'] as const;
const DURATION_FIELDS = ['talkSeconds', 'acwSeconds', 'avgTalk', 'avgAcw', 'aht'] as const;
type ValueField = (typeof COUNT_FIELDS)[number] | (typeof DURATION_FIELDS)[number];

/**
 * Imports an interval table from CSV or TSV text (see {@link importIntervalRows}). The
 * delimiter is read from the header; a quote left open is read literally on its row and
 * reported, never allowed to swallow the rows after it.
 * @example importIntervalText('date,interval_start,calls\n2003-03-03,07:00,111\n') // → records [{ date: '2003-03-03', start: 420, offered: 111 }]
 */
export function importIntervalText(text: string, options: IntervalImportOptions = {}): Result<IntervalImport> {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return invalid('the file is empty: expected a header row (e.g. date,interval_start,calls) and one row per interval');
  }
  const parsed = parseDelimited(text);
  return importRows(parsed.rows, options, { delimiter: parsed.delimiter, unclosedQuotes: parsed.unclosedQuotes });
}

/**
 * Imports an interval table from a grid of cells (a sheet range's values or parsed CSV),
 * the first non-blank row being the header. Columns are detected from the header (the
 * standard interval reports of common phone systems, English and Chinese, see
 * columnMapping.ts) and may be overridden. Offered may be answered + abandoned; averages per
 * call become totals (× answered); durations may be seconds, m:ss or h:mm:ss; times 12- or
 * 24-hour, ranges read by their start, or date and time in one cell (an offset dropped and
 * reported). The number format (decimal point or comma) and the day/month order are decided
 * from the whole file and reported. Several queues are summed per interval and listed. Every
 * row that cannot be used is reported with its row number, column, problem and action;
 * duplicated intervals keep the first row, except the repeated hour of a fall-back day,
 * which is summed; an interval length that disagrees with the data is reported and the
 * data's own length used; gaps of whole open days and the spring-forward hour are reported
 * as missing (not zero). Fails (invalid) only when nothing can be imported: empty input,
 * header only, no date/time/calls columns, or intervals longer than an hour.
 * @example importIntervalRows([['日期', '时段', '来电量'], ['2024-01-02', '09:00-09:30', 12]])
 */
export function importIntervalRows(rows: readonly (readonly unknown[])[], options: IntervalImportOptions = {}): Result<IntervalImport> {
  return importRows(rows, options, { delimiter: ',', unclosedQuotes: [] });
}

function importRows(rows: readonly (readonly unknown[])[], options: IntervalImportOptions, facts: TextFacts): Result<IntervalImport> {
  const report = new ReportBuilder(options.maxIssuesPerKind ?? 50);
  const m = options.intervalMinutes;
  if (m !== undefined && !isPlannableInterval(m)) return invalidNote(note('import.intervalUnusable', { minutes: m, source: 'declared' }));
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
  const data = rows.slice(h + 1);
  // a "start" column holding date and time (Genesys' Interval Start, Amazon's StartTime) is read as both
  if (mapping.datetime === undefined && mapping.start !== undefined && looksLikeDateTime(data.find((r) => !isBlank(r[mapping.start as number]))?.[mapping.start])) {
    mapping.datetime = mapping.start;
    delete mapping.start;
    if (mapping.date !== undefined) ignoredColumns.push(String(header[mapping.date] ?? ''));
    delete mapping.date;
  }
  const hasDateTime = mapping.datetime !== undefined;
  const offeredFromParts = mapping.offered === undefined && mapping.answered !== undefined && mapping.abandoned !== undefined;
  if (!hasDateTime && (mapping.date === undefined || mapping.start === undefined) || (mapping.offered === undefined && !offeredFromParts)) {
    const missing = [
      !hasDateTime && mapping.date === undefined ? 'date (e.g. "date", "日期")' : '',
      !hasDateTime && mapping.start === undefined ? 'interval start (e.g. "interval_start", "时段")' : '',
      mapping.offered === undefined && !offeredFromParts ? 'calls offered (e.g. "calls", "offered", "来电量", or answered and abandoned)' : '',
    ].filter(Boolean);
    return invalid(`row ${h + 1}: no column found for ${missing.join(' and ')} in the header [${header.map(String).join(', ')}]; rename the columns or map them explicitly`);
  }
  if (data.every((r) => r.every(isBlank))) {
    return invalid(`the file has a header (row ${h + 1}) but no data rows`);
  }
  const name = (f: ColumnField): string => String(header[mapping[f] as number] ?? f);
  const columns: Partial<Record<ColumnField, string>> = {};
  for (const f of Object.keys(mapping) as ColumnField[]) columns[f] = name(f);
  if (options.encoding && options.encoding !== 'utf-8') report.note(note('import.encoding', { encoding: options.encoding }));
  const vendor = detectVendor(header);
  if (vendor) report.note(note('import.layout', { vendor: vendor.id }));
  report.note(note('import.columnsUsed', { columns: Object.entries(columns) as [ColumnField, string][] }));
  if (ignoredColumns.length > 0) report.note(note('import.columnsIgnored', { columns: ignoredColumns }));
  if (offeredFromParts) report.note(note('import.offeredFromParts', { answered: name('answered'), abandoned: name('abandoned') }));
  for (const q of facts.unclosedQuotes) report.add({ row: q.row, kind: 'unclosed-quote', severity: 'error', params: { swallowed: q.swallowed } });

  const dateField: ColumnField = hasDateTime ? 'datetime' : 'date';
  const fallbackOrder = options.dayMonthOrder ?? vendor?.dayMonthOrder ?? 'DMY';
  const order = detectDayMonthOrder(data.map((r) => r[mapping[dateField] as number]), fallbackOrder);
  if (order.ambiguous) {
    report.add({ row: 0, column: name(dateField), kind: 'ambiguous-date-order', severity: 'warning',
      params: { order: order.order, ...(options.dayMonthOrder === undefined && vendor ? { vendor: vendor.id } : {}) } });
  }
  if (order.conflict) {
    report.add({ row: 0, column: name(dateField), kind: 'mixed-date-order', severity: 'warning', params: { order: order.order } });
  }
  const valueFields = [...COUNT_FIELDS, ...DURATION_FIELDS].filter((f) => mapping[f] !== undefined);
  const numbers = detectNumberFormat(data.map((r) => valueFields.map((f) => r[mapping[f] as number])), facts.delimiter);
  const fmt = numbers.format;
  if (fmt.decimal === ',' || numbers.ambiguous > 0) {
    const { decidedBy, example, ambiguous, ambiguousExample } = numbers;
    report.note(note('import.numberFormat', { decimal: fmt.decimal, decidedBy, ...(example ? { example } : {}), ambiguous, ...(ambiguousExample ? { ambiguousExample } : {}) }));
  }

  type Pending = { rec: IntervalRecord; row: number };
  const pending: Pending[] = [];
  const formats = new Map<DateFormat, { count: number; firstRow: number }>();
  const allStarts: number[] = [];
  let offsetSeen = false;
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
      const dt = parseDateTime(cell, order.order);
      if (!dt) {
        if (isBlank(cell)) skip(name('datetime'), 'missing-value', { field: 'date' });
        else skip(name('datetime'), 'bad-datetime', { value: String(cell ?? '') });
        continue;
      }
      date = dt.date.iso; start = dt.start;
      track(formats, dt.date.format, rowNo);
      if (dt.offset && !offsetSeen) {
        offsetSeen = true;
        report.note(note('import.offsetDropped', { column: name('datetime'), offset: dt.offset, row: rowNo }));
      }
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
    const values: Partial<Record<ValueField, number>> = {};
    let bad = false;
    for (const f of valueFields) {
      const cell = row[mapping[f] as number];
      if (isBlank(cell)) {
        if (f === 'offered' || (offeredFromParts && (f === 'answered' || f === 'abandoned'))) {
          skip(name(f), 'missing-value', { field: 'offered' }); bad = true; break;
        }
        continue;
      }
      const isCount = (COUNT_FIELDS as readonly string[]).includes(f);
      const v = isCount ? parseNumber(cell, fmt) : parseDuration(cell, fmt);
      if (v === undefined) { skip(name(f), 'not-a-number', { value: String(cell), skipped: 'interval' }); bad = true; break; }
      if (v < 0) { skip(name(f), 'negative', { value: v }); bad = true; break; }
      if (isCount && !Number.isInteger(v)) report.add({ row: rowNo, column: name(f), kind: 'fractional-count', severity: 'warning', params: { value: String(cell), read: v } });
      values[f] = v;
    }
    if (bad) continue;
    const offered = values.offered ?? (values.answered ?? 0) + (values.abandoned ?? 0);
    const rec: IntervalRecord = { date, start, offered };
    if (values.answered !== undefined) rec.answered = values.answered;
    if (values.abandoned !== undefined) rec.abandoned = values.abandoned;
    if (values.answeredWithin !== undefined) rec.answeredWithin = values.answeredWithin;
    if (values.abandonedWithin !== undefined) rec.abandonedWithin = values.abandonedWithin;
    // averages are per answered call (per offered call when the file has no answered column)
    const n = values.answered ?? offered;
    // handle = talk + ACW: with AHT, the part not given is the rest (AHT alone: all talk, ACW counted in it)
    const talk = values.talkSeconds ?? (values.avgTalk !== undefined ? values.avgTalk * n : undefined);
    const acw = values.acwSeconds ?? (values.avgAcw !== undefined ? values.avgAcw * n : undefined);
    const handle = values.aht !== undefined ? values.aht * n : undefined;
    if (talk !== undefined) rec.talkSeconds = talk;
    else if (handle !== undefined) rec.talkSeconds = Math.max(0, handle - (acw ?? 0));
    if (acw !== undefined) rec.acwSeconds = acw;
    else if (handle !== undefined && talk !== undefined) rec.acwSeconds = Math.max(0, handle - talk);
    if (mapping.callType !== undefined && !isBlank(row[mapping.callType])) rec.callType = String(row[mapping.callType]).trim();
    if (rec.answered !== undefined && rec.answered > rec.offered) {
      report.add({ row: rowNo, column: name('answered'), kind: 'answered-exceeds-offered', severity: 'warning', params: { answered: rec.answered, offered: rec.offered } });
    }
    pending.push({ rec, row: rowNo });
  }
  const hasTalk = mapping.talkSeconds !== undefined || mapping.avgTalk !== undefined;
  const hasAcw = mapping.acwSeconds !== undefined || mapping.avgAcw !== undefined;
  if (mapping.aht !== undefined && !hasTalk && !hasAcw) report.note(note('import.talkFromAht', { column: name('aht') }));
  const averaged = (['avgTalk', 'avgAcw'] as const).filter((f) => mapping[f] !== undefined && !(f === 'avgTalk' ? mapping.talkSeconds !== undefined : mapping.acwSeconds !== undefined)).map(name);
  if (mapping.aht !== undefined && (hasTalk || hasAcw)) averaged.push(name('aht'));
  if (averaged.length > 0) report.note(note('import.totalsFromAverages', { columns: averaged, count: mapping.answered !== undefined ? name('answered') : offeredFromParts ? name('answered') : name('offered') }));
  if (formats.size > 1) {
    report.add({ row: [...formats.values()][1].firstRow, column: name(dateField), kind: 'mixed-date-formats', severity: 'warning',
      params: { formats: [...formats.entries()].map(([format, v]) => ({ format, count: v.count, firstRow: v.firstRow })) } });
  }
  if (pending.length === 0) {
    return invalid(`no usable rows: all ${report.rowsRead} data rows have errors (first: ${describeFirst(report.build())})`);
  }

  // Duplicates: keep the first row of each interval, except the repeated hour of a fall-back day (summed).
  const repeated = repeatedHours(pending.map((p) => p.rec.date));
  const seen = new Map<string, number>();
  const unique: Pending[] = [];
  for (const p of pending) {
    const key = `${p.rec.date}|${p.rec.start}|${p.rec.callType ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const hour = repeated.get(p.rec.date);
      if (hour !== undefined && p.rec.start >= hour && p.rec.start < hour + 60) {
        report.add({ row: p.row, kind: 'dst-repeated-hour', severity: 'warning', params: { first, date: p.rec.date, start: formatClock(p.rec.start) } });
        unique.push(p);
        continue;
      }
      report.add({ row: p.row, kind: 'duplicate-interval', severity: 'warning',
        params: { first, date: p.rec.date, start: formatClock(p.rec.start), ...(p.rec.callType ? { callType: p.rec.callType } : {}) } });
      report.rowsSkipped++;
      continue;
    }
    seen.set(key, p.row);
    unique.push(p);
  }

  const intervalMinutes = settleIntervalLength(allStarts, options.intervalMinutes, report);
  if (!isPlannableInterval(intervalMinutes)) return invalidNote(note('import.intervalUnusable', { minutes: intervalMinutes, source: 'detected' }));
  const queues = queueTotals(unique.map((p) => p.rec));
  if (queues.length > 1) report.note(note('import.queues', { column: name('callType'), queues }));
  const records = alignToIntervals(unique, intervalMinutes, queues.length > 1 && options.byCallType !== true, report);
  reportSpringGaps(records, intervalMinutes, report);
  reportGaps(records, report);
  report.rowsUsed = unique.length;
  return success({ records, intervalMinutes, columns, header: header.map((c) => String(c ?? '')), report: report.build() });
}

/** Fall-back days among the dates, with the start of their repeated local hour (minutes). */
function repeatedHours(dates: readonly string[]): Map<string, number> {
  const present = new Set(dates);
  const out = new Map<string, number>();
  for (const year of new Set(dates.map((d) => Number(d.slice(0, 4))))) {
    for (const c of fallBack(year)) if (present.has(c.date)) out.set(c.date, c.hourStart);
  }
  return out;
}

/** Calls offered per queue, in order of first appearance. */
function queueTotals(records: readonly IntervalRecord[]): { name: string; calls: number }[] {
  const calls = new Map<string, number>();
  for (const r of records) if (r.callType !== undefined) calls.set(r.callType, (calls.get(r.callType) ?? 0) + r.offered);
  return [...calls].map(([name, c]) => ({ name, calls: c }));
}

/** A spring-forward day with data before and after its skipped hour but none in it: reported, left missing. */
function reportSpringGaps(records: readonly IntervalRecord[], minutes: number, report: ReportBuilder): void {
  const byDate = new Map<string, number[]>();
  for (const r of records) {
    let s = byDate.get(r.date);
    if (!s) byDate.set(r.date, (s = []));
    s.push(r.start);
  }
  for (const year of new Set(records.map((r) => Number(r.date.slice(0, 4))))) {
    for (const c of springForward(year)) {
      const starts = byDate.get(c.date);
      if (!starts) continue;
      const before = starts.some((s) => s < c.hourStart);
      const after = starts.some((s) => s >= c.hourStart + 60);
      const inside = starts.some((s) => s >= c.hourStart && s < c.hourStart + 60);
      if (before && after && !inside && minutes <= 60) {
        report.add({ row: 0, kind: 'dst-spring-gap', severity: 'info', params: { date: c.date, from: formatClock(c.hourStart), to: formatClock(c.hourStart + 60) } });
      }
    }
  }
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

/** Records on the interval grid, rows of one interval summed (across queues when `mergeQueues`). */
function alignToIntervals(items: { rec: IntervalRecord; row: number }[], minutes: number, mergeQueues: boolean, report: ReportBuilder): IntervalRecord[] {
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
    const key = `${rec.date}|${aligned}|${mergeQueues ? '' : rec.callType ?? ''}`;
    const prev = byKey.get(key);
    if (!prev) {
      const first: IntervalRecord = { ...rec, start: aligned };
      if (mergeQueues) delete first.callType;
      byKey.set(key, first);
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
