/**
 * `npm run -s forecast -- --history FILE [--interval-minutes M] [--days N | --from D --to D]
 *   [--method NAME] [--backtest DAYS] [--holidays REGION,D,D,...] [--service-seconds Y]
 *   [--reforecast-from HH:MM]`
 *
 * Prints `date,interval_start,calls,aht` CSV on standard output (or, with --backtest, each
 * method's accuracy figures). With --reforecast-from HH:MM (and --from D, default the
 * history's last day), the history holds D's intervals before HH:MM: D is forecast from
 * HH:MM on from the morning's actuals (src/core/plan/steps/reforecast.ts), printed as
 * `date,interval_start,calls,day_ahead,actual` (calls = the actual before HH:MM, the revised
 * forecast from it). The history is an interval table (CSV/TSV, columns detected
 * from the header) or per-call ACD records (detected from their columns, streamed).
 * Import problems go to standard error with their row and column.
 */
import { parseArgs } from 'node:util';
import { formatClock } from '../core/calendar/clock';
import { type HolidaySpec, parseRegion } from '../core/calendar/regions';
import type { ValidationReport } from '../core/workload/validationReport';
import { renderNote } from '../core/notes/render';
import { importFindingLines } from './importFindings';
import { isMethodName, METHOD_NAMES, type MethodName } from '../core/forecast/methods/index';
import { DEFAULT_CLEANING } from '../core/plan/cleanHistory';
import { forecastHorizon } from '../core/plan/steps/forecast';
import { dayAheadAccuracy } from '../core/plan/steps/forecastAccuracy';
import { reforecastToday } from '../core/plan/steps/reforecast';
import { HistoryFileError, readHistoryFile } from './historyFile';
import { userPath } from './userPath';

const USAGE = `usage: npm run -s forecast -- --history FILE [--interval-minutes M] [--days N | --from YYYY-MM-DD --to YYYY-MM-DD]
                              [--method auto|${METHOD_NAMES.join('|')}] [--backtest DAYS]
                              [--holidays REGION|YYYY-MM-DD,...] [--service-seconds Y] [--quiet]
                              [--reforecast-from HH:MM [--from YYYY-MM-DD]]`;

class UsageError extends Error {}

function fail(message: string, code = 1): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

