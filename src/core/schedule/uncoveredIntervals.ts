import { formatClock } from '../calendar/clock';
import type { ScheduleProblem, ShiftPattern } from './types';

/**
 * Intervals with a positive requirement that no shift pattern touches: no
 * schedule can cover them, whatever the counts. Found before solving, so an
 * impossible `cover` request gets a message instead of a long search.
 *
 * @returns global slot indices (day × slotsPerDay + slot), ascending.
 * @example uncoveredIntervals(problem, expandPatterns(problem)) //=> [0, 1, 2] (Monday 00:00–01:30)
 */
export function uncoveredIntervals(p: ScheduleProblem, patterns: readonly ShiftPattern[]): number[] {
  const slotsPerDay = p.required[0]?.length ?? 0;
  const touched = new Uint8Array(p.days.length * slotsPerDay);
  for (const pat of patterns) for (const c of pat.cover) if (c.share > 0) touched[c.slot] = 1;
  const out: number[] = [];
  for (let d = 0; d < p.days.length; d++) {
    for (let s = 0; s < slotsPerDay; s++) {
      if (p.required[d][s] > 0 && !touched[d * slotsPerDay + s]) out.push(d * slotsPerDay + s);
    }
  }
  return out;
}

/**
 * A set of slots as ranges of consecutive slots within a day: the first
 * `maxRanges`, and how many more there are.
 *
 * @example slotRanges(problem, [0, 1, 2, 3]) //=> { ranges: [{ day: 'Monday', from: '00:00', to: '02:00' }], more: 0 }
 */
export function slotRanges(p: ScheduleProblem, slots: readonly number[], maxRanges = 8): { ranges: { day: string; from: string; to: string }[]; more: number } {
  const perDay = p.required[0]?.length ?? 0;
  const len = p.intervalMinutes;
  const ranges: { day: string; from: string; to: string }[] = [];
  let i = 0;
  while (i < slots.length) {
    let j = i;
    while (j + 1 < slots.length && slots[j + 1] === slots[j] + 1 && Math.floor(slots[j + 1] / perDay) === Math.floor(slots[i] / perDay)) j++;
    const from = (slots[i] % perDay) * len;
    const to = ((slots[j] % perDay) + 1) * len;
    ranges.push({ day: p.days[Math.floor(slots[i] / perDay)].label, from: formatClock(from), to: to === 1440 ? '24:00' : formatClock(to) });
    i = j + 1;
  }
  return { ranges: ranges.slice(0, maxRanges), more: Math.max(0, ranges.length - maxRanges) };
}
