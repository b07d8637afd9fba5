/**
 * Reading a date and a time of day written in one cell, as interval reports write their
 * interval start: ISO with or without an offset, "2026-03-02 08:00", "3/2/2026 8:00 AM".
 */
import { type DayMonthOrder, type ParsedDate, parseDate } from './parseDate';
import { parseTime } from './parseTime';

export interface ParsedDateTime {
  date: ParsedDate;
  /** minutes since midnight, the wall-clock time as written */
  start: number;
  /** the UTC offset written after the time ('+08:00', 'Z'), dropped from the wall-clock time */
  offset?: string;
}

/** A trailing UTC offset or Z after a clock time, with optional fractional seconds before it. */
const OFFSET = /(\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses "date time" or "dateTtime" (an interval range after the time is read by its start);
 * Excel serials with a fraction give both. The offset, if any, is returned, not applied:
 * the report's local wall-clock time is what the centre planned by.
 * @example parseDateTime('2026-03-02T08:00:00+08:00') //=> { date: { iso: '2026-03-02', … }, start: 480, offset: '+08:00' }
 * @example parseDateTime('3/2/2026 8:30 AM', 'MDY')?.start //=> 510
 */
export function parseDateTime(value: unknown, order: DayMonthOrder = 'DMY'): ParsedDateTime | undefined {
  if (typeof value === 'number') {
    const date = parseDate(value);
    const start = parseTime(value - Math.floor(value));
    return date && start !== undefined ? { date, start } : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const cut = s.search(/[T ]\s*\d{1,2}[:：]\d{2}/);
  if (cut <= 0) return undefined;
  const date = parseDate(s.slice(0, cut), order);
  if (!date) return undefined;
  let time = s.slice(cut + 1).trim();
  let offset: string | undefined;
  const o = time.match(OFFSET);
  if (o) {
    offset = o[2].toUpperCase();
    time = time.slice(0, o.index) + o[1];
  } else {
    time = time.replace(/^(\d{1,2}:\d{2}:\d{2})\.\d+/, '$1');
  }
  const start = parseTime(time);
  return start === undefined ? undefined : { date, start, ...(offset ? { offset } : {}) };
}

/** True when a cell holds a date and a time (so a "start" column is read as date and time). */
export const looksLikeDateTime = (value: unknown): boolean =>
  typeof value === 'string' && /^\s*\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}日?[T ]\s*\d{1,2}[:：]\d{2}/.test(value);
