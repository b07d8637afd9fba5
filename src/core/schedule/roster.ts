import { note, type RosterProblem } from '../notes/note';
import { noAnswerNote } from '../notes/noAnswerNote';
import { success, type Result } from '../result';
import { formatClock } from '../calendar/clock';
import { contractsOf, holidayShare, restMinutesOf } from './contracts';
import { classKey, restsUntil } from './restRules';
import type { RosterRules, ScheduleProblem, ScheduleSolution, ShiftPattern } from './types';

/** One agent's shift on one day of the roster. */
export interface RosterShift {
  readonly day: string;
  readonly dayIndex: number;
  readonly shift: string;
  /** Pattern index (into the expanded patterns), for tests and writers. */
  readonly pattern: number;
  readonly start: string;
  readonly end: string;
  readonly breaks: readonly string[];
  readonly paidHours: number;
}

export interface RosterAgent {
  /** "Agent 1" … "Agent N": anonymous until people are assigned. */
  readonly name: string;
  /** The contract's name. */
  readonly contract: string;
  /** Weekdays worked (0 = Monday … 6 = Sunday); the days off between them are consecutive. */
  readonly workDays: readonly number[];
  /** Indexed by horizon day; null on a day off or a paid holiday. */
  readonly shifts: readonly (RosterShift | null)[];
  /** Horizon days that are paid holidays: closed holidays on the agent's working weekdays (contracts.ts, holidayShare). */
  readonly holidays: readonly number[];
  /** Paid hours of those holidays: the agent's average paid shift of the week × their number. */
  readonly holidayHours: number;
  /** Paid hours of the week: shifts plus paid holidays. */
  readonly weeklyHours: number;
}

export interface Roster {
  readonly agents: RosterAgent[];
}

const WEEK = 7 * 1440;

/** A roster that cannot be built, worded by the note tables ("No roster: …"). */
const noRoster = (reason: RosterProblem) => noAnswerNote(note('schedule.noRoster', { reason }));

/** Position of a pattern on the repeating week: start minute from Monday 00:00, and its span. */
function onRing(p: ScheduleProblem, pat: ShiftPattern): { start: number; minutes: number } {
  return { start: p.days[pat.day].weekday * 1440 + p.templates[pat.template].start, minutes: p.templates[pat.template].minutes };
}

/**
 * Whether two shifts of one agent keep `restMinutes` apart on the repeating
 * week (they never overlap, and the gap each way is at least the rest).
 *
 * @example restKept({ start: 0, minutes: 480 }, { start: 1440, minutes: 480 }, 660) //=> true (16 h rest)
 */
export function restKept(a: { start: number; minutes: number }, b: { start: number; minutes: number }, restMinutes: number): boolean {
  const ab = (((b.start - a.start) % WEEK) + WEEK) % WEEK;
  const ba = (((a.start - b.start) % WEEK) + WEEK) % WEEK;
  return ab >= a.minutes + restMinutes && ba >= b.minutes + restMinutes;
}

/**
 * Weekly roster (planning step 7): anonymous agents (Agent 1…N), each on a
 * contract with a week of shifts, built from a schedule solved with roster
 * rules: the schedule says how many agents of each tour type (contract,
 * working weekdays, shift lengths the contract allows) take each shift class
 * each day, rest-feasible day to day (restRules.ts), and each type's agents
 * are walked along their working days (assignAlongChains). Rules kept by
 * construction and verified here: consecutive days off, working days and
 * weekly hours within the contract (paid holidays included), minimum rest
 * (the week repeats, so Sunday night's rest runs into Monday).
 *
 * @returns the roster, or `no-answer` naming the rule that could not be kept.
 * @example buildRoster(problem, patterns, solution).value.agents[0].name //=> "Agent 1"
 */
export function buildRoster(p: ScheduleProblem, patterns: readonly ShiftPattern[], solution: ScheduleSolution): Result<Roster> {
  const rules: RosterRules | undefined = p.roster;
  if (!rules || !solution.workPatterns) return noRoster({ kind: 'notSolvedWithRules' });
  const rest = restMinutesOf(rules);
  const contracts = contractsOf(rules);
  const groups = solution.workPatterns;
  const agentContract: number[] = [];
  const work: number[][] = [];
  for (const w of groups) for (let k = 0; k < w.agents; k++) (work.push([...w.workDays]), agentContract.push(w.contract));
  const n = work.length;
  const assigned: number[][] = work.map(() => new Array<number>(p.days.length).fill(-1));
  const hours = new Array<number>(n).fill(0);
  const fits = (agent: number, j: number, skipDay = -1): boolean => {
    const ring = onRing(p, patterns[j]);
    for (let d = 0; d < p.days.length; d++) {
      const other = assigned[agent][d];
      if (other < 0 || d === skipDay) continue;
      if (!restKept(ring, onRing(p, patterns[other]), rest)) return false;
    }
    return true;
  };
  const chained = assignAlongChains(p, patterns, solution, rest);
  if (!chained) return noRoster({ kind: 'rest', restHours: rest / 60, agent: 1, day: p.days[0].label });
  chained.forEach((row, a) => row.forEach((j, d) => { if (j >= 0) { assigned[a][d] = j; hours[a] += patterns[j].paidHours; } }));
  // a tour with only holidays is never chosen (buildModel): its share is Infinity, and nobody's credit
  const holidayHours = work.map((w, a) => {
    const share = holidayShare({ workDays: w }, p.days);
    return Number.isFinite(share) ? hours[a] * share : 0;
  });
  const holidays = work.map((w) => p.days.flatMap((day, d) => (day.holiday && w.includes(day.weekday) ? [d] : [])));
  for (let a = 0; a < n; a++) {
    const c = contracts[agentContract[a]];
    const paid = hours[a] + holidayHours[a];
    if (paid > c.weeklyHours.max + 1e-9 || paid < c.weeklyHours.min - 1e-9) {
      return noRoster({ kind: 'weeklyHours', maxHours: c.weeklyHours.max, agent: a + 1, hours: paid });
    }
    for (let d = 0; d < p.days.length; d++) {
      if (assigned[a][d] >= 0 && !fits(a, assigned[a][d], d)) {
        return noRoster({ kind: 'rest', restHours: rest / 60, agent: a + 1, day: p.days[d].label });
      }
    }
  }
  const agents: RosterAgent[] = work.map((w, a) => ({
    name: `Agent ${a + 1}`,
    contract: contracts[agentContract[a]].name,
    workDays: w,
    holidays: holidays[a],
    holidayHours: Math.round(holidayHours[a] * 1e6) / 1e6,
    weeklyHours: Math.round((hours[a] + holidayHours[a]) * 1e6) / 1e6,
    shifts: assigned[a].map((j, d) => {
      if (j < 0) return null;
      const pat = patterns[j];
      const t = p.templates[pat.template];
      return {
        day: p.days[d].label,
        dayIndex: d,
        shift: t.name,
        pattern: j,
        start: formatClock(t.start),
        end: formatClock(t.start + t.minutes),
        breaks: pat.breakOffsets.map((o) => formatClock(t.start + o)),
        paidHours: pat.paidHours,
      };
    }),
  }));
  return success({ agents });
}

