/**
 * Reads a history file as `npm run forecast` does: per-call ACD records
 * (detected from their columns) are streamed and aggregated into intervals,
 * so a month of calls never sits in memory as text; an interval table is read
 * whole (up to MAX_TEXT_IMPORT_BYTES, refused above with a message, never an
 * out-of-memory crash), its encoding decided from its bytes (UTF-8 with or
 * without BOM, UTF-16, GB18030). The forecasting benchmark reads files through this too.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { type AcdSummary, AcdAggregator } from '../core/workload/acdRecords';
import { normaliseHeader } from '../core/workload/columnMapping';
import type { IntervalRecord } from '../core/workload/intervalRecord';
import { importIntervalText } from '../core/workload/intervalTable';
import { decodeHistoryBytes } from '../core/workload/decodeHistoryBytes';
import { MAX_TEXT_IMPORT_BYTES } from '../core/workload/historyLimits';
import { note } from '../core/notes/note';
import { renderNote } from '../core/notes/render';
import type { ValidationReport } from '../core/workload/validationReport';

export interface HistoryFile {
  records: IntervalRecord[];
  intervalMinutes: number;
  report: ValidationReport;
  /** per-call files: offered/answered/abandoned, AHT, measured SL and patience */
  acd?: AcdSummary;
}

/** A failure to read the file, worded for the command line. */
export class HistoryFileError extends Error {}

/** Reads the first line of a file without reading the whole file. */
function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  } finally {
    closeSync(fd);
  }
}

function looksLikeAcd(header: string): boolean {
  const cols = header.split(/[\t,;|]/).map(normaliseHeader);
  return cols.includes('outcome') && (cols.includes('qtime') || cols.includes('qstart'));
}

async function readAcd(file: string, intervalMinutes: number | undefined, serviceSeconds: number | undefined): Promise<HistoryFile> {
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
          if (!h.ok) {
            headerError = h.message;
            parser.abort();
          }
          return;
        }
        agg.add(r.data, line);
      },
      complete: () => resolve(),
      error: (e) => reject(e),
    });
  });
  if (headerError) throw new HistoryFileError(`${file}: ${headerError}`);
  const res = agg.finish();
  if (!res.ok) throw new HistoryFileError(`${file}: ${res.message}`);
  return { records: res.value.records, intervalMinutes: res.value.intervalMinutes, report: res.value.report, acd: res.value.summary };
}

/** @throws HistoryFileError naming the file when it cannot be read or imported */
export async function readHistoryFile(file: string, options: { intervalMinutes?: number; serviceSeconds?: number } = {}): Promise<HistoryFile> {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new HistoryFileError(`${file} is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof HistoryFileError) throw error;
    throw new HistoryFileError(`${file}: no such file`);
  }
  if (size > 0 && looksLikeAcd(firstLine(file))) return readAcd(file, options.intervalMinutes, options.serviceSeconds);
  if (size > MAX_TEXT_IMPORT_BYTES) throw new HistoryFileError(`${file}: ${renderNote(note('import.tooBig', { bytes: size, limit: MAX_TEXT_IMPORT_BYTES }), 'en')}`);
  const { text, encoding } = decodeHistoryBytes(readFileSync(file));
  const imported = importIntervalText(text, { intervalMinutes: options.intervalMinutes, encoding });
  if (!imported.ok) throw new HistoryFileError(`${file}: ${imported.message}`);
  return { records: imported.value.records, intervalMinutes: imported.value.intervalMinutes, report: imported.value.report };
}
