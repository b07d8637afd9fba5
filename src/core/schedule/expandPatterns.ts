import { DAY_MINUTES } from '../calendar/clock';
import type { ScheduleProblem, ShiftPattern, ShiftTemplate } from './types';

/**
 * Every way to place a template's breaks: each break with a window
 * (`offset`…`latestOffset`) may start at any multiple of `stepMinutes` from
 * its earliest start; combinations where breaks overlap or come out of order
 * are dropped.
 *
 * @returns lists of break starts (minutes after the shift start), one per break.
 * @example breakPlacements({ ..., breaks: [{ offset: 120, latestOffset: 180, minutes: 15, paid: true }] }, 30)
 *   //=> [[120], [150], [180]]
 */
export function breakPlacements(t: ShiftTemplate, stepMinutes: number): number[][] {
  let combos: number[][] = [[]];
  for (const b of t.breaks) {
    const latest = b.latestOffset ?? b.offset;
    const options: number[] = [];
    for (let o = b.offset; o <= latest; o += stepMinutes) options.push(o);
    const next: number[][] = [];
    for (const c of combos) {
      for (const o of options) {
        const prev = c.length > 0 ? c[c.length - 1] : -Infinity;
        const prevEnd = c.length > 0 ? prev + t.breaks[c.length - 1].minutes : -Infinity;
        if (o >= prevEnd) next.push([...c, o]);
      }
    }
    combos = next;
  }
  return combos;
}

/**
 * Minutes on the phones per slot for one shift starting at absolute minute
 * `absStart` (from the start of day 0), breaks excluded. Slots past the end of
 * the horizon wrap to the start when `wrap`, else they are dropped.
 */
function slotShares(
  t: ShiftTemplate,
  breakOffsets: readonly number[],
  absStart: number,
  intervalMinutes: number,
  horizonMinutes: number,
  wrap: boolean,
): { slot: number; share: number }[] {
  const segments: [number, number][] = [];
  let cursor = 0;
  const order = breakOffsets.map((o, i) => ({ o, m: t.breaks[i].minutes })).sort((a, b) => a.o - b.o);
  for (const { o, m } of order) {
    if (o > cursor) segments.push([cursor, o]);
    cursor = Math.max(cursor, o + m);
  }
  if (t.minutes > cursor) segments.push([cursor, t.minutes]);
  const perSlot = new Map<number, number>();
  for (const [a, b] of segments) {
    let from = absStart + a;
    const to = absStart + b;
    while (from < to) {
      const slotStart = Math.floor(from / intervalMinutes) * intervalMinutes;
      const until = Math.min(to, slotStart + intervalMinutes);
      let abs = slotStart;
      if (abs >= horizonMinutes) {
        if (!wrap) break;
        abs -= horizonMinutes;
      }
      const slot = abs / intervalMinutes;
      perSlot.set(slot, (perSlot.get(slot) ?? 0) + (until - from));
      from = until;
    }
  }
  return [...perSlot.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([slot, minutes]) => ({ slot, share: minutes / intervalMinutes }));
}

/** Slots that any part of [absStart, absStart + minutes) falls in (wrapped or dropped past the horizon like slotShares). */
function floorSlots(absStart: number, minutes: number, intervalMinutes: number, horizonMinutes: number, wrap: boolean): number[] {
  const out: number[] = [];
  for (let s = Math.floor(absStart / intervalMinutes) * intervalMinutes; s < absStart + minutes; s += intervalMinutes) {
    if (s >= horizonMinutes && !wrap) break;
    out.push((s % horizonMinutes) / intervalMinutes);
  }
  return out;
}

/** Paid hours of a shift: span minus unpaid breaks, in hours. */
export function paidHoursOf(t: ShiftTemplate): number {
  const unpaid = t.breaks.filter((b) => !b.paid).reduce((s, b) => s + b.minutes, 0);
  return (t.minutes - unpaid) / 60;
}

/**
 * Expands templates into concrete shift patterns: one per template, allowed
 * day of the horizon (none on a closed holiday) and break placement, with the share of each slot it
 * covers on the phones. Assumes a validated problem.
 *
 * Cost of a pattern = the template's `cost` when given, else its paid hours.
 *
 * @example expandPatterns(problem).length // templates × allowed days × break placements
 */
export function expandPatterns(p: ScheduleProblem): ShiftPattern[] {
  const horizon = p.days.length * DAY_MINUTES;
  const out: ShiftPattern[] = [];
  p.templates.forEach((t, ti) => {
    const placements = breakPlacements(t, p.intervalMinutes);
    const paid = paidHoursOf(t);
    for (let d = 0; d < p.days.length; d++) {
      if (p.days[d].holiday || (t.days && !t.days.includes(p.days[d].weekday))) continue;
      for (const offsets of placements) {
        out.push({
          template: ti,
          day: d,
          breakOffsets: offsets,
          paidHours: paid,
          cost: t.cost ?? paid,
          cover: slotShares(t, offsets, d * DAY_MINUTES + t.start, p.intervalMinutes, horizon, p.wrap ?? false),
          floor: floorSlots(d * DAY_MINUTES + t.start, t.minutes, p.intervalMinutes, horizon, p.wrap ?? false),
        });
      }
    }
  });
  return out;
}
