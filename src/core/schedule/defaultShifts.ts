/**
 * Shift patterns for a centre that gave none, from its opening hours: for each
 * group of weekdays with the same hours, full-time 8-hour shifts (a 30-minute
 * unpaid lunch between 3½ and 4½ hours in) starting every half hour from opening
 * to eight hours before closing, and 4-hour part-time shifts over the same day,
 * so every open interval can be covered and peaks topped up. A day shorter than
 * eight hours gets shifts of its own length (whole half hours); a closing time
 * off the half-hour grid also gets one start that ends at closing. A centre open
 * all day starts shifts at any half hour, overnight ones included.
 */
import { formatClock } from '../calendar/clock';
import type { OpeningHours } from '../workload/openingHours';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const FULL_TIME = 480;
const PART_TIME = 240;
const STEP = 30;
const LUNCH = { offset: 210, minutes: 30, paid: false, latestOffset: 270 };

/** A shift generator as the plan's configuration writes it (`schedule.generators[]`). */
export interface ShiftGeneratorSetting {
  firstStart: string;
  lastStart: string;
  everyMinutes: number;
  lengths: number[];
  breaks: Record<string, { offset: number; minutes: number; paid: boolean; latestOffset?: number }[]>;
  days: (typeof DAY_NAMES)[number][];
}

/** @example defaultShiftGenerators(weekdays8to20)[0] //=> { firstStart: '08:00', lastStart: '12:00', everyMinutes: 30, lengths: [480], … days: ['Mon', …, 'Fri'] } */
export function defaultShiftGenerators(hours: OpeningHours): ShiftGeneratorSetting[] {
  const groups = new Map<string, { open: number; close: number; days: ShiftGeneratorSetting['days'] }>();
  hours.forEach((day, w) => {
    if (day === null) return;
    const key = `${day.open}-${day.close}`;
    const group = groups.get(key) ?? { open: day.open, close: day.close, days: [] };
    group.days.push(DAY_NAMES[w]);
    groups.set(key, group);
  });
  const out: ShiftGeneratorSetting[] = [];
  for (const { open, close, days } of groups.values()) {
    const allDay = open === 0 && close === 1440;
    const span = close - open;
    const family = (length: number, breaks: ShiftGeneratorSetting['breaks']) => {
      const lastStart = allDay ? 1440 - STEP : open + Math.floor((span - length) / STEP) * STEP;
      const add = (first: number, last: number) =>
        out.push({ firstStart: formatClock(first), lastStart: formatClock(last), everyMinutes: STEP, lengths: [length], breaks, days: [...days] });
      add(open, lastStart);
      // a closing time off the half-hour grid (21:05) still gets a shift that ends at it
      if (!allDay && lastStart < close - length) add(close - length, close - length);
    };
    if (span >= FULL_TIME) family(FULL_TIME, { [FULL_TIME]: [LUNCH] });
    else family(Math.max(STEP, Math.floor(span / STEP) * STEP), {});
    if (span >= PART_TIME && span !== PART_TIME) family(PART_TIME, {});
  }
  return out;
}
