import { BALANCE_HOURS_EPSILON } from './buildModel';
import { formatClock } from '../calendar/clock';
import type { CoverageRow, ScheduleProblem, ShiftAssignment, ShiftPattern } from './types';

/** What a set of shift counts gives, independent of how it was found. */
export interface ScheduleEvaluation {
  readonly assignments: ShiftAssignment[];
  readonly coverage: CoverageRow[];
  /** On-phone agents per global slot (day × slotsPerDay + slot). */
  readonly scheduled: Float64Array;
  readonly paidHours: number;
  readonly cost: number;
  /** Σ required agent-hours ÷ Σ scheduled on-phone agent-hours (1 when nothing is scheduled). */
  readonly efficiency: number;
  /** Agent-intervals short and over, summed over the horizon (agents × intervals). */
  readonly underTotal: number;
  readonly overTotal: number;
  /** The objective the MIP minimises, recomputed from the counts. */
  readonly objectiveValue: number;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * Evaluates shift counts: agents on the phones per interval (breaks excluded),
 * over/under against the requirement, paid hours, cost, efficiency and the
 * objective value (`cover`: Σ cost; `balance`: Σ w_u·under + w_o·over + ε·paid hours).
 *
 * @param counts shifts per pattern, parallel to `patterns` (whole numbers ≥ 0).
 * @example evaluateSchedule(problem, patterns, counts).paidHours //=> 1234.5
 */
export function evaluateSchedule(
  p: ScheduleProblem,
  patterns: readonly ShiftPattern[],
  counts: readonly number[],
): ScheduleEvaluation {
  const perDay = p.required[0].length;
  const total = perDay * p.days.length;
  const scheduled = new Float64Array(total);
  let paidHours = 0;
  let cost = 0;
  const grouped = new Map<string, ShiftAssignment>();
  patterns.forEach((pat, j) => {
    const n = counts[j];
    if (!n) return;
    paidHours += n * pat.paidHours;
    cost += n * pat.cost;
    for (const c of pat.cover) scheduled[c.slot] += n * c.share;
    const t = p.templates[pat.template];
    const breaks = pat.breakOffsets.map((o) => formatClock(t.start + o));
    const key = `${pat.day}|${pat.template}|${breaks.join(',')}`;
    const prev = grouped.get(key);
    grouped.set(key, {
      day: p.days[pat.day].label,
      dayIndex: pat.day,
      shift: t.name,
      start: formatClock(t.start),
      breaks,
      count: (prev?.count ?? 0) + n,
      paidHours: pat.paidHours,
    });
  });
  const assignments = [...grouped.values()].sort(
    (a, b) => a.dayIndex - b.dayIndex || a.start.localeCompare(b.start) || a.shift.localeCompare(b.shift),
  );
  const coverage: CoverageRow[] = [];
  let req = 0;
  let sch = 0;
  let under = 0;
  let over = 0;
  for (let g = 0; g < total; g++) {
    const d = Math.floor(g / perDay);
    const s = g % perDay;
    const r = p.required[d][s];
    const x = round6(scheduled[g]);
    const u = Math.max(0, round6(r - x));
    const o = Math.max(0, round6(x - r));
    req += r;
    sch += x;
    under += u;
    over += o;
    coverage.push({
      day: p.days[d].label,
      dayIndex: d,
      intervalStart: formatClock(s * p.intervalMinutes),
      required: r,
      scheduled: x,
      over: o,
      under: u,
    });
  }
  const wu = p.balance?.underWeight ?? 1;
  const wo = p.balance?.overWeight ?? 0.2;
  const objectiveValue =
    p.objective === 'cover' ? cost : wu * under + wo * over + BALANCE_HOURS_EPSILON * paidHours;
  return {
    assignments,
    coverage,
    scheduled,
    paidHours: round6(paidHours),
    cost: round6(cost),
    efficiency: sch > 0 ? req / sch : 1,
    underTotal: round6(under),
    overTotal: round6(over),
    objectiveValue: round6(objectiveValue),
  };
}
