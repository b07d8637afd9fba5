/**
 * What no roster can do with these contracts and shifts, found before the
 * MIP is built (so the message names the contract or the hours at once):
 * a contract with a share whose hours no mix of the shift lengths reaches,
 * and required intervals that no shift any contract may work touches.
 */
import { allows, contractsOf, openWeekdays, tourTypes } from './contracts';
import type { Contract, ScheduleProblem, ShiftPattern } from './types';

/** Whether agents of tour type `t` may work pattern `pat` (its weekday and paid hours). */
const worksOn = (p: ScheduleProblem, t: { workDays: readonly number[]; minPaid: number; maxPaid: number }, pat: ShiftPattern): boolean =>
  t.workDays.includes(p.days[pat.day].weekday) && allows(t as Parameters<typeof allows>[0], pat.paidHours);

/**
 * Contracts that must have heads (a share > 0) but that no agent can work:
 * no number of days they allow times the paid hours of any shift lands within their weekly hours.
 * @example unworkableContracts({ ...p, roster: { contracts: [{ name: 'PT', weeklyHours: { min: 20, max: 24 }, days: { min: 4, max: 4 }, share: 0.3 }, …] } }, patterns)
 *   //=> [PT] (4 × 7.5 h = 30 h, 4 × 4 h = 16 h: no shift fits)
 */
export function unworkableContracts(p: ScheduleProblem, patterns: readonly ShiftPattern[]): Contract[] {
  if (!p.roster) return [];
  const types = tourTypes(p.roster, openWeekdays(p.templates));
  return contractsOf(p.roster).filter((c, i) => (c.share ?? 0) > 0 && !types.some((t) => t.contract === i && patterns.some((pat) => worksOn(p, t, pat))));
}

/**
 * Required intervals that no shift touches which an agent on some contract may work (its weekday, its length).
 * @returns global slots, ascending.
 * @example contractUncoveredIntervals(p, patterns) //=> [300, 301] (Saturday 09:00–10:00: only 4 h shifts start then, and full-timers work 7.5–8 h)
 */
export function contractUncoveredIntervals(p: ScheduleProblem, patterns: readonly ShiftPattern[]): number[] {
  if (!p.roster) return [];
  const types = tourTypes(p.roster, openWeekdays(p.templates));
  const perDay = p.required[0].length;
  const touched = new Uint8Array(perDay * p.days.length);
  for (const pat of patterns) {
    if (!types.some((t) => worksOn(p, t, pat))) continue;
    for (const c of pat.cover) if (c.share > 0) touched[c.slot] = 1;
  }
  const out: number[] = [];
  for (let g = 0; g < touched.length; g++) if (p.required[Math.floor(g / perDay)][g % perDay] > 0 && !touched[g]) out.push(g);
  return out;
}
