/**
 * Seats (planning guide, "Rosters people can work"): a room holds a fixed
 * number of agents at once. An agent takes a seat in every interval any part
 * of which they are in the room (breaks included unless `breaksOnFloor` is
 * false, then only the intervals they are on the phones for); counting a
 * part-interval as a whole seat is exact for shifts on the interval grid and
 * safe otherwise.
 */
import type { ScheduleProblem, ShiftPattern } from './types';

/**
 * Slots (global index) in which an agent on this shift takes a seat.
 * @example seatSlotsOf({ ...p, seats: { count: 16 } }, pattern) //=> pattern.floor
 */
export function seatSlotsOf(p: ScheduleProblem, pat: ShiftPattern): readonly number[] {
  if (p.seats?.breaksOnFloor === false) return pat.cover.filter((c) => c.share > 0).map((c) => c.slot);
  return pat.floor;
}

/**
 * Intervals whose requirement the seats cannot meet even if every seat holds
 * an agent on the shift that spends most of the interval on the phones.
 * @returns global slots, ascending (empty without seats).
 * @example seatShortIntervals({ ...p, seats: { count: 16 } }, patterns) //=> [20, 21] (10:00–11:00 needs 18)
 */
export function seatShortIntervals(p: ScheduleProblem, patterns: readonly ShiftPattern[]): number[] {
  if (!p.seats) return [];
  const perDay = p.required[0].length;
  const best = new Float64Array(perDay * p.days.length);
  for (const pat of patterns) {
    const seated = new Set(seatSlotsOf(p, pat));
    for (const c of pat.cover) if (seated.has(c.slot)) best[c.slot] = Math.max(best[c.slot], c.share);
  }
  const out: number[] = [];
  for (let g = 0; g < best.length; g++) {
    const r = p.required[Math.floor(g / perDay)][g % perDay];
    if (r > 0 && r > p.seats.count * best[g] + 1e-9) out.push(g);
  }
  return out;
}

/** Whether shift counts keep the seats in every slot. */
export function seatsKept(p: ScheduleProblem, patterns: readonly ShiftPattern[], counts: readonly number[]): boolean {
  if (!p.seats) return true;
  const inRoom = new Float64Array(p.required[0].length * p.days.length);
  patterns.forEach((pat, j) => {
    if (counts[j] > 0) for (const g of seatSlotsOf(p, pat)) inRoom[g] += counts[j];
  });
  return inRoom.every((n) => n <= (p.seats as { count: number }).count + 1e-9);
}
