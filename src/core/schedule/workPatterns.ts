/**
 * Weekly work patterns with consecutive days off: for each number of working
 * days w in [minWorkDays, maxWorkDays], the days off among the open weekdays
 * form one block on the ring of open weekdays (so Sunday + Monday counts as
 * consecutive, as the week repeats; and when Sunday is closed, Saturday +
 * Monday does too: the closed day between them is off for everyone).
 *
 * @param open weekdays on which a shift may be worked (default all seven).
 * @returns lists of working weekdays (0 = Monday … 6 = Sunday), ascending.
 * @example workPatterns(5, 5).length //=> 7 (one per first day off)
 * @example workPatterns(7, 7) //=> [[0, 1, 2, 3, 4, 5, 6]]
 * @example workPatterns(5, 5, [0, 1, 2, 3, 4, 5]).length //=> 6 (Sunday closed: one open day off)
 */
export function workPatterns(minWorkDays: number, maxWorkDays: number, open: readonly number[] = [0, 1, 2, 3, 4, 5, 6]): number[][] {
  const ring = [...new Set(open)].sort((a, b) => a - b);
  const out: number[][] = [];
  for (let w = minWorkDays; w <= Math.min(maxWorkDays, ring.length); w++) {
    const off = ring.length - w;
    if (off === 0) {
      out.push([...ring]);
      continue;
    }
    for (let first = 0; first < ring.length; first++) {
      const offDays = new Set<number>();
      for (let k = 0; k < off; k++) offDays.add(ring[(first + k) % ring.length]);
      out.push(ring.filter((d) => !offDays.has(d)));
    }
  }
  return out;
}

/**
 * Longest run of working days on the repeating week (7 when every day is worked).
 * @example longestRun([0, 1, 2, 3, 4, 5]) //=> 6
 * @example longestRun([0, 1, 5, 6]) //=> 4 (Saturday to Tuesday)
 */
export function longestRun(workDays: readonly number[]): number {
  const on = new Set(workDays);
  if (on.size === 7) return 7;
  let run = 0;
  let best = 0;
  for (let i = 0; i < 14; i++) {
    run = on.has(i % 7) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
