/**
 * Rotating rosters (planning guide, "Rosters people can work": weekends and
 * late shifts rotate fairly over several weeks). The weekly roster's agents
 * each work one week line (a contract's shifts Monday to Sunday, or from the
 * scheduled week's first day); a rotation over N weeks lets agents take turns
 * on those lines, so every week still works exactly the solved week's lines
 * (coverage unchanged) while weekend days off and late shifts are shared.
 *
 * Shape (the cyclic rotating schedule of Laporte 1999, "The art and science
 * of designing rotating schedules", J. Oper. Res. Soc. 50): a contract's
 * lines are put in a cyclic order c₀…c_{m−1} and the agent who starts on cᵢ
 * works c_{(i+w) mod m} in week w, an N-week window on the cycle. Every week
 * is then a one-to-one share of the lines (coverage kept), and an agent's
 * changes are the steps cᵢ → cᵢ₊₁ and the rotation's wrap from week N back
 * to week 1, c_{(i+N−1) mod m} → cᵢ. First all the contract's lines are
 * tried in one cycle (annealed swaps and moves, so every agent's window
 * holds the fairest mix); failing that, they are split into groups of at
 * least N lines, each ordered depth-first.
 *
 * Orders are searched only among the transitions that keep the rules across
 * the week boundary: the minimum rest from the last shifts of one line to the
 * first of the next, and the most working days in a row over the two weeks.
 * A line always follows itself (the week roster keeps both on its repeating
 * week), so a line alone is always valid: the rules hold by construction,
 * never only by a check afterwards.
 *
 * Fairness is a documented heuristic: the one cycle is annealed, and groups
 * start from an even deal of the lines by weekend days off and late shifts,
 * then pairs of lines are swapped between groups while that lowers, in this
 * order, the lines in groups that cannot be
 * ordered, the agents without a weekend day off, the spread (max − min) of
 * weekend days off and late shifts per agent over the rotation, and their
 * squared deviation from the mean. Lines of groups that still cannot be
 * ordered alternate in pairs where they can; the rest repeat their week, and
 * a note names them and the rule in the way.
 */
import { note, type Note } from '../notes/note';
import { maxConsecutiveOf, openWeekdays, restMinutesOf } from './contracts';
import { isLateShift, WEEKEND_DAYS } from './lateShift';
import type { Roster, RosterShift } from './roster';
import type { RosterRules, ScheduleProblem, ShiftPattern } from './types';

/** Weeks a rotation may span (config `schedule.roster.weeks`), and the default. */
export const ROTATION_WEEKS = { min: 1, max: 12, default: 4 } as const;
/** Weeks of a roster's rotation. */
export const rotationWeeksOf = (rules: RosterRules): number => rules.weeks ?? ROTATION_WEEKS.default;
/** Largest spread (max − min over a contract's agents) of late shifts or weekend days off over the rotation still called fair. */
export const FAIR_SPREAD = 1;

const DAY = 1440;
const WEEK = 7 * DAY;
/** Depth-first nodes tried when ordering one group before it counts as impossible. */
const ORDER_BUDGET = 20000;
/** Fresh starts of the one-cycle search before falling back to groups. */
const RESTARTS = 3;
/**
 * Annealing moves of the one-cycle search: TRIES_PER_LINE per week line, at most
 * MAX_TRIES (each move costs O(lines)), so a 200-agent roster orders in well
 * under a second; it stops early once a cycle keeps every rule and is fair.
 */
const TRIES_PER_LINE = 40;
const MAX_TRIES = 6000;
/** Passes of pairwise swaps per contract (each pass tries every pair once). */
const MAX_PASSES = 6;

/** One agent of the rotation: the week line worked each week and the resulting shifts. */
export interface RotationAgent {
  /** The weekly roster's name of the line worked in week 1 ("Agent 3"). */
  readonly name: string;
  /** 1-based number of that line (3 for "Agent 3"), for notes. */
  readonly number: number;
  readonly contract: string;
  /** Index into the weekly roster's agents of the line worked in each rotation week. */
  readonly lines: readonly number[];
  /** `shifts[week][day]`: the shift on that horizon day of that rotation week, null on a day off or a paid holiday. */
  readonly shifts: readonly (readonly (RosterShift | null)[])[];
  /** `holidays[week]`: the horizon days of the line worked that week that are paid holidays (RosterAgent.holidays). */
  readonly holidays: readonly (readonly number[])[];
  /** Paid hours in each rotation week (paid holidays included). */
  readonly weeklyHours: readonly number[];
  /** Late shifts (lateShift.ts) over the rotation. */
  readonly lateShifts: number;
  /** Saturdays and Sundays without a shift over the rotation. */
  readonly weekendDaysOff: number;
}

