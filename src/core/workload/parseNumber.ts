/**
 * Reading counts and durations from cells.
 */

/**
 * Parses a numeric cell: numbers pass through; text may carry spaces, a thousands
 * separator written as ',' between groups of three digits ('1,234'), or a trailing '%'
 * (returned as a fraction). Returns undefined for anything else (including NaN, ±Infinity).
 * @example parseNumber(' 1,234 ') //=> 1234
 * @example parseNumber('abc') //=> undefined
 */
export function parseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let s = value.trim();
  if (s === '') return undefined;
  let scale = 1;
  if (s.endsWith('%')) {
    s = s.slice(0, -1).trim();
    scale = 0.01;
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
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
