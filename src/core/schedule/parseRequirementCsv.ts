import { invalid, success, type Result } from '../result';
import { DAY_MINUTES, formatClock } from '../calendar/clock';
import { parseClock, weekdayOf } from '../calendar/parse';
import type { HorizonDay } from './types';

/** A requirement read from CSV: a full day of slots for each day, in the order days first appear. */
export interface RequirementTable {
  readonly intervalMinutes: number;
  readonly days: HorizonDay[];
  readonly required: number[][];
  /** True when the days are weekday names (a standard week that repeats), false for dates. */
  readonly weekdayNames: boolean;
}

/**
 * Reads a requirement CSV with the header `day,interval_start,required`:
 * `day` is a weekday name or a date YYYY-MM-DD, `interval_start` "HH:MM",
 * `required` agents ≥ 0. Intervals not listed require 0. The interval length
 * is the smallest gap between listed starts on a day unless given.
 *
 * @returns the table, or `invalid` naming the line and field.
 * @example parseRequirementCsv('day,interval_start,required\nMonday,08:00,3\nMonday,08:30,4')
 *   //=> success({ intervalMinutes: 30, days: [{ label: 'Monday', weekday: 0 }], required: [[0, …, 3, 4, 0, …]], weekdayNames: true })
 */
export function parseRequirementCsv(text: string, intervalMinutes?: number): Result<RequirementTable> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return invalid('the requirement file is empty; expected a header day,interval_start,required');
  const header = lines[0].split(',').map((h) => h.trim().toLowerCase());
  const col = (n: string): number => header.indexOf(n);
  if (col('day') < 0 || col('interval_start') < 0 || col('required') < 0) {
    return invalid(`the requirement header must have the columns day, interval_start, required (got "${lines[0]}")`);
  }
  const rows: { day: string; minute: number; value: number; line: number }[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(',').map((c) => c.trim());
    const lineNo = i + 1;
    const day = cells[col('day')] ?? '';
    const wd = weekdayOf(day);
    if (!wd.ok) return invalid(`line ${lineNo}: ${wd.message}`);
    const clock = parseClock(cells[col('interval_start')] ?? '', 'interval_start');
    if (!clock.ok) return invalid(`line ${lineNo}: ${clock.message}`);
    if (clock.value >= DAY_MINUTES) return invalid(`line ${lineNo}: interval_start must be before 24:00`);
    const raw = cells[col('required')] ?? '';
    const value = raw === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(value)) return invalid(`line ${lineNo}: required must be a number (got "${raw}")`);
    if (value < 0) return invalid(`line ${lineNo}: required on ${day} ${cells[col('interval_start')]} is ${value}; a requirement must be ≥ 0`);
    rows.push({ day, minute: clock.value, value, line: lineNo });
  }
  if (rows.length === 0) return invalid('the requirement file has a header but no rows');
  let len = intervalMinutes;
  if (len === undefined) {
    len = 60;
    const byDay = new Map<string, number[]>();
    for (const r of rows) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r.minute]);
    for (const mins of byDay.values()) {
      const s = [...new Set(mins)].sort((a, b) => a - b);
      for (let k = 1; k < s.length; k++) len = Math.min(len, s[k] - s[k - 1]);
      for (const m of s) if (m % len !== 0) len = gcd(len, m);
    }
  }
  if (!Number.isInteger(len) || len <= 0 || DAY_MINUTES % len !== 0) {
    return invalid(`the interval length must divide 24 h (got ${len} minutes)`);
  }
  const slots = DAY_MINUTES / len;
  const days: HorizonDay[] = [];
  const index = new Map<string, number>();
  const required: number[][] = [];
  const seen = new Set<string>();
  let names = 0;
  for (const r of rows) {
    const key = r.day.toLowerCase();
    if (!index.has(key)) {
      const wd = weekdayOf(r.day);
      if (!wd.ok) return wd;
      if (!/^\d{4}-/.test(r.day)) names++;
      index.set(key, days.length);
      days.push({ label: r.day, weekday: wd.value });
      required.push(new Array<number>(slots).fill(0));
    }
    if (r.minute % len !== 0) return invalid(`line ${r.line}: interval_start is not on a ${len}-minute boundary`);
    const id = `${key}|${r.minute}`;
    if (seen.has(id)) return invalid(`line ${r.line}: ${r.day} ${formatClock(r.minute, { wrap: false })} appears twice`);
    seen.add(id);
    required[index.get(key) as number][r.minute / len] = r.value;
  }
  if (names > 0 && names < days.length) return invalid('days must be all weekday names or all dates, not a mix');
  const weekdays = new Set(days.map((d) => d.weekday));
  if (names > 0 && weekdays.size < days.length) return invalid('a weekday name appears in two spellings (e.g. "Mon" and "Monday")');
  return success({ intervalMinutes: len, days, required, weekdayNames: names > 0 });
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