export interface Rotation {
  readonly weeks: number;
  readonly agents: readonly RotationAgent[];
  /** Why some agents could not rotate, or the shares are uneven (empty when fair). */
  readonly notes: readonly Note[];
}

/** A week line: its shifts as minutes from the week's first midnight, the days worked and its two fairness measures. */
interface Line {
  readonly contract: string;
  readonly shifts: readonly { start: number; end: number }[];
  readonly worked: readonly boolean[];
  readonly late: number;
  readonly off: number;
  /** Lines with the same key are interchangeable. */
  readonly key: string;
}

/** Whether line b may follow line a in the next week, by each rule. */
interface Transition {
  readonly rest: boolean;
  readonly days: boolean;
}

/**
 * Group sizes for n lines and an N-week rotation: as many groups of at least
 * N lines as fit, as equal as can be (a group of m ≥ N gives every agent N
 * different lines); fewer than N lines make one group.
 * @example groupSizes(11, 4) //=> [6, 5]
 * @example groupSizes(13, 4) //=> [5, 4, 4]
 * @example groupSizes(3, 4) //=> [3]
 */
export function groupSizes(n: number, weeks: number): number[] {
  if (n === 0) return [];
  const q = Math.max(1, Math.floor(n / weeks));
  return Array.from({ length: q }, (_, g) => Math.floor(n / q) + (g < n % q ? 1 : 0));
}

/** Longest run of trues in a list (not wrapping). */
function longestRun(days: readonly boolean[]): number {
  let run = 0;
  let best = 0;
  for (const on of days) (run = on ? run + 1 : 0), (best = Math.max(best, run));
  return best;
}

/**
 * An N-week rotation of a weekly roster (see the module comment).
 * @param weeks whole number within ROTATION_WEEKS (validated by the config).
 * @example buildRotation(problem, patterns, roster, 4).agents[0].shifts.length //=> 4
 */
export function buildRotation(p: ScheduleProblem, patterns: readonly ShiftPattern[], roster: Roster, weeks: number): Rotation {
  const rules = p.roster ?? {};
  const rest = restMinutesOf(rules);
  const maxRun = maxConsecutiveOf(rules);
  const lines: Line[] = roster.agents.map((a) => {
    const shifts: { start: number; end: number }[] = [];
    let late = 0;
    let off = 0;
    a.shifts.forEach((s, d) => {
      if (!s) {
        if (WEEKEND_DAYS.includes(p.days[d].weekday)) off++;
        return;
      }
      const t = p.templates[patterns[s.pattern].template];
      shifts.push({ start: d * DAY + t.start, end: d * DAY + t.start + t.minutes });
      if (isLateShift(t.start, t.minutes)) late++;
    });
    return { contract: a.contract, shifts, worked: a.shifts.map((s) => s !== null), late, off, key: `${a.contract}|${shifts.map((s) => `${s.start}-${s.end}`).join(',')}` };
  });
  const transition = (a: Line, b: Line): Transition => ({
    rest: a.shifts.every((x) => b.shifts.every((y) => y.start + WEEK - x.end >= rest)),
    days: longestRun([...a.worked, ...b.worked]) <= maxRun,
  });
  // Interchangeable lines share a kind; a transition is worked out once per pair of kinds (the annealing asks millions of times).
  const kinds = new Map<string, number>();
  const kindOf = Int32Array.from(lines, (l) => {
    if (!kinds.has(l.key)) kinds.set(l.key, kinds.size);
    return kinds.get(l.key) as number;
  });
  const memo = new Array<Transition | undefined>(kinds.size * kinds.size);
  const step = (i: number, j: number): Transition => {
    const k = kindOf[i] * kinds.size + kindOf[j];
    return memo[k] ?? (memo[k] = transition(lines[i], lines[j]));
  };
  const weekendOpen = openWeekdays(p.templates).some((wd) => WEEKEND_DAYS.includes(wd)) && p.days.some((d) => WEEKEND_DAYS.includes(d.weekday));
  const groups: number[][] = [];
  const fixed: { rule: 'rest' | 'consecutiveDays' | 'both'; lines: number[] }[] = [];
  for (const contract of [...new Set(lines.map((l) => l.contract))]) {
    const members = lines.flatMap((l, i) => (l.contract === contract ? [i] : []));
    for (const g of rotateContract(members, lines, weeks, step, weekendOpen)) {
      if (g.order) groups.push(g.order);
      else {
        const { pairs, alone } = pairUp(g.members, lines, weeks, (i, j) => step(i, j).rest && step(i, j).days);
        groups.push(...pairs, ...alone.map((i) => [i]));
        for (const i of alone) {
          // The rule in the way: can the line alternate with any other of its contract under each rule alone?
          const withAny = (rule: 'rest' | 'days'): boolean => members.some((j) => j !== i && step(i, j)[rule] && step(j, i)[rule]);
          fixed.push({ rule: !withAny('rest') ? 'rest' : !withAny('days') ? 'consecutiveDays' : 'both', lines: [i] });
        }
      }
    }
  }
  const agents: RotationAgent[] = [];
  for (const order of groups) {
    order.forEach((first, i) => {
      const worked = Array.from({ length: weeks }, (_, w) => order[(i + w) % order.length]);
      const source = roster.agents[first];
      agents.push({
        name: source.name,
        number: first + 1,
        contract: source.contract,
        lines: worked,
        shifts: worked.map((l) => roster.agents[l].shifts),
        holidays: worked.map((l) => roster.agents[l].holidays),
        weeklyHours: worked.map((l) => roster.agents[l].weeklyHours),
        lateShifts: worked.reduce((s, l) => s + lines[l].late, 0),
        weekendDaysOff: worked.reduce((s, l) => s + lines[l].off, 0),
      });
    });
  }
  agents.sort((a, b) => a.number - b.number);
  return { weeks, agents, notes: rotationNotes(agents, fixed, { weeks, restHours: rest / 60, maxDays: maxRun, weekendOpen }) };
}

