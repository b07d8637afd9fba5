/**
 * Splitting table rows into requests that Excel on the web accepts: at most
 * `maxCells` cells and about `maxBytes` of payload per `context.sync()`
 * (the service rejects requests over 5 MB; we stay well below).
 */
import { isFormula, isText, looksLikeFormula, type TableCellValue } from '../../report';

export interface BatchLimits {
  readonly maxCells: number;
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: BatchLimits = { maxCells: 5000, maxBytes: 4_000_000 };

/** Rough JSON payload of a cell. */
const cellBytes = (v: TableCellValue): number =>
  v === null ? 4 : isText(v) ? v.text.length * 2 + 16 : isFormula(v) ? v.formula.length * 2 + 24 : 24;

/**
 * Consecutive row ranges [start, end) whose cells (values, plus one format
 * cell per text cell and one formula cell per formula) fit the limits; a
 * single over-wide row is its own batch.
 *
 * @example rowBatches(Array(12000).fill([1, 2]), { maxCells: 5000, maxBytes: 4e6 }).length //=> 5
 */
export function rowBatches(rows: readonly (readonly TableCellValue[])[], limits: BatchLimits = DEFAULT_LIMITS): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let cells = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const rowCells = row.length + row.filter((v) => isText(v) || isFormula(v)).length;
    const rowBytes = row.reduce<number>((s, v) => s + cellBytes(v), 0);
    if (i > start && (cells + rowCells > limits.maxCells || bytes + rowBytes > limits.maxBytes)) {
      out.push([start, i]);
      start = i;
      cells = 0;
      bytes = 0;
    }
    cells += rowCells;
    bytes += rowBytes;
  });
  if (start < rows.length) out.push([start, rows.length]);
  return out;
}

/**
 * The string Excel must receive for a text value so it stays text: a leading
 * apostrophe (Excel's text prefix, not shown) when it would otherwise read as
 * a formula. The cell's number format is also set to '@' by the writer.
 *
 * @example excelText('=1+1') //=> "'=1+1"
 */
export const excelText = (s: string): string => (looksLikeFormula(s) ? `'${s}` : s);

/** The value written for a plain (non-formula) cell. */
export function excelValue(v: TableCellValue): string | number | boolean {
  if (v === null) return '';
  if (isText(v)) return excelText(v.text);
  if (isFormula(v)) return '';
  return v;
}
