/**
 * Per-call ACD records (one row per call, as an ACD/PBX export gives them) aggregated into
 * intervals, with AHT, caller patience and measured SL by the four methods.
 *
 * Built as an incremental aggregator so that a year of records (~500,000 rows) streams
 * through without holding the rows: the CLI feeds it from a file stream, the pure
 * {@link importAcdText} from a string.
 */
import Papa from 'papaparse';
import { Result, success, invalid } from '../result';
import { addDays } from '../calendar/dates';
import { normaliseHeader } from './columnMapping';
import { IntervalRecord } from './intervalRecord';
import { measuredServiceLevel, ServiceLevelMethod } from './measuredServiceLevel';
import { parseDate } from './parseDate';
import { estimatePatience, PatienceEstimate } from './patience';
import { note } from '../notes/note';
import { issueWords } from '../notes/render';
import { ReportBuilder, type IssueParams, type ValidationIssue, type ValidationReport } from './validationReport';

/** Columns of a per-call record the aggregator reads. */
export type AcdField = 'date' | 'vruEntry' | 'vruExit' | 'vruTime' | 'qStart' | 'qExit' | 'qTime' | 'outcome' | 'serStart' | 'serTime' | 'type' | 'server';

const ACD_SYNONYMS: Record<AcdField, readonly string[]> = {
  date: ['date', 'calldate'],
  vruEntry: ['vruentry', 'entry', 'arrival', 'arrivaltime', 'calltime'],
  vruExit: ['vruexit'],
  vruTime: ['vrutime'],
  qStart: ['qstart', 'queuestart', 'queueentry'],
  qExit: ['qexit', 'queueexit'],
  qTime: ['qtime', 'queuetime', 'wait', 'waittime', 'waitseconds'],
  outcome: ['outcome', 'result', 'disposition'],
  serStart: ['serstart', 'servicestart', 'answertime'],
  serTime: ['sertime', 'servicetime', 'talktime', 'talkseconds', 'handletime'],
  type: ['type', 'calltype', 'queue', 'skill'],
  server: ['server', 'agent'],
};

export interface AcdOptions {
  /** Interval length, minutes (default 30). */
  intervalMinutes?: number;
  /** Service-level threshold Y, seconds (default 20). A call waiting ≤ Y s is "within". */
  serviceSeconds?: number;
  /** Keep call types apart (one record per interval and type). Default false. */
  byCallType?: boolean;
  /** Column overrides: field → header name. */
  columns?: Partial<Record<AcdField, string>>;
  /** Issues listed per kind (all are counted). Default 50. */
  maxIssuesPerKind?: number;
}

export interface AcdSummary {
  /** Data rows read. */
  rows: number;
  /** PHANTOM rows (not real calls), ignored. */
  phantom: number;
  /** Calls that hung up in the VRU without reaching the agent queue (not offered to agents). */
  endedInVru: number;
  offered: number;
  answered: number;
  abandoned: number;
  answeredWithin: number;
  abandonedWithin: number;
  /** Service-level threshold Y used, seconds. */
  serviceSeconds: number;
  /** Mean service (talk) time of answered calls, seconds; the file has no after-call work. */
  ahtSeconds: number | undefined;
  /** Exponential-patience estimate (abandons ÷ total wait). */
  patience: Result<PatienceEstimate>;
  /** Measured SL over the whole file by each method (planning-guide.md step 1). */
  serviceLevel: Record<ServiceLevelMethod, Result<number>>;
}

export interface AcdImport {
  /** One record per interval (and call type when asked) that had at least one call. */
  records: IntervalRecord[];
  intervalMinutes: number;
  summary: AcdSummary;
  report: ValidationReport;
}

