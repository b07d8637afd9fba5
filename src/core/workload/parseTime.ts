/**
 * Reading times of day as phone systems and spreadsheets write them.
 */

/**
 * Parses a time of day to minutes since midnight (fractional for seconds). Accepts
 * 'H:MM', 'HH:MM:SS' (leading zeros optional, as ACD exports write 7:02:47), '0700',
 * '7:00 PM', a range '07:00-07:30' or '07:00–07:30' (its start), '24:00' (end of day, 1440),
 * and Excel time fractions (0 ≤ x < 1, a day being 1). Returns undefined otherwise.
 * @example parseTime('7:02:47') //=> 422.7833…
 * @example parseTime(0.5) //=> 720
 */
export function parseTime(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    if (value < 1) return Math.round(value * 86400) / 60;
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  let s = value.trim();
  const range = s.match(/^(.+?)\s*[-–~至]\s*\d{1,2}[:：]\d{2}.*$/);
  if (range) s = range[1].trim();
  const m = s.match(/^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}(?:\.\d+)?))?\s*([AaPp][Mm])?$/);
  if (m) {
    let h = +m[1];
    const min = +m[2];
    const sec = m[3] === undefined ? 0 : +m[3];
    if (m[4]) {
      if (h < 1 || h > 12) return undefined;
      const pm = m[4].toLowerCase() === 'pm';
      h = (h % 12) + (pm ? 12 : 0);
    }
    if (min > 59 || sec >= 60 || h > 24 || (h === 24 && (min > 0 || sec > 0))) return undefined;
    return h * 60 + min + sec / 60;
  }
  const compact = s.match(/^(\d{2})(\d{2})$/);
  if (compact) {
    const h = +compact[1];
    const min = +compact[2];
    if (h > 23 || min > 59) return undefined;
    return h * 60 + min;
  }
  return undefined;
}

/**
 * Parses 'H:MM:SS' (or 'H:MM') to whole seconds since midnight; the fast path used on
 * hundreds of thousands of ACD rows.
 * @example parseClockSeconds('7:02:47') //=> 25367
 */
export function parseClockSeconds(value: string): number | undefined {
  const t = parseTime(value);
  return t === undefined ? undefined : Math.round(t * 60);
}
