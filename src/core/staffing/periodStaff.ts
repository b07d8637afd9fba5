import { agentsRequired } from '../queueing';
import { invalid, noAnswer, success, type Result } from '../result';
import { agentHours, baseStaff, periodServiceLevel } from './baseStaff';
import { intervalMetrics } from './intervalMetrics';
import type { IntervalForecast, IntervalStaffing, ServiceObjective } from './types';
import { intervalLabel, validateForecast } from './validateForecast';

/** Options of the period-level target. */
export interface PeriodOptions {
  /** No interval may fall below this SL (fraction, default none: only stability and the occupancy cap bound an interval). */
  readonly minIntervalServiceLevel?: number;
  /** Look-ahead, agents: how far marginal analysis looks past a flat stretch of the SL curve (default 8). */
  readonly lookAhead?: number;
}

/** A staffing and its totals. */
export interface StaffingSummary {
  readonly rows: IntervalStaffing[];
  readonly agentHours: number;
  /** Call-weighted SL over the period. */
  readonly serviceLevel: number;
}

/**
 * Period-level target (planning step 4): staff the intervals so that the SL
 * over the whole period, weighted by calls (Σ calls·SL ÷ Σ calls), meets the
 * target with the fewest agent-hours — instead of meeting it in every interval.
 *
 * Method: marginal analysis (Koole & van der Sluis, "Optimal shift
 * scheduling with a global service level constraint", IIE Trans. 2003): start
 * every interval at its least admissible staffing (a stable queue, within the
 * occupancy cap and any SL floor), then repeatedly give agents to the interval
 * with the largest gain in calls·SL per agent — looking up to `lookAhead`
 * agents ahead so that a flat start of the SL curve is not mistaken for no
 * gain — until the period target is met; then take back any agent whose
 * removal keeps the target. All intervals have the same length, so agents
 * and agent-hours are minimised together.
 *
 * @returns the staffing, or a failure naming the interval or setting.
 * @example periodStaff(dayForecast, { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 })
 *   //=> success({ serviceLevel: 0.8000…, agentHours: …, rows })
 */
