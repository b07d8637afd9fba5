/**
 * The centre's opening hours, per weekday: when calls can arrive and agents
 * are needed. Given by the planner, or read from the history: a weekday is
 * open when it has data in at least half of its weeks, and open from the first
 * to the end of the last interval that has calls on at least half of those
 * days (so a stray early call or a late overflow does not stretch the day,
 * and a holiday does not close a weekday).
 */
import { DAY_MINUTES, clockMinutes, formatClock } from '../calendar/clock';
import { dayNumber, fromDayNumber, weekday } from '../calendar/dates';
import type { IntervalRecord } from './intervalRecord';

/** One weekday's hours, minutes since midnight (close ≤ 1440, close > open), or null when closed. */
export type DayHours = { readonly open: number; readonly close: number } | null;

/** Hours of the seven weekdays, index 0 = Monday … 6 = Sunday. */
export type OpeningHours = readonly DayHours[];

/** Share of a weekday's weeks with data, and of its days with calls in an interval, that counts as open. */
const OPEN_SHARE = 0.5;

/**
 * @example deriveOpeningHours(records, 30)[0] //=> { open: 480, close: 1200 } (Mondays 08:00–20:00)
 */
export function deriveOpeningHours(records: readonly IntervalRecord[], intervalMinutes: number): OpeningHours {
  if (records.length === 0) return Array<DayHours>(7).fill(null);
  const slots = DAY_MINUTES / intervalMinutes;
  const withCalls = Array.from({ length: 7 }, () => new Array<number>(slots).fill(0));
  const daysSeen = Array.from({ length: 7 }, () => new Set<string>());
  let first = Infinity;
  let last = -Infinity;
  for (const r of records) {
    const w = weekday(r.date);
    daysSeen[w].add(r.date);
    const n = dayNumber(r.date);
    first = Math.min(first, n);
    last = Math.max(last, n);
    if (r.offered > 0) withCalls[w][Math.floor(r.start / intervalMinutes)] += 1;
  }
  return withCalls.map((counts, w) => {
    const days = daysSeen[w].size;
    // occurrences of weekday w between the first and last day of the history
    const offset = (((w - weekday(fromDayNumber(first))) % 7) + 7) % 7;
    const weeks = first + offset > last ? 0 : Math.floor((last - first - offset) / 7) + 1;
    if (days === 0 || days < OPEN_SHARE * weeks) return null;
    const open = counts.findIndex((c) => c >= OPEN_SHARE * days);
    if (open < 0) return null;
    let close = open;
    for (let k = open; k < slots; k++) if (counts[k] >= OPEN_SHARE * days) close = k;
    return { open: open * intervalMinutes, close: (close + 1) * intervalMinutes };
  });
}

/**
 * Whether an interval starting at `start` (minutes) on weekday `w` lies in the opening hours.
 * @example isOpenInterval(hours, 5, 510) //=> false (Saturday 08:30 when Saturdays open at 09:00)
 */
export function isOpenInterval(hours: OpeningHours, w: number, start: number): boolean {
  const day = hours[w];
  return day !== null && start >= day.open && start < day.close;
}

/**
 * A day's hours as a planner writes them: "08:00-20:00", "00:00-24:00" (open all day) or "closed".
 * @example formatDayHours({ open: 480, close: 1200 }) //=> '08:00-20:00'
 */
export function formatDayHours(day: DayHours): string {
  return day === null ? 'closed' : `${formatClock(day.open)}-${formatClock(day.close, { wrap: false })}`;
}

/** The inverse of `formatDayHours` for text already checked by the config schema. */
export function parseDayHours(text: string): DayHours {
  if (text === 'closed') return null;
  const [open, close] = text.split('-');
  return { open: clockMinutes(open), close: clockMinutes(close) };
}
