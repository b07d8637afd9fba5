import { contractsOf, maxConsecutiveOf, restMinutesOf } from './contracts';
import type { Roster } from './roster';
import { LATE_END_MINUTES } from './lateShift';
import { rotationWeeksOf, type Rotation } from './rotation';
import type { ScheduleProblem, ShiftPattern } from './types';

const WEEK = 7 * 1440;

/**
 * Every rule a roster breaks, as readable messages (empty when it keeps them
 * all), read from the rules and the roster's own shifts: at most one shift a
 * day, no work on a weekday no template opens, days off one block on the ring
 * of open weekdays (the week repeating), no shift on a closed holiday, working
 * days and paid hours within each agent's contract with paid holidays counted
 * (each a working day paid at the agent's average shift: contracts.ts,
 * holidayShare), at most `maxConsecutiveDays` working days in a
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
    a.shifts.forEach((s, d) => {
      if (s) on[p.days[d].weekday] = true;
      if (s && p.days[d].holiday) out.push(`${a.name} has a shift on the closed holiday ${p.days[d].label}`);
    });
    for (const d of a.holidays) {
      if (!p.days[d]?.holiday) out.push(`${a.name}: paid holiday on day ${d}, which is not a closed holiday`);
      else on[p.days[d].weekday] = true;
    }
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
    const hours = paidWithHolidays(a.shifts.flatMap((x) => (x ? [patterns[x.pattern].paidHours] : [])), a.holidays.length);
    if (c && (hours > c.weeklyHours.max + 1e-9 || hours < c.weeklyHours.min - 1e-9)) {
      out.push(`${a.name} is paid ${hours} h, outside ${c.name}'s ${c.weeklyHours.min}–${c.weeklyHours.max} h`);
    }
    if (Math.abs(a.weeklyHours - hours) > 1e-6) out.push(`${a.name}: reported as ${a.weeklyHours} h, shifts and paid holidays pay ${hours} h`);
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

/** A week's paid hours: its shifts' paid hours, and each paid holiday at their average. */
function paidWithHolidays(shifts: readonly number[], holidays: number): number {
  const floor = shifts.reduce((s, h) => s + h, 0);
  return shifts.length === 0 ? floor : floor + (floor / shifts.length) * holidays;
}

/** Two shifts on the repeating week overlap or leave less than `rest` minutes between them (checked against the week before and after). */
function tooClose(a: { start: number; minutes: number }, b: { start: number; minutes: number }, rest: number): boolean {
  for (const shift of [-WEEK, 0, WEEK]) {
    const bStart = b.start + shift;
    if (bStart < a.start + a.minutes + rest && a.start < bStart + b.minutes + rest) return true;
  }
  return false;
}

/** The figures published beside a rotation (plan.json `schedule.headcount`, `fte`, `fullTimeWeeklyHours`). */
export interface PublishedStaff {
  readonly headcount: number;
  readonly byContract: readonly { readonly contract: string; readonly agents: number }[];
  readonly fte: number;
  readonly fullTimeWeeklyHours: number;
}

/**
 * Every rule a published N-week rotation breaks (empty when it keeps them
 * all), recomputed from the rules and the rotation's own shifts on one
 * timeline of N weeks that wraps from week N back to week 1: every week the
 * shifts are exactly the schedule's counts, each agent's working days and
 * paid hours (paid holidays counted, as in checkRoster) within their contract
 * in every week, the minimum rest between
 * any two consecutive shifts (across week boundaries and the wrap), at most
 * `maxConsecutiveDays` working days in a row (likewise), the late shifts and
 * weekend days off reported per agent, a weekend day off for everyone when
 * the centre opens at weekends (unless a note names the agent), and with
 * `staff`: headcount = agents (by contract too) and FTE = paid hours a week ÷
 * full-time weekly hours. Written apart from rotation.ts.
 *
 * @example checkRotation(problem, patterns, counts, rotation, staff) //=> []
 */