/** Fast 'H:MM:SS' → seconds; undefined when malformed. */
function clock(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  const a = t.indexOf(':');
  const b = t.indexOf(':', a + 1);
  if (a < 1 || b < 0) return undefined;
  const h = Number(t.slice(0, a));
  const m = Number(t.slice(a + 1, b));
  const sec = Number(t.slice(b + 1));
  if (!Number.isInteger(h) || !Number.isInteger(m) || !Number.isFinite(sec) || h < 0 || h > 47 || m < 0 || m > 59 || sec < 0 || sec >= 60) return undefined;
  return h * 3600 + m * 60 + sec;
}

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Incremental per-call aggregator. Definitions (documented in the report notes):
 * - a call is offered to agents when it entered the agent queue (q_start set or q_time > 0)
 *   or was served; its interval is that of its queue entry (q_start), or of its VRU exit
 *   when it went straight to an agent; a queue entry earlier on the clock than the VRU entry
 *   by more than 12 h is past midnight (next day);
 * - AGENT = answered, HANG after queueing = abandoned, HANG without queueing = ended in the
 *   VRU (reported, not offered), PHANTOM = ignored (reported);
 * - wait = q_time; within Y when wait ≤ Y; talk = ser_time;
 * - patience: abandons ÷ total wait of all queued calls (see patience.ts).
 * @example const agg = new AcdAggregator({ intervalMinutes: 30 }); agg.header(headerCells); agg.add(cells, 2); agg.finish();
 */
export class AcdAggregator {
  private readonly minutes: number;
  private readonly y: number;
  private readonly byType: boolean;
  private readonly report: ReportBuilder;
  private cols: Partial<Record<AcdField, number>> = {};
  private names: string[] = [];
  private readonly cells = new Map<string, IntervalRecord>();
  private s = { rows: 0, phantom: 0, endedInVru: 0, offered: 0, answered: 0, abandoned: 0, answeredWithin: 0, abandonedWithin: 0, talk: 0, talkCalls: 0, wait: 0 };
  private headerSeen = false;
  private dateCache = new Map<string, string | undefined>();

  constructor(private readonly options: AcdOptions = {}) {
    this.minutes = options.intervalMinutes ?? 30;
    this.y = options.serviceSeconds ?? 20;
    this.byType = options.byCallType ?? false;
    this.report = new ReportBuilder(options.maxIssuesPerKind ?? 50);
  }

  /** Reads the header row; fails when a needed column is missing. */
  header(cells: readonly string[]): Result<void> {
    if (!(this.minutes > 0 && 1440 % this.minutes === 0)) return invalid(`interval length must divide a day (got ${this.minutes} minutes)`);
    if (!(this.y >= 0)) return invalid(`service-level threshold must be 0 or more seconds (got ${this.y})`);
    this.names = cells.map((c) => String(c).trim());
    const norm = cells.map(normaliseHeader);
    for (const f of Object.keys(ACD_SYNONYMS) as AcdField[]) {
      const o = this.options.columns?.[f];
      const idx = o !== undefined ? norm.indexOf(normaliseHeader(o)) : norm.findIndex((h) => ACD_SYNONYMS[f].includes(h));
      if (idx >= 0) this.cols[f] = idx;
    }
    const need: AcdField[] = ['date', 'outcome', 'qStart', 'qTime', 'serTime'];
    const missing = need.filter((f) => this.cols[f] === undefined);
    if (this.cols.vruExit === undefined && this.cols.vruEntry === undefined) missing.push('vruEntry');
    if (missing.length > 0) {
      return invalid(`row 1: the per-call file has no column for ${missing.join(', ')} (header: ${this.names.join(', ')}); expected columns like date, vru_entry, vru_exit, q_start, q_time, outcome, ser_time`);
    }
    this.headerSeen = true;
    return success(undefined);
  }

  private col(f: AcdField): string {
    const i = this.cols[f];
    return i === undefined ? f : this.names[i];
  }

  private isoDate(raw: string): string | undefined {
    if (this.dateCache.has(raw)) return this.dateCache.get(raw);
    const d = parseDate(raw)?.iso;
    this.dateCache.set(raw, d);
    return d;
  }