/** The notes of a rotation: agents who could not rotate (by the rule in the way), uneven shares per contract, agents without a weekend day off. */
function rotationNotes(
  agents: readonly RotationAgent[],
  fixed: readonly { rule: 'rest' | 'consecutiveDays' | 'both'; lines: number[] }[],
  o: { weeks: number; restHours: number; maxDays: number; weekendOpen: boolean },
): Note[] {
  const notes: Note[] = [];
  for (const rule of ['rest', 'consecutiveDays', 'both'] as const) {
    const lines = fixed.filter((f) => f.rule === rule).flatMap((f) => f.lines);
    if (lines.length > 0) notes.push(note('schedule.rotationFixed', { rule, restHours: o.restHours, maxDays: o.maxDays, weeks: o.weeks, agents: lines.map((l) => l + 1).sort((a, b) => a - b) }));
  }
  const none = agents.filter((a) => a.weekendDaysOff === 0).map((a) => a.number);
  if (o.weekendOpen && none.length > 0) notes.push(note('schedule.noWeekendOff', { agents: none, weeks: o.weeks }));
  // One week repeated shares nothing: its spread is the week's, as asked.
  if (o.weeks < 2) return notes;
  for (const contract of [...new Set(agents.map((a) => a.contract))]) {
    const on = agents.filter((a) => a.contract === contract);
    for (const measure of ['lateShifts', 'weekendDaysOff'] as const) {
      const values = on.map((a) => a[measure]);
      const min = Math.min(...values);
      const max = Math.max(...values);
      if (max - min > FAIR_SPREAD) notes.push(note('schedule.rotationUnfair', { contract, measure, min, max, weeks: o.weeks }));
    }
  }
  return notes;
}

/**
 * A cyclic order of the lines in which each may follow the one before (the
 * last the first) and the rotation's wrap keeps the rules, searched
 * depth-first from the first line; undefined when none exists or the search
 * budget runs out.
 * @param kind lines of one kind are interchangeable (tried once per position).
 * @example orderCycle([0, 1], () => true, 4) //=> [0, 1]
 */
