/**
 * CSV / TSV text to a grid of cells (papaparse, pure JavaScript; no file access here).
 */
import Papa from 'papaparse';

/** The delimiters tried, in order of preference when the header has as many of each. */
const DELIMITERS = ['\t', ';', '|', ','] as const;

/** A quote opened on `row` (1-based line) and never closed: read literally on that row instead of swallowing `swallowed` rows. */
export interface UnclosedQuote {
  row: number;
  swallowed: number;
}

export interface DelimitedText {
  rows: string[][];
  delimiter: string;
  unclosedQuotes: UnclosedQuote[];
}

/**
 * The delimiter of the header line (its first non-blank line): the candidate it has most
 * of outside quotes. Decided here rather than by papaparse's guess, which counts every
 * line and takes "185,5" in a ';' file for a ',' delimiter.
 * @example detectDelimiter('date;calls\n2026-03-02;185,5') //=> ';'
 */
export function detectDelimiter(text: string): string {
  const header = (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/**
 * Splits CSV or TSV text into rows of string cells. The delimiter is detected from the
 * header (',', tab, ';', '|') unless given. Blank lines are kept as empty rows so that row
 * numbers match the file's line numbers. A quote left open (papaparse's MissingQuotes) would
 * swallow every later line into one cell: that line is read again with its quotes as
 * ordinary characters and reported in `unclosedQuotes`; every other line reads normally.
 * @example parseDelimited('date,calls\n2003-03-03,5').rows //=> [['date','calls'],['2003-03-03','5']]
 */
export function parseDelimited(text: string, delimiter?: string): DelimitedText {
  const clean = text.replace(/^\uFEFF/, '');
  const d = delimiter ?? detectDelimiter(clean);
  if (clean.trim() === '') return { rows: [], delimiter: d, unclosedQuotes: [] };
  const unclosedQuotes: UnclosedQuote[] = [];
  const rows: string[][] = [];
  let rest = clean;
  let line = 1;
  for (;;) {
    const out = Papa.parse<string[]>(rest, { delimiter: d, skipEmptyLines: false });
    const open = out.errors.find((e) => e.code === 'MissingQuotes');
    if (!open) {
      rows.push(...out.data);
      break;
    }
    // rows before the one whose quote never closes are good; that row starts a line of its own
    const good = out.data.slice(0, open.row);
    rows.push(...good);
    const consumed = good.reduce((n, r) => n + 1 + r.join(d).split(/\r\n|\n|\r/).length - 1, 0);
    const lines = rest.split(/\r\n|\n|\r/);
    const badLine = lines[consumed] ?? '';
    const after = lines.slice(consumed + 1);
    const swallowed = after.filter((l) => l.trim() !== '').length;
    unclosedQuotes.push({ row: line + consumed, swallowed });
    rows.push(Papa.parse<string[]>(badLine, { delimiter: d, quoteChar: '\u0000' }).data[0] ?? ['']);
    line += consumed + 1;
    rest = after.join('\n');
    if (after.length === 0) break;
  }
  // papaparse yields [''] for blank lines and for a final newline; drop the trailing ones.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  return { rows, delimiter: d, unclosedQuotes };
}

/**
 * The rows of {@link parseDelimited} alone.
 * @example parseDelimitedText('date,calls\n2003-03-03,5') //=> [['date','calls'],['2003-03-03','5']]
 */
export const parseDelimitedText = (text: string, delimiter?: string): string[][] => parseDelimited(text, delimiter).rows;
