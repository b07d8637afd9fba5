import { contractsOf, maxConsecutiveOf, restMinutesOf } from './contracts';
import type { Roster } from './roster';
import type { ScheduleProblem, ShiftPattern } from './types';

const WEEK = 7 * 1440;

/**
 * Every rule a roster breaks, as readable messages (empty when it keeps them
 * all), read from the rules and the roster's own shifts: at most one shift a
 * day, no work on a weekday no template opens, days off one block on the ring
 * of open weekdays (the week repeating), working days and paid hours
 * within each agent's contract, at most `maxConsecutiveDays` working days in a
 * row across the week's wrap-around, the minimum rest between any two shifts
 * (Sunday into Monday too), each contract's share of the heads within one
 * head, the seats in every interval (from the shifts' start, length and
 * breaks), and the shifts per pattern equal to the schedule's counts.
 * Written apart from the model and the roster builder so tests check them
 * independently.
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
  const contracts = contractsOf(rules);
  const rest = restMinutesOf(rules);
  const maxRun = maxConsecutiveOf(rules);
  const used = new Array<number>(patterns.length).fill(0);
  const heads = new Map<string, number>();
  const perDay = 1440 / p.intervalMinutes;
  const inRoom = new Float64Array(perDay * p.days.length);
  const open = [0, 1, 2, 3, 4, 5, 6].filter((wd) => p.templates.some((t) => !t.days || t.days.includes(wd)));
  for (const a of roster.agents) {
    const c = contracts.find((x) => x.name === a.contract);
    heads.set(a.contract, (heads.get(a.contract) ?? 0) + 1);
    if (!c) out.push(`${a.name} is on contract '${a.contract}', which the rules do not have`);
    if (a.shifts.length !== p.days.length) out.push(`${a.name} has ${a.shifts.length} days for a ${p.days.length}-day week`);
    const on = new Array<boolean>(7).fill(false);
    a.shifts.forEach((s, d) => { if (s) on[p.days[d].weekday] = true; });
    const worked = on.filter(Boolean).length;
    // Days off among the open weekdays: one block on their ring (a closed weekday sits between its neighbours).
    const ring = open.map((wd) => on[wd]);
    const offBlocks = ring.filter((x, i) => !x && ring[(i + ring.length - 1) % ring.length]).length;
    if (worked < open.length && offBlocks !== 1) out.push(`${a.name}: days off are not one block (${on.map((x) => (x ? 'W' : '-')).join('')})`);
    if (on.some((x, wd) => x && !open.includes(wd))) out.push(`${a.name} works a closed weekday`);
    if (c && (worked < c.days.min || worked > c.days.max)) out.push(`${a.name} works ${worked} days, outside ${c.name}'s ${c.days.min}–${c.days.max}`);
    let run = 0;
    let longest = worked === 7 ? 7 : 0;
    for (let i = 0; i < 14 && worked < 7; i++) { run = on[i % 7] ? run + 1 : 0; longest = Math.max(longest, run); }
    if (longest > maxRun) out.push(`${a.name} works ${longest} days in a row, over ${maxRun}`);
    const hours = a.shifts.reduce((s, x) => s + (x ? patterns[x.pattern].paidHours : 0), 0);
    if (c && (hours > c.weeklyHours.max + 1e-9 || hours < c.weeklyHours.min - 1e-9)) {
      out.push(`${a.name} works ${hours} h, outside ${c.name}'s ${c.weeklyHours.min}–${c.weeklyHours.max} h`);
    }
    const seated = new Set<number>();
    const shifts = a.shifts
      .filter((s): s is NonNullable<typeof s> => s !== null)
      .map((s) => {
        const pat = patterns[s.pattern];
        if (pat.day !== s.dayIndex) out.push(`${a.name}: pattern of day ${pat.day} placed on day ${s.dayIndex}`);
        used[s.pattern]++;
        const t = p.templates[pat.template];
        // Seats: every interval the agent is in the room for a minute (breaks too unless they free the seat).
        const absStart = pat.day * 1440 + t.start;
        const horizon = p.days.length * 1440;
        for (let m = 0; m < t.minutes; m++) {
          if (p.seats?.breaksOnFloor === false && pat.breakOffsets.some((o, i) => m >= o && m < o + t.breaks[i].minutes)) continue;
          const abs = absStart + m;
          if (abs >= horizon && !p.wrap) break;
          seated.add(Math.floor((abs % horizon) / p.intervalMinutes));
        }
        return { start: p.days[pat.day].weekday * 1440 + t.start, minutes: t.minutes, label: s.day };
      });
    for (const g of seated) inRoom[g] += 1;
    for (let i = 0; i < shifts.length; i++) {
      for (let k = i + 1; k < shifts.length; k++) {
        if (tooClose(shifts[i], shifts[k], rest)) out.push(`${a.name}: shifts on ${shifts[i].label} and ${shifts[k].label} leave less than ${rest / 60} h rest`);
      }
    }
  }
  if (p.seats) {
    inRoom.forEach((n, g) => {
      if (n > (p.seats as { count: number }).count) out.push(`${n} agents in the room on ${p.days[Math.floor(g / perDay)].label} at slot ${g % perDay}, over ${p.seats?.count} seats`);
    });
  }
  if (contracts.length > 1) {
    for (const c of contracts) {
      if (c.share === undefined) continue;
      const n = heads.get(c.name) ?? 0;
      if (Math.abs(n - c.share * roster.agents.length) > 1 + 1e-9) out.push(`${n} of ${roster.agents.length} agents on ${c.name}, not within one head of ${c.share * 100}%`);
    }
  }
  counts.forEach((c, j) => {
    if (used[j] !== c) out.push(`pattern ${j} is scheduled ${c} times but rostered ${used[j]} times`);
  });
  return out;
}

/** Two shifts on the repeating week overlap or leave less than `rest` minutes between them (checked against the week before and after). */
function tooClose(a: { start: number; minutes: number }, b: { start: number; minutes: number }, rest: number): boolean {
  for (const shift of [-WEEK, 0, WEEK]) {
    const bStart = b.start + shift;
    if (bStart < a.start + a.minutes + rest && a.start < bStart + b.minutes + rest) return true;
  }
  return false;
}