/**
 * Shifts for the agents of each days-off pattern, day by day along their
 * working days from the first day after their days off: on each day the
 * agent whose shift the day before ended latest chooses first among the
 * classes that leave the rest (the pattern's per-class counts from the
 * schedule), so by Hall's condition in the MIP nobody is left without one;
 * among those, the one that keeps the agent's hours nearest the pattern's
 * average. Undefined when the solution has no per-class counts or a pattern
 * cannot be walked (a 7-day pattern is a cycle whose ends may not meet).
 * @returns the pattern index per agent and day (−1 on a day off), agents in solution order.
 */
function assignAlongChains(p: ScheduleProblem, patterns: readonly ShiftPattern[], solution: ScheduleSolution, rest: number): number[][] | undefined {
  const groups = solution.workPatterns ?? [];
  if (groups.some((g) => !g.shifts)) return undefined;
  const keyOf = classKey;
  const pool = new Map<string, number[]>(); // scheduled shifts of each class, one entry per shift
  const paidOf = new Map<string, number>(); // paid hours of a class (break placements do not change them)
  patterns.forEach((pat, j) => {
    const t = p.templates[pat.template];
    const key = keyOf(pat.day, t.start, t.minutes, pat.paidHours);
    const list = pool.get(key) ?? [];
    for (let k = 0; k < solution.counts[j]; k++) list.push(j);
    pool.set(key, list);
    paidOf.set(key, pat.paidHours);
  });
  const dayOfWeekday = new Map(p.days.map((d, i) => [d.weekday, i]));
  const out: number[][] = [];
  const holidayWeekdays = new Set(p.days.filter((d) => d.holiday).map((d) => d.weekday));
  for (const g of groups) {
    // a paid holiday is no shift: the chain runs over the days worked
    const working = new Set(g.workDays.filter((wd) => !holidayWeekdays.has(wd)));
    const first = g.workDays.find((wd) => !working.has((wd + 6) % 7)) ?? 0;
    const chain = [0, 1, 2, 3, 4, 5, 6].map((i) => (first + i) % 7).filter((wd) => working.has(wd));
    const quota = new Map((g.shifts ?? []).map((s) => [keyOf(s.day, s.start, s.minutes, s.paidHours), { ...s, left: s.agents }]));
    const rows = Array.from({ length: g.agents }, () => new Array<number>(p.days.length).fill(-1));
    const hours = new Array<number>(g.agents).fill(0);
    const endBefore = new Array<number>(g.agents).fill(-Infinity); // end of yesterday's shift, from yesterday's midnight
    chain.forEach((wd, step) => {
      const d = dayOfWeekday.get(wd) as number;
      const options = [...quota.values()].filter((q) => q.day === d);
      const paid = (q: (typeof options)[number]): number => paidOf.get(keyOf(q.day, q.start, q.minutes, q.paidHours)) ?? 0;
      // The pattern's average hours once today is worked: each agent is steered towards it.
      const target = (hours.reduce((a, b) => a + b, 0) + options.reduce((s, q) => s + q.left * paid(q), 0)) / Math.max(1, g.agents);
      const order = [...rows.keys()].sort((a, b) => endBefore[b] - endBefore[a]);
      for (const a of order) {
        // Rest binds only after a shift the calendar day before (a day off in between leaves ≥ 24 h).
        const afterYesterday = step > 0 && chain[step - 1] === (wd + 6) % 7;
        const open = options.filter((q) => q.left > 0 && (!afterYesterday || restsUntil(endBefore[a], q.start, rest)));
        if (open.length === 0) return;
        const miss = (q: (typeof open)[number]): number => Math.abs(hours[a] + paid(q) - target);
        const pick = open.reduce((best, q) => (miss(q) < miss(best) ? q : best));
        pick.left--;
        const j = (pool.get(keyOf(pick.day, pick.start, pick.minutes, pick.paidHours)) as number[]).pop() as number;
        rows[a][d] = j;
        hours[a] += patterns[j].paidHours;
        endBefore[a] = pick.start + pick.minutes;
      }
    });
    if (rows.some((r) => chain.some((wd) => r[dayOfWeekday.get(wd) as number] < 0))) return undefined;
    out.push(...rows);
  }
  return out;
}