export function orderCycle(members: readonly number[], ok: (from: number, to: number) => boolean, weeks: number, kind: (line: number) => string = String): number[] | undefined {
  const m = members.length;
  if (m === 0) return [];
  if (m === 1) return ok(members[0], members[0]) ? [members[0]] : undefined;
  const jump = (weeks - 1) % m;
  // The wrap from week N to week 1: c_{(j+N−1) mod m} → c_j (a step along the cycle when m divides N, none when m divides N − 1).
  const wraps = (path: readonly number[]): boolean => path.every((c, j) => ok(path[(j + jump) % m], c));
  const path = [members[0]];
  const used = new Array<boolean>(m).fill(false);
  used[0] = true;
  let budget = ORDER_BUDGET;
  const extend = (): boolean => {
    if (--budget < 0) return false;
    const last = path[path.length - 1];
    if (path.length === m) return ok(last, path[0]) && wraps(path);
    const tried = new Set<string>();
    for (let k = 1; k < m; k++) {
      // Identical lines behave alike: try one of each kind per position.
      if (used[k] || tried.has(kind(members[k])) || !ok(last, members[k])) continue;
      tried.add(kind(members[k]));
      used[k] = true;
      path.push(members[k]);
      if (extend()) return true;
      path.pop();
      used[k] = false;
      if (budget < 0) return false;
    }
    return false;
  };
  return extend() ? path : undefined;
}

/** One group of a contract: its lines and their cyclic order (undefined when none keeps the rules). */
interface Group {
  members: number[];
  order: number[] | undefined;
}

/**
 * A contract's lines in groups (sizes from groupSizes), each with a cyclic
 * order when one keeps the rules, swapped towards fair shares (module comment).
 */
function rotateContract(
  members: readonly number[],
  lines: readonly Line[],
  weeks: number,
  step: (i: number, j: number) => Transition,
  weekendOpen: boolean,
): Group[] {
  const ok = (i: number, j: number): boolean => {
    const t = step(i, j);
    return t.rest && t.days;
  };
  const whole = oneCycle(members, lines, weeks, ok, weekendOpen);
  if (whole) return [{ members: [...members], order: whole }];
  const sizes = groupSizes(members.length, weeks);
  const orders = new Map<string, number[] | undefined>();
  const orderOf = (g: readonly number[]): number[] | undefined => {
    // Order depends only on which kinds of line the group holds: cache by their keys, map back to these lines.
    const byKey = [...g].sort((a, b) => (lines[a].key < lines[b].key ? -1 : lines[a].key > lines[b].key ? 1 : a - b));
    const k = byKey.map((i) => lines[i].key).join('#');
    if (!orders.has(k)) orders.set(k, orderCycle(byKey, ok, weeks, (i) => lines[i].key));
    const found = orders.get(k);
    if (!found) return undefined;
    const pool = new Map<string, number[]>();
    for (const i of byKey) pool.set(lines[i].key, [...(pool.get(lines[i].key) ?? []), i]);
    return found.map((i) => (pool.get(lines[i].key) as number[]).shift() as number);
  };
  // An even first deal: lines sorted by weekend days off, then late shifts, dealt to the groups back and forth.
  const sorted = [...members].sort((a, b) => lines[b].off - lines[a].off || lines[b].late - lines[a].late || a - b);
  const groups: Group[] = sizes.map(() => ({ members: [], order: undefined }));
  let g = 0;
  let dir = 1;
  for (const i of sorted) {
    while (groups[g].members.length >= sizes[g]) g = (g + dir + groups.length) % groups.length;
    groups[g].members.push(i);
    const next = g + dir;
    if (next < 0 || next >= groups.length) dir = -dir;
    else g = next;
  }
  for (const grp of groups) grp.order = orderOf(grp.members);
  let best = score(groups, lines, weeks, weekendOpen);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const ga = groups[a];
        const gb = groups[b];
        for (let x = 0; x < ga.members.length; x++) {
          for (let y = 0; y < gb.members.length; y++) {
            const i = ga.members[x];
            const j = gb.members[y];
            if (lines[i].key === lines[j].key) continue;
            const before = { a: ga.order, b: gb.order };
            ga.members[x] = j;
            gb.members[y] = i;
            ga.order = orderOf(ga.members);
            gb.order = orderOf(gb.members);
            const s = score(groups, lines, weeks, weekendOpen);
            if (s < best - 1e-9) (best = s), (improved = true);
            else {
              ga.members[x] = i;
              gb.members[y] = j;
              ga.order = before.a;
              gb.order = before.b;
            }
          }
        }
      }
    }
    if (!improved) break;
  }
  return groups;
}

