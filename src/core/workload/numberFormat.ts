/**
 * Deciding a file's number format from all its numeric cells, so that "185,500" and "1.100"
 * are read one way throughout the file, and saying which way and why.
 */
import { DECIMAL_COMMA, DECIMAL_POINT, type NumberFormat } from './parseNumber';

export interface DetectedNumberFormat {
  format: NumberFormat;
  /** 'values': a cell decides it (e.g. "185,5"); 'delimiter': none does, ';' files use decimal commas; 'default': neither */
  decidedBy: 'values' | 'delimiter' | 'default';
  /** the first cell that decided it ("185,5") */
  example?: string;
  /** cells that read differently under the other format (grouped thousands or decimals of three digits), and the first */
  ambiguous: number;
  ambiguousExample?: string;
}

/**
 * A decimal comma shows in "185,5", "12,25" or "1.234,5"; a decimal point in "185.5" or
 * "1,234.5". "185,500" and "1.100" (three digits after the one mark) decide nothing. When
 * both kinds occur the majority wins. Clock and date cells are not numbers and are skipped.
 * @example detectNumberFormat([['185,5', '1.100']], ';').format.decimal //=> ','
 */
export function detectNumberFormat(cells: Iterable<readonly unknown[]>, delimiter: string): DetectedNumberFormat {
  let comma = 0;
  let point = 0;
  let ambiguous = 0;
  let commaExample: string | undefined;
  let pointExample: string | undefined;
  let ambiguousExample: string | undefined;
  for (const row of cells) {
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      const s = cell.trim().replace(/%$/, '');
      if (!/^[+-]?\d[\d.,]*$/.test(s)) continue;
      if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^[+-]?\d+,(\d{1,2}|\d{4,})$/.test(s)) {
        comma++;
        commaExample ??= cell;
      } else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^[+-]?\d+\.(\d{1,2}|\d{4,})$/.test(s)) {
        point++;
        pointExample ??= cell;
      } else if (/^[+-]?\d{1,3}([.,]\d{3})+$/.test(s)) {
        ambiguous++;
        ambiguousExample ??= cell;
      }
    }
  }
  const amb = { ambiguous, ...(ambiguousExample === undefined ? {} : { ambiguousExample }) };
  if (comma > point) return { format: DECIMAL_COMMA, decidedBy: 'values', example: commaExample, ...amb };
  if (point > 0) return { format: DECIMAL_POINT, decidedBy: 'values', example: pointExample, ...amb };
  return { format: delimiter === ';' ? DECIMAL_COMMA : DECIMAL_POINT, decidedBy: delimiter === ';' ? 'delimiter' : 'default', ...amb };
}
