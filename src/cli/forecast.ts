/**
 * `npm run -s forecast -- --history FILE [--interval-minutes M] [--days N | --from D --to D]
 *   [--method NAME] [--backtest DAYS] [--holidays D,D,...] [--service-seconds Y]`
 *
 * Prints `date,interval_start,calls,aht` CSV on standard output (or, with --backtest, each
 * method's accuracy figures). The history is an interval table (CSV/TSV, columns detected
 * from the header) or per-call ACD records (detected from their columns, streamed).
 * Import problems go to standard error with their row and column.
 */
import { createReadStream, existsSync, openSync, readSync, closeSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { AcdAggregator } from '../core/workload/acdRecords';
import { formatClock } from '../core/calendar/clock';
import { normaliseHeader } from '../core/workload/columnMapping';
import { IntervalRecord } from '../core/workload/intervalRecord';
import { importIntervalText } from '../core/workload/intervalTable';
import type { ValidationReport } from '../core/workload/validationReport';
import { renderNote, reportLines } from '../core/notes/render';
import { forecast } from '../core/forecast/forecast';
import { rollingOriginBacktest } from '../core/forecast/backtest';
import { toDaySeries } from '../core/forecast/daySeries';
import { inferOpenCalendar } from '../core/forecast/openCalendar';
import { isMethodName, methodByName, METHOD_NAMES, MethodName } from '../core/forecast/methods/index';
import { autoMethod } from '../core/forecast/autoSelect';

const USAGE = `usage: npm run -s forecast -- --history FILE [--interval-minutes M] [--days N | --from YYYY-MM-DD --to YYYY-MM-DD]
                              [--method auto|${METHOD_NAMES.join('|')}] [--backtest DAYS]
                              [--holidays YYYY-MM-DD,...] [--service-seconds Y] [--quiet]`;

class UsageError extends Error {}

function fail(message: string, code = 1): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

function printReport(report: ValidationReport, quiet: boolean): void {
  const lines = reportLines(report, 'en');
  const important = lines.filter((l) => !l.startsWith('info:'));
  const show = quiet ? important.filter((l) => l.startsWith('error:')) : important;
  const max = 40;
  for (const l of show.slice(0, max)) process.stderr.write(`${l}\n`);
  if (show.length > max) process.stderr.write(`… ${show.length - max} more lines\n`);
}

/** Reads the first line of a file without reading the whole file. */
function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
    return text.split(/\r?\n/)[0] ?? '';
  } finally {
    closeSync(fd);
  }
}

function looksLikeAcd(header: string): boolean {
  const cols = header.split(/[\t,;|]/).map(normaliseHeader);
  return cols.includes('outcome') && (cols.includes('qtime') || cols.includes('qstart'));
}