/** The import's findings on standard error: each kind of error and warning with its count and up to 3 examples (--quiet: errors only). */
function printReport(report: ValidationReport, quiet: boolean): void {
  const lines = importFindingLines(report);
  const show = quiet ? lines.filter((l) => l.startsWith('error:')) : lines;
  for (const l of show) process.stderr.write(`${l}\n`);
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
        'reforecast-from': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
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
  // a region ("CN", "US-CA") and/or dates, comma-separated: --holidays US-CA,2026-12-24
  const items = args.holidays ? args.holidays.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const dates = items.filter((h) => /^\d{4}-\d{2}-\d{2}$/.test(h));
  const regions = items.filter((h) => !dates.includes(h));
  for (const r of regions) {
    if (!parseRegion(r)) throw new UsageError(`--holidays: "${r}" is neither a date YYYY-MM-DD nor a region such as CN, US, GB, US-CA or DE-BY`);
  }
  if (regions.length > 1) throw new UsageError(`--holidays takes one region (got ${regions.join(', ')})`);
  const holidays: HolidaySpec = regions.length === 1 ? { region: regions[0], dates } : dates;
  const quiet = args.quiet ?? false;

  const file = userPath(args.history, 'forecast');
  let history;
  try {
    history = await readHistoryFile(file, { intervalMinutes: minutes, serviceSeconds });
  } catch (error) {
    if (error instanceof HistoryFileError) fail(error.message);
    throw error;
  }
  const { records, intervalMinutes, report, acd } = history;
  printReport(report, quiet);
  if (acd && !quiet) {
    const sl = ([1, 2, 3, 4] as const).map((m) => { const r = acd.serviceLevel[m]; return `method ${m} ${r.ok ? (100 * r.value).toFixed(1) + '%' : r.message}`; }).join(', ');
    process.stderr.write(`per-call records: ${acd.offered} offered, ${acd.answered} answered, ${acd.abandoned} abandoned; AHT ${acd.ahtSeconds?.toFixed(1) ?? '-'} s; SL within ${acd.serviceSeconds} s: ${sl}\n`);
    process.stderr.write(acd.patience.ok ? `patience (exponential): mean ${acd.patience.value.meanPatienceSeconds.toFixed(1)} s = total wait ${acd.patience.value.totalWaitSeconds} s ÷ ${acd.patience.value.abandons} abandons\n` : `patience: ${acd.patience.message}\n`);
  }

  if (backtestDays !== undefined) {
    const methods: MethodName[] = method === 'auto' ? [...METHOD_NAMES, 'auto'] : [method];
    const bt = dayAheadAccuracy(records, intervalMinutes, methods, { days: backtestDays, holidays });
    if (!bt.ok) fail(bt.message);
    const f = (x: number | undefined) => (x === undefined ? '' : x.toFixed(4));
    const out = ['method,wmape,mape,bias,hit_rate_10pct,r2,days,days_missed'];
    for (const s of bt.value.scores) out.push(`${s.method},${f(s.figures.wmape)},${f(s.figures.mape)},${f(s.figures.bias)},${f(s.figures.hitRate)},${f(s.figures.r2)},${bt.value.targets.length},${s.missed}`);
    process.stdout.write(out.join('\n') + '\n');
    process.stderr.write(`backtest: day-ahead, ${bt.value.targets[0]} … ${bt.value.targets[bt.value.targets.length - 1]}, each day forecast as --from D --to D from the 8 weeks before it\n`);
    return;
  }

  if (args['reforecast-from'] !== undefined) {
    if (args.to && args.from && args.to !== args.from) throw new UsageError('--reforecast-from revises one day: give --from D (and --to D, the same day) or neither');
    if (days !== undefined || backtestDays !== undefined) throw new UsageError('--reforecast-from revises one day: leave out --days and --backtest');
    const date = args.from ?? args.to ?? records.reduce((last, r) => (r.date > last ? r.date : last), '');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--from must be a date YYYY-MM-DD (got "${date}")`);
    const res = reforecastToday(records, intervalMinutes, date, args['reforecast-from'], { method, holidays, events: [], cleaning: DEFAULT_CLEANING });
    if (!res.ok) fail(res.message);
    const f2 = (x: number) => x.toFixed(2);
    const out = ['date,interval_start,calls,day_ahead,actual'];
    for (const iv of res.value.revised.intervals) out.push(`${date},${formatClock(iv.start)},${f2(iv.calls)},${f2(iv.dayAhead)},${iv.actual === undefined ? '' : f2(iv.actual)}`);
    process.stdout.write(out.join('\n') + '\n');
    if (!quiet) {
      process.stderr.write(`method: ${res.value.dayAhead.predicted.method}\n`);
      process.stderr.write(`note: ${renderNote(res.value.note, 'en')}\n`);
    }
    return;
  }

  const from = args.from ?? undefined;
  const horizonDays = from && args.to ? Math.round((Date.parse(args.to) - Date.parse(from)) / 86_400_000) + 1 : days ?? 7;
  if (!(horizonDays >= 1)) throw new UsageError(`--to (${args.to}) must not be before --from (${from})`);
  const res = forecastHorizon(records, intervalMinutes, { method, from, days: horizonDays, holidays, events: [], cleaning: DEFAULT_CLEANING });
  if (!res.ok) fail(res.message);
  const { predicted, cleaned } = res.value;
  const out: string[] = ['date,interval_start,calls,aht'];
  for (const iv of predicted.intervals) out.push(`${iv.date},${formatClock(iv.start)},${iv.calls.toFixed(2)},${iv.aht === undefined ? '' : iv.aht.toFixed(1)}`);
  process.stdout.write(out.join('\n') + '\n');
  if (!quiet) {
    process.stderr.write(`method: ${predicted.method}\n`);
    for (const n of [...cleaned.notes, ...predicted.notes]) process.stderr.write(`note: ${renderNote(n, 'en')}\n`);
    for (const d of predicted.days) if (d.closed) process.stderr.write(`note: ${d.date} closed, forecast 0 (${d.reason})\n`);
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
