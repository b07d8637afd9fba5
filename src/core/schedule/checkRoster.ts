import type { Roster } from './roster';
import type { ScheduleProblem, ShiftPattern } from './types';
import { workPatterns } from './workPatterns';

/**
 * Every rule a roster breaks, as readable messages (empty when it keeps them
 * all): at most one shift a day, working days within the range, days off
 * consecutive (on the repeating week), weekly hours within the cap, rest
 * between shifts, and the shifts per day and pattern equal to the schedule's
 * counts. Written apart from the roster builder so tests check it independently.
 *
 * @example checkRoster(problem, patterns, counts, roster) //=> []
 */
export function checkRoster(
  p: ScheduleProblem,
  patterns: readonly ShiftPattern[],
  counts: readonly number[],
  roster: Roster,
): string[] {
  const out: string[] = [];
  const rules = p.roster ?? {};
  const max = rules.maxWorkDays ?? 5;
  const min = rules.minWorkDays ?? max;
  const allowed = new Set(workPatterns(min, max).map((w) => w.join(',')));
  const rest = (rules.minRestHours ?? 0) * 60;
  const used = new Array<number>(patterns.length).fill(0);
  for (const a of roster.agents) {
    const worked = a.shifts.map((s, d) => (s ? p.days[d].weekday : -1)).filter((w) => w >= 0).sort((x, y) => x - y);
    if (!allowed.has(worked.join(','))) out.push(`${a.name} works weekdays ${worked.join(',')}: not ${min}–${max} days with consecutive days off`);
    const hours = a.shifts.reduce((s, x) => s + (x ? patterns[x.pattern].paidHours : 0), 0);
    if (hours > (rules.maxWeeklyHours ?? Infinity) + 1e-9) out.push(`${a.name} works ${hours} h, over ${rules.maxWeeklyHours}`);
    const ring = a.shifts
      .filter((s): s is NonNullable<typeof s> => s !== null)
      .map((s) => {
        const pat = patterns[s.pattern];
        if (pat.day !== s.dayIndex) out.push(`${a.name}: pattern of day ${pat.day} placed on day ${s.dayIndex}`);
        used[s.pattern]++;
        const t = p.templates[pat.template];
        return { start: p.days[pat.day].weekday * 1440 + t.start, minutes: t.minutes, label: s.day };
      });
    for (let i = 0; i < ring.length; i++) {
      for (let k = i + 1; k < ring.length; k++) {
        if (tooClose(ring[i], ring[k], rest)) out.push(`${a.name}: shifts on ${ring[i].label} and ${ring[k].label} leave less than ${rest / 60} h rest`);
      }
    }
  }
  counts.forEach((c, j) => {
    if (used[j] !== c) out.push(`pattern ${j} is scheduled ${c} times but rostered ${used[j]} times`);
  });
  return out;
}

/** Two shifts on the repeating week overlap or leave less than `rest` minutes between them (checked against the week before and after). */
function tooClose(a: { start: number; minutes: number }, b: { start: number; minutes: number }, rest: number): boolean {
  const week = 7 * 1440;
  for (const shift of [-week, 0, week]) {
    const bStart = b.start + shift;
    if (bStart < a.start + a.minutes + rest && a.start < bStart + b.minutes + rest) return true;
  }
  return false;
}
