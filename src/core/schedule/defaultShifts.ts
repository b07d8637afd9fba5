/**
 * Shift templates for a centre that gave none, from its opening hours:
 * full-time 8-hour shifts (a 30-minute unpaid lunch between 3½ and 4½ hours in)
 * and 4-hour part-time shifts, starting every half hour, each allowed on the
 * weekdays whose hours hold the whole shift, so every open interval can be
 * covered and peaks topped up. A closing time off the half-hour grid (21:05)
 * also gets starts that end at closing; a day shorter than eight hours gets
 * shifts of its own length (whole half hours). A centre open all day starts
 * shifts at every half hour, overnight ones included.
 */
import { formatClock } from '../calendar/clock';
import type { DayHours, OpeningHours } from '../workload/openingHours';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const FULL_TIME = 480;
const PART_TIME = 240;
const STEP = 30;
const LUNCH = { offset: 210, minutes: 30, paid: false, latestOffset: 270 };

/** A shift template as the plan's configuration writes it (`schedule.templates[]`). */
export interface ShiftTemplateSetting {
  name: string;
  start: string;
  minutes: number;
  breaks: { offset: number; minutes: number; paid: boolean; latestOffset?: number }[];
  days: (typeof DAY_NAMES)[number][];
}

const allDay = (d: DayHours) => d !== null && d.open === 0 && d.close === 1440;
const fits = (d: DayHours, start: number, minutes: number) => d !== null && (allDay(d) || (start >= d.open && start + minutes <= d.close));

/** @example defaultShiftTemplates(weekdays8to20)[0] //=> { name: '08:00 8h', start: '08:00', minutes: 480, breaks: [lunch], days: ['Mon', …, 'Fri'] } */
export function defaultShiftTemplates(hours: OpeningHours): ShiftTemplateSetting[] {
  /** the shift lengths each weekday uses: 8 h and 4 h, or its own length when shorter than 8 h */
  const wanted = hours.map((d) => {
    if (d === null) return [];
    const span = d.close - d.open;
    const own = span >= FULL_TIME ? FULL_TIME : Math.max(STEP, Math.floor(span / STEP) * STEP);
    return span > PART_TIME && own !== PART_TIME ? [own, PART_TIME] : [own];
  });
  const lengths = [...new Set(wanted.flat())].sort((a, b) => b - a);
  const out: ShiftTemplateSetting[] = [];
  for (const minutes of lengths) {
    const uses = (w: number) => wanted[w].includes(minutes);
    const starts = new Set<number>();
    hours.forEach((d, w) => {
      if (d === null || !uses(w)) return;
      if (allDay(d)) for (let s = 0; s < 1440; s += STEP) starts.add(s);
      else {
        for (let s = d.open; s + minutes <= d.close; s += STEP) starts.add(s);
        starts.add(d.close - minutes); // ends at closing
      }
    });
    for (const start of [...starts].sort((a, b) => a - b)) {
      const days = DAY_NAMES.filter((_, w) => uses(w) && fits(hours[w], start, minutes));
      if (days.length === 0) continue;
      const hoursLabel = Number.isInteger(minutes / 60) ? `${minutes / 60}h` : `${minutes}m`;
      out.push({ name: `${formatClock(start)} ${hoursLabel}`, start: formatClock(start), minutes, breaks: minutes === FULL_TIME ? [LUNCH] : [], days: [...days] });
    }
  }
  return out;
}
