import { BALANCE_HOURS_EPSILON } from './buildModel';
import { seatSlotsOf } from './seats';
import type { ScheduleProblem, ShiftPattern } from './types';

/**
 * A simple greedy heuristic, run beside the MIP for comparison and used as its
 * starting solution.
 *
 * - `cover`: repeatedly add the shift that removes the most remaining shortfall
 *   per unit of cost (Chvátal's greedy for set covering, with multiplicities),
 *   until every interval is covered; then drop shifts, most expensive first,
 *   while coverage still holds.
 * - `balance`: repeatedly add the shift with the largest drop in weighted
 *   under/over-staffing per paid hour while it improves and the caps allow.
 *
 * Assumes a validated problem whose intervals are all coverable (cover).
 * With `initial` counts (e.g. an LP solution rounded down) the greedy completes
 * that schedule instead of starting from nothing.
 *
 * @returns shift counts, parallel to `patterns`.
 * @example greedySchedule(problem, expandPatterns(problem)) //=> [0, 3, 1, …]
 */
export function greedySchedule(p: ScheduleProblem, patterns: readonly ShiftPattern[], initial?: readonly number[]): number[] {
  const perDay = p.required[0].length;
  const total = perDay * p.days.length;
  const deficit = new Float64Array(total);
  for (let g = 0; g < total; g++) deficit[g] = p.required[Math.floor(g / perDay)][g % perDay];
  const counts = initial ? [...initial] : new Array<number>(patterns.length).fill(0);
  counts.forEach((n, j) => {
    if (n > 0) for (const c of patterns[j].cover) deficit[c.slot] -= n * c.share;
  });
  const eps = 1e-9;
  if (p.objective === 'cover') {
    // gain[j] = Σ_t min(share_jt, max(deficit_t, 0)), kept up to date through the slot → patterns index.
    const bySlot: { j: number; share: number }[][] = Array.from({ length: total }, () => []);
    const gain = new Float64Array(patterns.length);
    patterns.forEach((pat, j) => {
      for (const c of pat.cover) {
        bySlot[c.slot].push({ j, share: c.share });
        gain[j] += Math.min(c.share, Math.max(deficit[c.slot], 0));
      }
    });
    const costOf = patterns.map((pat) => Math.max(pat.cost, eps));
    // With seats: a shift is added only while every slot its agent is in the room has a free seat.
    const seats = p.seats?.count ?? Infinity;
    const seatSlots = patterns.map((pat) => seatSlotsOf(p, pat));
    const inRoom = new Float64Array(total);
    counts.forEach((n, j) => {
      if (n > 0) for (const g of seatSlots[j]) inRoom[g] += n;
    });
    const seated = (j: number): boolean => seats === Infinity || seatSlots[j].every((g) => inRoom[g] + 1 <= seats + eps);
    // Where each shift's agent is in the room but off the phones (breaks): among equally good shifts the
    // one breaking where the least is still missing is taken, so breaks spread instead of falling at one time.
    const offPhone = patterns.map((pat, j) => {
      const on = new Map(pat.cover.map((c) => [c.slot, c.share]));
      return seatSlots[j].map((g) => ({ slot: g, share: 1 - (on.get(g) ?? 0) })).filter((b) => b.share > eps);
    });
    const heldBack = (j: number): number => offPhone[j].reduce((sum, b) => sum + b.share * Math.max(0, deficit[b.slot]), 0);
    for (;;) {
      let best = -1;
      let bestRatio = eps;
      let bestHeld = Infinity;
      for (let j = 0; j < patterns.length; j++) {
        const ratio = gain[j] / costOf[j];
        if (ratio <= eps || ratio < bestRatio - eps || !seated(j)) continue;
        const held = heldBack(j);
        if (ratio > bestRatio + eps || held < bestHeld - eps) {
          bestRatio = ratio;
          bestHeld = held;
          best = j;
        }
      }
      if (best < 0) break; // covered (or nothing helps: an uncoverable interval, checked before calling, or seats full)
      counts[best]++;
      for (const g of seatSlots[best]) inRoom[g]++;
      for (const c of patterns[best].cover) {
        const before = Math.max(deficit[c.slot], 0);
        deficit[c.slot] -= c.share;
        const after = Math.max(deficit[c.slot], 0);
        if (before === after) continue;
        for (const e of bySlot[c.slot]) gain[e.j] += Math.min(e.share, after) - Math.min(e.share, before);
      }
    }
    // Redundancy removal: most expensive first.
    const order = patterns.map((_, j) => j).sort((a, b) => patterns[b].cost - patterns[a].cost);
    for (const j of order) {
      while (counts[j] > 0 && patterns[j].cover.every((c) => deficit[c.slot] + c.share <= eps)) {
        counts[j]--;
        for (const c of patterns[j].cover) deficit[c.slot] += c.share;
      }
    }
    return counts;
  }
  const wu = p.balance?.underWeight ?? 1;
  const wo = p.balance?.overWeight ?? 0.2;
  const maxHours = p.balance?.maxPaidHours ?? Infinity;
  const maxPerDay = p.balance?.maxShiftsPerDay ?? Infinity;
  const perDayCount = new Array<number>(p.days.length).fill(0);
  let hours = 0;
  counts.forEach((n, j) => {
    hours += n * patterns[j].paidHours;
    perDayCount[patterns[j].day] += n;
  });
  for (;;) {
    let best = -1;
    let bestRate = 0;
    for (let j = 0; j < patterns.length; j++) {
      const pat = patterns[j];
      if (hours + pat.paidHours > maxHours + eps || perDayCount[pat.day] + 1 > maxPerDay) continue;
      let gain = -BALANCE_HOURS_EPSILON * pat.paidHours;
      for (const c of pat.cover) {
        const d = deficit[c.slot];
        const under = Math.min(c.share, Math.max(d, 0));
        gain += wu * under - wo * (c.share - under);
      }
      const rate = gain / Math.max(pat.paidHours, eps);
      if (gain > eps && rate > bestRate) {
        bestRate = rate;
        best = j;
      }
    }
    if (best < 0) break;
    counts[best]++;
    hours += patterns[best].paidHours;
    perDayCount[patterns[best].day]++;
    for (const c of patterns[best].cover) deficit[c.slot] -= c.share;
  }
  return counts;
}