export function checkRotation(
  p: ScheduleProblem,
  patterns: readonly ShiftPattern[],
  counts: readonly number[],
  rotation: Rotation,
  staff?: PublishedStaff,
): string[] {
  const out: string[] = [];
  const rules = p.roster ?? {};
  const contracts = contractsOf(rules);
  const rest = restMinutesOf(rules);
  const maxRun = maxConsecutiveOf(rules);
  const weeks = rotationWeeksOf(rules);
  const span = p.days.length * 1440;
  if (rotation.weeks !== weeks) out.push(`the rotation has ${rotation.weeks} weeks, the rules ${weeks}`);
  const used = Array.from({ length: weeks }, () => new Array<number>(patterns.length).fill(0));
  const weekendOpen = p.days.some((d, i) => (d.weekday === 5 || d.weekday === 6) && patterns.some((pat) => pat.day === i));
  const excused = new Set(rotation.notes.flatMap((n) => (n.code === 'schedule.noWeekendOff' ? n.params.agents : [])));
  let paidWeek = 0; // week 1's paid hours of all agents, shifts and paid holidays
  for (const a of rotation.agents) {
    const c = contracts.find((x) => x.name === a.contract);
    if (!c) out.push(`${a.name} is on contract '${a.contract}', which the rules do not have`);
    if (a.shifts.length !== weeks) out.push(`${a.name} has ${a.shifts.length} weeks for a ${weeks}-week rotation`);
    const timeline: { start: number; end: number; label: string }[] = [];
    const worked: boolean[] = [];
    let late = 0;
    let weekendOff = 0;
    a.shifts.forEach((week, w) => {
      if (week.length !== p.days.length) out.push(`${a.name} has ${week.length} days in week ${w + 1}`);
      const shiftHours: number[] = [];
      const holidays = a.holidays[w] ?? [];
      for (const d of holidays) if (!p.days[d]?.holiday || week[d]) out.push(`${a.name}: paid holiday on day ${d} of week ${w + 1}, not a closed holiday without a shift`);
      let days = holidays.length;
      week.forEach((s, d) => {
        worked.push(s !== null);
        if (!s) {
          if (p.days[d].weekday === 5 || p.days[d].weekday === 6) weekendOff++;
          return;
        }
        const pat = patterns[s.pattern];
        const t = p.templates[pat.template];
        if (pat.day !== d) out.push(`${a.name}: pattern of day ${pat.day} placed on day ${d} of week ${w + 1}`);
        if (w < weeks) used[w][s.pattern]++;
        if (p.days[d].holiday) out.push(`${a.name} has a shift on the closed holiday ${s.day}`);
        shiftHours.push(pat.paidHours);
        days++;
        if (t.start + t.minutes > LATE_END_MINUTES) late++;
        const start = w * span + d * 1440 + t.start;
        timeline.push({ start, end: start + t.minutes, label: `week ${w + 1} ${s.day}` });
      });
      const hours = paidWithHolidays(shiftHours, holidays.length);
      if (w === 0) paidWeek += hours;
      if (c && (days < c.days.min || days > c.days.max)) out.push(`${a.name} works ${days} days in week ${w + 1}, outside ${c.name}'s ${c.days.min}–${c.days.max}`);
      if (c && (hours > c.weeklyHours.max + 1e-9 || hours < c.weeklyHours.min - 1e-9)) out.push(`${a.name} works ${hours} h in week ${w + 1}, outside ${c.name}'s ${c.weeklyHours.min}–${c.weeklyHours.max} h`);
      if (Math.abs((a.weeklyHours[w] ?? NaN) - hours) > 1e-6) out.push(`${a.name}: week ${w + 1} reported as ${a.weeklyHours[w]} h, its shifts pay ${hours} h`);
    });
    // Rest: each shift against the next one on the wrapping timeline (the first shift again, N weeks on, after the last).
    timeline.sort((x, y) => x.start - y.start);
    for (let i = 0; i < timeline.length; i++) {
      const next = i + 1 < timeline.length ? timeline[i + 1] : { ...timeline[0], start: timeline[0].start + weeks * span };
      if (next.start - timeline[i].end < rest) out.push(`${a.name}: less than ${rest / 60} h rest between ${timeline[i].label} and ${next.label}`);
    }
    let run = 0;
    let longest = worked.every(Boolean) ? worked.length : 0;
    for (let i = 0; i < 2 * worked.length && longest < worked.length; i++) (run = worked[i % worked.length] ? run + 1 : 0), (longest = Math.max(longest, run));
    if (longest > maxRun) out.push(`${a.name} works ${longest} days in a row over the rotation, over ${maxRun}`);
    if (late !== a.lateShifts) out.push(`${a.name}: ${a.lateShifts} late shifts reported, ${late} worked`);
    if (weekendOff !== a.weekendDaysOff) out.push(`${a.name}: ${a.weekendDaysOff} weekend days off reported, ${weekendOff} in the rotation`);
    if (weekendOpen && weekendOff === 0 && !excused.has(a.number)) out.push(`${a.name} has no weekend day off in the rotation, and no note says so`);
  }
  used.forEach((u, w) => counts.forEach((n, j) => {
    if (u[j] !== n) out.push(`week ${w + 1}: pattern ${j} is scheduled ${n} times but rostered ${u[j]} times`);
  }));
  if (staff) {
    if (staff.headcount !== rotation.agents.length) out.push(`headcount ${staff.headcount}, but the rotation has ${rotation.agents.length} agents`);
    for (const c of contracts) {
      const n = rotation.agents.filter((a) => a.contract === c.name).length;
      const published = staff.byContract.find((b) => b.contract === c.name)?.agents ?? 0;
      if (n !== published) out.push(`headcount on ${c.name} ${published}, but ${n} agents are on it`);
    }
    const paid = paidWeek * (7 / p.days.length);
    if (Math.abs(staff.fte - paid / staff.fullTimeWeeklyHours) > 1e-6) out.push(`FTE ${staff.fte}, but ${paid} paid hours a week ÷ ${staff.fullTimeWeeklyHours} h is ${paid / staff.fullTimeWeeklyHours}`);
  }
  return out;
}
