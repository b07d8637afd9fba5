/**
 * Reading durations as reports write them: seconds, m:ss or h:mm:ss.
 */
import { DECIMAL_POINT, type NumberFormat, parseNumber } from './parseNumber';

/**
 * Parses a duration cell to seconds: a number of seconds ('245', '245.5', or '245,5' under a
 * decimal-comma format), 'm:ss' ('4:05', '62:03' = 62 min 3 s) or 'h:mm:ss' ('1:02:03',
 * '00:04:05.5'). Undefined for anything else (a negative number is returned for the caller to report).
 * @example parseDuration('1:02:03') //=> 3723
 * @example parseDuration('62:03') //=> 3723
 * @example parseDuration('00:04:05.5') //=> 245.5
 */
export function parseDuration(value: unknown, format: NumberFormat = DECIMAL_POINT): number | undefined {
  if (typeof value === 'string') {
    const m = value.trim().match(/^(\d+):(\d{1,2})(?::(\d{1,2}(?:[.,]\d+)?))?$/);
    if (m) {
      const [a, b] = [+m[1], +m[2]];
      if (m[3] === undefined) return b < 60 ? a * 60 + b : undefined;
      const sec = Number(m[3].replace(',', '.'));
      return b < 60 && sec < 60 ? a * 3600 + b * 60 + sec : undefined;
    }
  }
  return parseNumber(value, format);
}
