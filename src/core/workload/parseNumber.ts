/**
 * Reading counts and durations from cells, in the file's number format.
 */

/** How a file writes numbers: its decimal mark, and the thousands separator that goes with it. */
export interface NumberFormat {
  readonly decimal: '.' | ',';
}

/** 1,234.5 (the default) */
export const DECIMAL_POINT: NumberFormat = { decimal: '.' };
/** 1.234,5 (European exports, usually ';'-delimited) */
export const DECIMAL_COMMA: NumberFormat = { decimal: ',' };

/**
 * Parses a numeric cell: numbers pass through; text may carry spaces, a thousands separator
 * between groups of three digits (',' under the decimal-point format, '.' or a space under
 * the decimal-comma format), or a trailing '%' (returned as a fraction). Returns undefined
 * for anything else (including NaN, ±Infinity).
 * @example parseNumber(' 1,234 ') //=> 1234
 * @example parseNumber('1.100', DECIMAL_COMMA) //=> 1100
 * @example parseNumber('185,5', DECIMAL_COMMA) //=> 185.5
 * @example parseNumber('abc') //=> undefined
 */
export function parseNumber(value: unknown, format: NumberFormat = DECIMAL_POINT): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let s = value.trim();
  if (s === '') return undefined;
  let scale = 1;
  if (s.endsWith('%')) {
    s = s.slice(0, -1).trim();
    scale = 0.01;
  }
  if (format.decimal === ',') {
    if (/^[+-]?\d{1,3}([. \u00A0]\d{3})+(,\d+)?$/.test(s)) s = s.replace(/[. \u00A0]/g, '');
    if (s.includes('.')) return undefined;
    s = s.replace(',', '.');
  } else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    s = s.replace(/,/g, '');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  const n = Number(s) * scale;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * True for an empty cell (undefined, null, or only spaces).
 * @example isBlank('  ') //=> true
 */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
