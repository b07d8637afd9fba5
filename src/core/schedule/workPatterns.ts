/**
 * Weekly work patterns with consecutive days off: for each number of working
 * days w in [minWorkDays, maxWorkDays], the 7 − w days off form one block
 * (cyclically, so Sunday + Monday counts as consecutive, as the week repeats).
 *
 * @returns lists of working weekdays (0 = Monday … 6 = Sunday), ascending.
 * @example workPatterns(5, 5).length //=> 7 (one per first day off)
 * @example workPatterns(7, 7) //=> [[0, 1, 2, 3, 4, 5, 6]]
 */
export function workPatterns(minWorkDays: number, maxWorkDays: number): number[][] {
  const out: number[][] = [];
  for (let w = minWorkDays; w <= maxWorkDays; w++) {
    const off = 7 - w;
    if (off === 0) {
      out.push([0, 1, 2, 3, 4, 5, 6]);
      continue;
    }
    for (let first = 0; first < 7; first++) {
      const offDays = new Set<number>();
      for (let k = 0; k < off; k++) offDays.add((first + k) % 7);
      out.push([0, 1, 2, 3, 4, 5, 6].filter((d) => !offDays.has(d)));
    }
  }
  return out;
}