/**
 * The lines of a group no order could keep, in pairs that alternate week by
 * week (a pair is a valid group for every N: 2 divides N or N − 1), each line
 * with the partner that brings the pair's weekend days off and late shifts
 * nearest twice the group's mean; lines without a partner stay alone.
 */
function pairUp(members: readonly number[], lines: readonly Line[], weeks: number, ok: (i: number, j: number) => boolean): { pairs: number[][]; alone: number[] } {
  const mean = (f: (l: Line) => number): number => members.reduce((s, i) => s + f(lines[i]), 0) / members.length;
  const off = mean((l) => l.off);
  const late = mean((l) => l.late);
  const left = [...members];
  const pairs: number[][] = [];
  const alone: number[] = [];
  while (left.length > 0) {
    const i = left.shift() as number;
    let best = -1;
    let miss = Infinity;
    left.forEach((j, k) => {
      if (!orderCycle([i, j], ok, weeks)) return;
      const m = Math.abs(lines[i].off + lines[j].off - 2 * off) * 10 + Math.abs(lines[i].late + lines[j].late - 2 * late);
      if (m < miss) (miss = m), (best = k);
    });
    if (best < 0) alone.push(i);
    else pairs.push([i, ...left.splice(best, 1)]);
  }
  return { pairs, alone };
}

/** A small deterministic pseudo-random sequence (Park & Miller 1988 minimal standard), so a rotation is the same on every run. */
function minimalStandard(seed: number): (n: number) => number {
  let x = seed;
  return (n) => ((x = (x * 16807) % 2147483647) % n);
}

/**
 * All of a contract's lines in one cycle (agent i works c_{(i+w) mod n} in
 * week w: a window of N weeks on the cycle), when an order exists in which
 * every step c_j → c_{j+1} and every wrap c_{(j+N−1) mod n} → c_j keeps the
 * rules: a greedy start, then swaps of two positions kept when they do not
 * worsen the score (rule breaks first, then fairness as in `score`).
 * Undefined when the search ends with a break left.
 */
function oneCycle(members: readonly number[], lines: readonly Line[], weeks: number, ok: (i: number, j: number) => boolean, weekendOpen: boolean): number[] | undefined {
  const n = members.length;
  if (n <= 1) return n === 1 && ok(members[0], members[0]) ? [...members] : n === 0 ? [] : undefined;
  const jump = (weeks - 1) % n;
  // `ok` between the members as a table: evaluate asks it 2n times a move.
  const size = lines.length;
  const allowed = new Uint8Array(size * size);
  for (const i of members) for (const j of members) allowed[i * size + j] = ok(i, j) ? 1 : 0;
  const lateOf = Float64Array.from(lines, (l) => l.late);
  const offOf = Float64Array.from(lines, (l) => l.off);
  const lateWin = new Float64Array(n);
  const offWin = new Float64Array(n);
  /** The score of `score` for one cycle, windows by sliding sums (agent j's window drops c_j and takes c_{j+N}). */
  const evaluate = (seq: readonly number[]): number => {
    let breaks = 0;
    for (let j = 0; j < n; j++) {
      if (weeks > 1 && !allowed[seq[j] * size + seq[(j + 1) % n]]) breaks++;
      if (!allowed[seq[(j + jump) % n] * size + seq[j]]) breaks++;
    }
    let late = 0;
    let off = 0;
    for (let w = 0; w < weeks; w++) (late += lateOf[seq[w % n]]), (off += offOf[seq[w % n]]);
    for (let j = 0; j < n; j++) {
      lateWin[j] = late;
      offWin[j] = off;
      late += lateOf[seq[(j + weeks) % n]] - lateOf[seq[j]];
      off += offOf[seq[(j + weeks) % n]] - offOf[seq[j]];
    }
    return breaks * 1e8 + fairness(lateWin, offWin, weekendOpen);
  };
  let best: { seq: number[]; value: number } | undefined;
  for (let start = 0; start < Math.min(RESTARTS, n); start++) {
    const seq = greedyCycle(members, lines, weeks, ok, members[Math.floor((start * n) / Math.min(RESTARTS, n))]);
    let current = evaluate(seq);
    let kept = { seq: [...seq], value: current };
    const random = minimalStandard(12345 + 7919 * start + n);
    const tries = Math.min(MAX_TRIES, TRIES_PER_LINE * n);
    for (let t = 0; t < tries; t++) {
      const a = random(n);
      const b = random(n);
      if (a === b || lines[seq[a]].key === lines[seq[b]].key) continue;
      // A move: swap two positions, or take one line out and put it back elsewhere.
      const undo = [...seq];
      if (random(2) === 0) seq.splice(b, 0, ...seq.splice(a, 1));
      else [seq[a], seq[b]] = [seq[b], seq[a]];
      const next = evaluate(seq);
      // Simulated annealing (Kirkpatrick et al. 1983) on the score in units of one spread step, cooling from 3 to 0.01.
      const temperature = 3 * Math.pow(0.01 / 3, t / tries) * 1e3;
      if (next <= current || random(1e6) / 1e6 < Math.exp((current - next) / temperature)) current = next;
      else undo.forEach((x, i) => (seq[i] = x));
      if (current < kept.value) kept = { seq: [...seq], value: current };
      if (kept.value === 0) break; // every rule kept, perfectly fair
    }
    if (!best || kept.value < best.value) best = kept;
    if (best.value < 1e8) break;
  }
  return best && best.value < 1e8 ? best.seq : undefined;
}