  /** Adds one call record; `row` is its 1-based line in the file (header = 1). */
  add(cells: readonly string[], row: number): void {
    const c = this.cols;
    if (cells.length === 1 && cells[0].trim() === '') return;
    const s = this.s;
    s.rows++;
    this.report.rowsRead++;
    const skip = <K extends 'bad-outcome' | 'bad-date' | 'bad-time' | 'not-a-number'>(f: AcdField, kind: K, params: IssueParams[K]): void => {
      this.report.add({ row, column: this.col(f), kind, severity: 'error', params } as ValidationIssue);
      this.report.rowsSkipped++;
    };
    const outcome = (cells[c.outcome as number] ?? '').trim().toUpperCase();
    if (outcome === 'PHANTOM') {
      s.phantom++;
      this.report.add({ row, column: this.col('outcome'), kind: 'phantom', severity: 'info', params: {} });
      this.report.rowsSkipped++;
      return;
    }
    if (outcome !== 'AGENT' && outcome !== 'HANG') {
      skip('outcome', 'bad-outcome', { value: outcome });
      return;
    }
    const rawDate = (cells[c.date as number] ?? '').trim();
    let date = this.isoDate(rawDate);
    if (!date) { skip('date', 'bad-date', { value: rawDate, skipped: 'call' }); return; }
    const vruEntry = c.vruEntry !== undefined ? clock(cells[c.vruEntry]) : undefined;
    const vruExit = c.vruExit !== undefined ? clock(cells[c.vruExit]) : undefined;
    const qStartRaw = cells[c.qStart as number];
    const qStart = clock(qStartRaw);
    if (qStart === undefined) { skip('qStart', 'bad-time', { reason: 'notTime', value: qStartRaw ?? '', skipped: 'call' }); return; }
    let qTime = num(cells[c.qTime as number]);
    if (qTime === undefined) { skip('qTime', 'not-a-number', { value: cells[c.qTime as number] ?? '', skipped: 'call' }); return; }
    const qExit = c.qExit !== undefined ? clock(cells[c.qExit]) : undefined;
    const queued = qTime > 0 || qStart > 0 || (qExit !== undefined && qExit > 0);
    if (qTime < 0) {
      const fixed = qExit !== undefined && queued ? Math.max(0, ((qExit - qStart) + 86400) % 86400) : 0;
      this.report.add({ row, column: this.col('qTime'), kind: 'negative-duration', severity: 'warning', params: { field: 'queue', seconds: qTime, fixed } });
      qTime = fixed;
    }
    if (c.vruTime !== undefined) {
      const vt = num(cells[c.vruTime]);
      if (vt !== undefined && vt < 0) {
        this.report.add({ row, column: this.col('vruTime'), kind: 'negative-duration', severity: 'warning', params: { field: 'vru', seconds: vt } });
      }
    }
    if (outcome === 'HANG' && !queued) {
      s.endedInVru++;
      this.report.add({ row, column: this.col('qStart'), kind: 'ended-in-vru', severity: 'info', params: {} });
      this.report.rowsSkipped++;
      return;
    }
    let arrival = queued ? qStart : (vruExit ?? vruEntry);
    if (arrival === undefined) { skip(c.vruExit !== undefined ? 'vruExit' : 'vruEntry', 'bad-time', { reason: 'noVruTime', value: '', skipped: 'call' }); return; }
    if (vruEntry !== undefined && arrival < vruEntry - 43200) date = addDays(date, 1);
    if (arrival >= 86400) { date = addDays(date, 1); arrival -= 86400; }
    let talk = 0;
    if (outcome === 'AGENT') {
      const st = num(cells[c.serTime as number]);
      if (st === undefined) { skip('serTime', 'not-a-number', { value: cells[c.serTime as number] ?? '', skipped: 'call' }); return; }
      if (st < 0) {
        this.report.add({ row, column: this.col('serTime'), kind: 'negative-duration', severity: 'warning', params: { field: 'service', seconds: st } });
      } else talk = st;
      if (st === 0) this.report.add({ row, column: this.col('serTime'), kind: 'zero-service-time', severity: 'info', params: {} });
      if (c.server !== undefined && (cells[c.server] ?? '').trim().toUpperCase() === 'NO_SERVER') {
        this.report.add({ row, column: this.col('server'), kind: 'served-without-server', severity: 'info', params: {} });
      }
    } else if (c.serTime !== undefined) {
      const st = num(cells[c.serTime]);
      if (st !== undefined && st > 0) this.report.add({ row, column: this.col('serTime'), kind: 'abandon-with-service', severity: 'info', params: { seconds: st } });
    }
    const start = Math.floor(arrival / 60 / this.minutes) * this.minutes;
    const type = this.byType && c.type !== undefined ? (cells[c.type] ?? '').trim() : undefined;
    const key = `${date}|${start}|${type ?? ''}`;
    let rec = this.cells.get(key);
    if (!rec) {
      rec = { date, start, offered: 0, answered: 0, abandoned: 0, answeredWithin: 0, abandonedWithin: 0, talkSeconds: 0 };
      if (type !== undefined) rec.callType = type;
      this.cells.set(key, rec);
    }
    const within = qTime <= this.y ? 1 : 0;
    rec.offered++;
    s.offered++;
    s.wait += qTime;
    if (outcome === 'AGENT') {
      rec.answered!++;
      rec.answeredWithin! += within;
      rec.talkSeconds! += talk;
      s.answered++;
      s.answeredWithin += within;
      s.talk += talk;
      s.talkCalls++;
    } else {
      rec.abandoned!++;
      rec.abandonedWithin! += within;
      s.abandoned++;
      s.abandonedWithin += within;
    }
    this.report.rowsUsed++;
  }