async function readAcd(file: string, intervalMinutes: number | undefined, serviceSeconds: number | undefined, quiet: boolean): Promise<{ records: IntervalRecord[]; minutes: number }> {
  const agg = new AcdAggregator({ intervalMinutes: intervalMinutes ?? 30, serviceSeconds });
  let line = 0;
  let headerError: string | undefined;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(file, 'utf8') as unknown as File, {
      delimiter: '',
      delimitersToGuess: ['\t', ',', ';', '|'],
      step: (r, parser) => {
        line++;
        if (line === 1) {
          const h = agg.header(r.data.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c)));
          if (!h.ok) { headerError = h.message; parser.abort(); }
          return;
        }
        agg.add(r.data, line);
      },
      complete: () => resolve(),
      error: (e) => reject(e),
    });
  });
  if (headerError) fail(`${file}: ${headerError}`);
  const res = agg.finish();
  if (!res.ok) fail(`${file}: ${res.message}`);
  const { summary, report, records, intervalMinutes: minutes } = res.value;
  printReport(report, quiet);
  if (!quiet) {
    const sl = ([1, 2, 3, 4] as const).map((m) => { const r = summary.serviceLevel[m]; return `method ${m} ${r.ok ? (100 * r.value).toFixed(1) + '%' : r.message}`; }).join(', ');
    process.stderr.write(`per-call records: ${summary.offered} offered, ${summary.answered} answered, ${summary.abandoned} abandoned; AHT ${summary.ahtSeconds?.toFixed(1) ?? '-'} s; SL within ${summary.serviceSeconds} s: ${sl}\n`);
    process.stderr.write(summary.patience.ok ? `patience (exponential): mean ${summary.patience.value.meanPatienceSeconds.toFixed(1)} s = total wait ${summary.patience.value.totalWaitSeconds} s ÷ ${summary.patience.value.abandons} abandons\n` : `patience: ${summary.patience.message}\n`);
  }
  return { records, minutes };
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        history: { type: 'string' },
        'interval-minutes': { type: 'string' },
        days: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        method: { type: 'string' },
        backtest: { type: 'string' },
        holidays: { type: 'string' },
        'service-seconds': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (args.help) { process.stdout.write(USAGE + '\n'); return; }
  if (!args.history) throw new UsageError('--history FILE is required');
  const num = (name: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || !Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a whole number greater than 0 (got "${v}")`);
    return n;
  };
  const minutes = num('interval-minutes', args['interval-minutes']);
  const days = num('days', args.days);
  const backtestDays = num('backtest', args.backtest);
  const serviceSeconds = args['service-seconds'] === undefined ? undefined : Number(args['service-seconds']);
  if (serviceSeconds !== undefined && !(serviceSeconds >= 0)) throw new UsageError(`--service-seconds must be 0 or more (got "${args['service-seconds']}")`);
  if (days !== undefined && (args.from || args.to)) throw new UsageError('give either --days N or --from D --to D, not both');
  const method = (args.method ?? 'auto') as MethodName;
  if (method !== 'auto' && !isMethodName(method)) throw new UsageError(`unknown --method "${method}"; use auto or one of ${METHOD_NAMES.join(', ')}`);
  const holidays = args.holidays ? args.holidays.split(',').map((s) => s.trim()).filter(Boolean) : [];
  for (const h of holidays) if (!/^\d{4}-\d{2}-\d{2}$/.test(h)) throw new UsageError(`--holidays: "${h}" is not a date YYYY-MM-DD`);
  const quiet = args.quiet ?? false;

  const file = args.history;
  if (!existsSync(file)) fail(`${file}: no such file`);
  if (statSync(file).isDirectory()) fail(`${file} is a directory, not a file`);

  let records: IntervalRecord[];
  let intervalMinutes: number;
  if (statSync(file).size > 0 && looksLikeAcd(firstLine(file))) {
    const r = await readAcd(file, minutes, serviceSeconds, quiet);
    records = r.records;
    intervalMinutes = r.minutes;
  } else {
    const imp = importIntervalText(readFileSync(file, 'utf8'), { intervalMinutes: minutes });
    if (!imp.ok) fail(`${file}: ${imp.message}`);
    printReport(imp.value.report, quiet);
    records = imp.value.records;
    intervalMinutes = imp.value.intervalMinutes;
  }

  if (backtestDays !== undefined) {
    const series = toDaySeries(records, intervalMinutes);
    const calendar = inferOpenCalendar(series.dates, holidays);
    const names = method === 'auto' ? [...METHOD_NAMES] : [method];
    const methods = [...names.map((n) => methodByName(n)), ...(method === 'auto' ? [autoMethod()] : [])];
    const bt = rollingOriginBacktest(series, calendar, methods, { days: backtestDays });
    if (!bt.ok) fail(bt.message);
    const f = (x: number | undefined) => (x === undefined ? '' : x.toFixed(4));
    const out = ['method,wmape,mape,bias,hit_rate_10pct,r2,days,days_missed'];
    for (const s of bt.value.scores) out.push(`${s.method},${f(s.figures.wmape)},${f(s.figures.mape)},${f(s.figures.bias)},${f(s.figures.hitRate)},${f(s.figures.r2)},${bt.value.targets.length},${s.missed}`);
    process.stdout.write(out.join('\n') + '\n');
    process.stderr.write(`backtest: day-ahead, ${bt.value.targets[0]} … ${bt.value.targets[bt.value.targets.length - 1]}, each day trained on the 8 weeks before it\n`);
    return;
  }

  const res = forecast(records, { intervalMinutes, method, days, from: args.from, to: args.to, holidays });
  if (!res.ok) fail(res.message);
  const out: string[] = ['date,interval_start,calls,aht'];
  for (const iv of res.value.intervals) out.push(`${iv.date},${formatClock(iv.start)},${iv.calls.toFixed(2)},${iv.aht === undefined ? '' : iv.aht.toFixed(1)}`);
  process.stdout.write(out.join('\n') + '\n');
  if (!quiet) {
    process.stderr.write(`method: ${res.value.method}\n`);
    for (const n of res.value.notes) process.stderr.write(`note: ${renderNote(n, 'en')}\n`);
    for (const d of res.value.days) if (d.closed) process.stderr.write(`note: ${d.date} closed, forecast 0 (${d.reason})\n`);
  }
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    process.stderr.write(`error: ${e.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`error: ${(e as Error).message ?? String(e)}\n`);
  process.exit(1);
});