export function periodStaff(
  forecast: readonly IntervalForecast[],
  objective: ServiceObjective,
  options: PeriodOptions = {},
): Result<StaffingSummary> {
  const v = validateForecast(forecast, objective);
  if (!v.ok) return v;
  const floor = options.minIntervalServiceLevel;
  if (floor !== undefined && !(floor > 0 && floor < 1)) {
    return invalid(`minIntervalServiceLevel must be a fraction between 0 and 1, exclusive (got ${floor})`);
  }
  const lookAhead = options.lookAhead ?? 8;
  if (!Number.isInteger(lookAhead) || lookAhead < 1) return invalid(`lookAhead must be a whole number ≥ 1 (got ${lookAhead})`);
  const n = forecast.length;
  const cache: Map<number, number>[] = forecast.map(() => new Map());
  const sl = (i: number, agents: number): number => {
    let s = cache[i].get(agents);
    if (s === undefined) {
      s = intervalMetrics(forecast[i], agents, objective, '').serviceLevel;
      cache[i].set(agents, s);
    }
    return s;
  };
  const start: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = forecast[i];
    if (f.calls <= 0) {
      start.push(0);
      continue;
    }
    const least = agentsRequired({ ...objective, calls: f.calls, ahtSeconds: f.ahtSeconds, slTarget: floor ?? 1e-9 });
    if (!least.ok) return { ...least, message: `${intervalLabel(f, i)}: ${least.message}` };
    start.push(least.value);
  }
  const agents = [...start];
  const totalCalls = forecast.reduce((s, f) => s + f.calls, 0);
  const target = objective.slTarget * totalCalls;
  let achieved = 0;
  for (let i = 0; i < n; i++) achieved += forecast[i].calls * sl(i, agents[i]);
  const bestStep = (i: number): { rate: number; k: number } => {
    const f = forecast[i];
    if (f.calls <= 0) return { rate: 0, k: 1 };
    const here = sl(i, agents[i]);
    let best = { rate: 0, k: 1 };
    for (let k = 1; k <= lookAhead; k++) {
      const rate = (f.calls * (sl(i, agents[i] + k) - here)) / k;
      if (rate > best.rate + 1e-15) best = { rate, k };
    }
    return best;
  };
  const steps = forecast.map((_, i) => bestStep(i));
  const tolerance = 1e-12 * Math.max(1, totalCalls);
  /** Takes back agents whose removal keeps the target, cheapest loss first (never below `start`). */
  function takeBack(staff: number[], reached: number): void {
    for (;;) {
      let pick = -1;
      let loss = Infinity;
      for (let i = 0; i < n; i++) {
        if (staff[i] <= start[i]) continue;
        const l = forecast[i].calls * (sl(i, staff[i]) - sl(i, staff[i] - 1));
        if (reached - l >= target - tolerance && l < loss) {
          loss = l;
          pick = i;
        }
      }
      if (pick < 0) return;
      staff[pick] -= 1;
      reached -= loss;
    }
  }
  let guard = 0;
  while (achieved < target - tolerance) {
    let pick = -1;
    for (let i = 0; i < n; i++) if (steps[i].rate > 0 && (pick < 0 || steps[i].rate > steps[pick].rate)) pick = i;
    if (pick < 0 || ++guard > 10_000_000) return noAnswer(`no staffing reaches a period SL of ${objective.slTarget}`);
    // Add one agent at a time within the chosen step, stopping as soon as the target is met.
    for (let k = 0; k < steps[pick].k && achieved < target - tolerance; k++) {
      agents[pick] += 1;
      achieved += forecast[pick].calls * (sl(pick, agents[pick]) - sl(pick, agents[pick] - 1));
    }
    steps[pick] = bestStep(pick);
  }
  takeBack(agents, achieved);
  // Marginal analysis is optimal for concave SL curves; Erlang A's curve is
  // S-shaped from a low start, so also trim down from the interval-level
  // staffing (which meets the period target by construction) and keep the
  // cheaper of the two.
  const trimmed: number[] = [];
  let trimmedAchieved = 0;
  for (let i = 0; i < n; i++) {
    const f = forecast[i];
    if (f.calls <= 0) {
      trimmed.push(0);
      continue;
    }
    const own = agentsRequired({ ...objective, calls: f.calls, ahtSeconds: f.ahtSeconds, slTarget: Math.max(objective.slTarget, floor ?? 0) });
    if (!own.ok) return { ...own, message: `${intervalLabel(f, i)}: ${own.message}` };
    trimmed.push(Math.max(own.value, start[i]));
    trimmedAchieved += f.calls * sl(i, trimmed[i]);
  }
  takeBack(trimmed, trimmedAchieved);
  const total = (list: number[]) => list.reduce((a, b) => a + b, 0);
  if (total(trimmed) < total(agents)) agents.splice(0, n, ...trimmed);
  const rows = forecast.map((f, i) => intervalMetrics(f, agents[i], objective, intervalLabel(f, i)));
  return success({ rows, agentHours: agentHours(rows, objective.intervalMinutes), serviceLevel: periodServiceLevel(rows) });
}

/** Interval-by-interval and period-level staffing side by side, and what the period target saves. */
export interface PeriodComparison {
  readonly intervalLevel: StaffingSummary;
  readonly periodLevel: StaffingSummary;
  /** Agent-hours saved by the period target (≥ 0 in practice). */
  readonly savingAgentHours: number;
  /** Saving as a share of the interval-by-interval agent-hours. */
  readonly savingShare: number;
}

/**
 * Staffs a period both ways — the SL target met in every interval, and met
 * over the period (call-weighted) — and reports the saving.
 *
 * @example comparePeriodTarget(dayForecast, objective).value.savingShare //=> 0.05…
 */
export function comparePeriodTarget(
  forecast: readonly IntervalForecast[],
  objective: ServiceObjective,
  options: PeriodOptions = {},
): Result<PeriodComparison> {
  const each = baseStaff(forecast, objective);
  if (!each.ok) return each;
  const period = periodStaff(forecast, objective, options);
  if (!period.ok) return period;
  const intervalLevel: StaffingSummary = {
    rows: each.value,
    agentHours: agentHours(each.value, objective.intervalMinutes),
    serviceLevel: periodServiceLevel(each.value),
  };
  const saving = intervalLevel.agentHours - period.value.agentHours;
  return success({
    intervalLevel,
    periodLevel: period.value,
    savingAgentHours: saving,
    savingShare: intervalLevel.agentHours > 0 ? saving / intervalLevel.agentHours : 0,
  });
}