  /** Closes the aggregation: records sorted by date, start, type; summary; report. */
  finish(): Result<AcdImport> {
    if (!this.headerSeen) return invalid('the file is empty: expected a header row and one row per call');
    const s = this.s;
    if (s.rows === 0) return invalid('the file has a header (row 1) but no call records');
    if (s.offered === 0) {
      const r = this.report.build();
      const first = r.issues.find((i) => i.severity === 'error');
      return invalid(`no call could be counted from ${s.rows} rows${first ? ` (first problem: row ${first.row}, column ${first.column}: ${issueWords(first, 'en').problem})` : ''}`);
    }
    this.report.note(note('import.callInterval', { minutes: this.minutes }));
    this.report.note(note('import.callDefinitions', { seconds: this.y }));
    const records = [...this.cells.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start || (a.callType ?? '').localeCompare(b.callType ?? '')));
    const sl = (m: ServiceLevelMethod) => measuredServiceLevel(m, s.answeredWithin, s.answered, s.abandonedWithin, s.abandoned);
    const summary: AcdSummary = {
      rows: s.rows, phantom: s.phantom, endedInVru: s.endedInVru, offered: s.offered, answered: s.answered,
      abandoned: s.abandoned, answeredWithin: s.answeredWithin, abandonedWithin: s.abandonedWithin,
      serviceSeconds: this.y,
      ahtSeconds: s.talkCalls > 0 ? s.talk / s.talkCalls : undefined,
      patience: estimatePatience(s.abandoned, s.wait),
      serviceLevel: { 1: sl(1), 2: sl(2), 3: sl(3), 4: sl(4) },
    };
    return success({ records, intervalMinutes: this.minutes, summary, report: this.report.build() });
  }
}

/**
 * Aggregates per-call records given as TSV/CSV text (parsed row by row with papaparse's
 * step mode, so the rows are not held). See {@link AcdAggregator} for the definitions.
 * @example importAcdText(tsvText, { intervalMinutes: 30, serviceSeconds: 20 })
 */
export function importAcdText(text: string, options: AcdOptions = {}): Result<AcdImport> {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return invalid('the file is empty: expected a header row and one row per call');
  const agg = new AcdAggregator(options);
  let row = 0;
  let failure: Result<AcdImport> | undefined;
  Papa.parse<string[]>(clean, {
    delimiter: '',
    delimitersToGuess: ['\t', ',', ';', '|'],
    skipEmptyLines: false,
    step: (res, parser) => {
      row++;
      const cells = res.data;
      if (row === 1) {
        const h = agg.header(cells);
        if (!h.ok) { failure = h; parser.abort(); }
        return;
      }
      agg.add(cells, row);
    },
  });
  return failure ?? agg.finish();
}
