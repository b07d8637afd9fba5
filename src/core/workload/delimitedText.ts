/**
 * CSV / TSV text to a grid of cells (papaparse, pure JavaScript; no file access here).
 */
import Papa from 'papaparse';

/**
 * Splits CSV or TSV text into rows of string cells. The delimiter is detected (',', tab,
 * ';', '|') unless given. Blank lines are kept as empty rows so that row numbers match
 * the file's line numbers.
 * @example parseDelimitedText('date,calls\n2003-03-03,5') //=> [['date','calls'],['2003-03-03','5']]
 */
export function parseDelimitedText(text: string, delimiter?: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return [];
  const out = Papa.parse<string[]>(clean, {
    delimiter: delimiter ?? '',
    delimitersToGuess: ['\t', ',', ';', '|'],
    skipEmptyLines: false,
  });
  const rows = out.data;
  // papaparse yields [''] for blank lines and for a final newline; drop the trailing ones.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  return rows;
}