/** A first cycle: from `first`, each next line one that may follow the last, the one bringing the last N weeks' weekend days off nearest the mean. */
function greedyCycle(members: readonly number[], lines: readonly Line[], weeks: number, ok: (i: number, j: number) => boolean, first: number): number[] {
  const meanOff = members.reduce((s, i) => s + lines[i].off, 0) / members.length;
  const seq = [first];
  const left = new Set(members.filter((i) => i !== first));
  while (left.size > 0) {
    const last = seq[seq.length - 1];
    const recent = seq.slice(-(weeks - 1)).reduce((s, i) => s + lines[i].off, 0);
    let pick = -1;
    let best = Infinity;
    for (const x of left) {
      const miss = (ok(last, x) ? 0 : 1e6) + Math.abs(recent + lines[x].off - meanOff * Math.min(weeks, seq.length + 1));
      if (miss < best) (best = miss), (pick = x);
    }
    seq.push(pick);
    left.delete(pick);
  }
  return seq;
}

/** Late shifts and weekend days off of each agent of a group over the rotation (its members in place of an order it lacks). */
function agentTotals(g: Group, lines: readonly Line[], weeks: number): { late: number; off: number }[] {
  const order = g.order ?? g.members;
  return order.map((_, i) => {
    let late = 0;
    let off = 0;
    for (let w = 0; w < weeks; w++) {
      const l = lines[order[(i + w) % order.length]];
      late += l.late;
      off += l.off;
    }
    return { late, off };
  });
}

/** What the swaps lower, lexicographically by weight (module comment). */
function score(groups: readonly Group[], lines: readonly Line[], weeks: number, weekendOpen: boolean): number {
  const totals = groups.flatMap((g) => agentTotals(g, lines, weeks));
  const unordered = groups.filter((g) => !g.order).reduce((s, g) => s + g.members.length, 0);
  return unordered * 1e8 + fairness(totals.map((t) => t.late), totals.map((t) => t.off), weekendOpen);
}

/** Agents without a weekend day off (when open), then the spread of late shifts and weekend days off, then their squared deviation from the mean. */
function fairness(late: ArrayLike<number>, off: ArrayLike<number>, weekendOpen: boolean): number {
  const n = late.length;
  let lateSum = 0;
  let offSum = 0;
  let lateMin = Infinity;
  let lateMax = -Infinity;
  let offMin = Infinity;
  let offMax = -Infinity;
  let noWeekend = 0;
  for (let i = 0; i < n; i++) {
    lateSum += late[i];
    offSum += off[i];
    lateMin = Math.min(lateMin, late[i]);
    lateMax = Math.max(lateMax, late[i]);
    offMin = Math.min(offMin, off[i]);
    offMax = Math.max(offMax, off[i]);
    if (off[i] === 0) noWeekend++;
  }
  let deviation = 0;
  for (let i = 0; i < n; i++) deviation += (late[i] - lateSum / n) ** 2 + (off[i] - offSum / n) ** 2;
  return (weekendOpen ? noWeekend : 0) * 1e5 + (lateMax - lateMin + offMax - offMin) * 1e3 + deviation;
}
