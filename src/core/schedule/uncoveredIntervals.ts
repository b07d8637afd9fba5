import { formatClock } from './time';
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
 * Names a set of slots as readable ranges: "Monday 00:00–02:00, Tuesday 23:30–24:00".
 *
 * @example describeSlots(problem, [0, 1, 2, 3]) //=> "Monday 00:00–02:00"
 */
export function describeSlots(p: ScheduleProblem, slots: readonly number[], maxRanges = 8): string {
  const perDay = p.required[0]?.length ?? 0;
  const len = p.intervalMinutes;
  const ranges: string[] = [];
  let i = 0;
  while (i < slots.length) {
    let j = i;
    while (j + 1 < slots.length && slots[j + 1] === slots[j] + 1 && Math.floor(slots[j + 1] / perDay) === Math.floor(slots[i] / perDay)) j++;
    const day = Math.floor(slots[i] / perDay);
    const from = (slots[i] % perDay) * len;
    const to = ((slots[j] % perDay) + 1) * len;
    ranges.push(`${p.days[day].label} ${formatClock(from)}–${to === 1440 ? '24:00' : formatClock(to)}`);
    i = j + 1;
  }
  if (ranges.length > maxRanges) {
    return `${ranges.slice(0, maxRanges).join(', ')} and ${ranges.length - maxRanges} more ranges`;
  }
  return ranges.join(', ');
}
