/**
 * One scenario's capacity plan: required FTE per month from its paid hours,
 * the hiring plan (hiringPlan, HiGHS), the flows (capacityFlows), the hiring
 * cost (hiringCost) and, for every month the plan cannot cover, a note that
 * names the shortfall and why: the lead time (no class can be fully productive yet)
 * or the class size (classes of at most classMax a month cannot catch up).
 */
import type { CostRates } from '../cost';
import { type Note, note } from '../notes/note';
import { type Result, success } from '../result';
import type { HighsRuntime } from '../schedule/solveSchedule';
import { capacityFlows } from './capacityFlows';
import { hiringCost, payPerHead, weeksIn } from './capacityCost';
import { hiringPlan } from './hiringPlan';
import { firstJoinMonth } from './ramp';
import type { CapacityAssumptions, CapacityMonth, ScenarioCapacity } from './types';

/** Below this many FTE a shortfall is rounding, not a gap worth a note. */
const SHORTFALL_NOTED_FTE = 0.05;

export interface ScenarioNeed {
  readonly scenario: string;
  /** the scenario's agent paid hours per month (cost drivers) */
  readonly months: readonly { readonly month: string; readonly days: number; readonly paidHours: number }[];
}

/**
 * Required FTE of a month: paid hours ÷ (full-time weekly hours × days ÷ 7).
 * @example requiredFte(6928.57, 31, 40) //=> 39.1…  (6928.57 h ÷ 177.14 h)
 */
export const requiredFte = (paidHours: number, days: number, fullTimeWeeklyHours: number): number => paidHours / (fullTimeWeeklyHours * weeksIn(days));

export function scenarioCapacity(
  highs: HighsRuntime,
  need: ScenarioNeed,
  a: CapacityAssumptions,
  rates: Pick<CostRates, 'hourlyWage' | 'onCostRate'>,
  timeLimitSeconds: number,
): Result<ScenarioCapacity> {
  const costRates = { ...rates, ftePerHead: a.ftePerHead, fullTimeWeeklyHours: a.fullTimeWeeklyHours, trainingCostPerWeek: a.trainingCostPerWeek, recruitingCostPerHire: a.recruitingCostPerHire };
  const required = need.months.map((m) => requiredFte(m.paidHours, m.days, a.fullTimeWeeklyHours));
  const hires = hiringPlan(highs, {
    startHeadcount: a.startHeadcount,
    attritionRate: a.attritionRate,
    ftePerHead: a.ftePerHead,
    ramp: a.ramp,
    hiringLeadWeeks: a.hiringLeadWeeks,
    classMin: a.classMin,
    classMax: a.classMax,
    requiredFte: required,
    payPerHead: need.months.map((m) => payPerHead(m.days, costRates)),
    trainingPerTraineeMonth: need.months.map((m) => weeksIn(m.days) * a.trainingCostPerWeek),
    recruitingCostPerHire: a.recruitingCostPerHire,
    timeLimitSeconds,
  });
  if (!hires.ok) return hires;
  const flows = capacityFlows({ startHeadcount: a.startHeadcount, attritionRate: a.attritionRate, ftePerHead: a.ftePerHead, ramp: a.ramp, hires: hires.value, requiredFte: required });
  const join = firstJoinMonth(a.hiringLeadWeeks);
  // the first month the earliest class is fully productive (the ramp lists the months before it)
  const productiveFrom = join + a.ramp.length;
  const monthOf = (i: number): string | undefined => need.months[i]?.month;
  const months = flows.map((f, i): CapacityMonth => {
    const m = need.months[i];
    const cost = hiringCost({ trainees: f.trainees, hires: f.hires, days: m.days }, costRates);
    const shortfallNote: Note | undefined =
      f.shortfall < SHORTFALL_NOTED_FTE
        ? undefined
        : i < productiveFrom
          ? note('capacity.shortLeadTime', { month: m.month, fte: f.shortfall, joinMonth: monthOf(join), productiveMonth: monthOf(productiveFrom) })
          : note('capacity.shortClassSize', { month: m.month, fte: f.shortfall, classMax: a.classMax });
    return { month: m.month, days: m.days, requiredFte: required[i], ...f, ...cost, ...(shortfallNote ? { shortfallNote } : {}) };
  });
  const sum = (key: 'hires' | 'leavers' | 'traineeCost' | 'recruitingCost' | 'hiringCost'): number => months.reduce((s, m) => s + m[key], 0);
  const notes: Note[] = [];
  const last = months[months.length - 1];
  if (last && last.shortfall >= SHORTFALL_NOTED_FTE) notes.push(note('capacity.notCaughtUp', { scenario: need.scenario, month: last.month, fte: last.shortfall, classMax: a.classMax }));
  return success({
    scenario: need.scenario,
    months,
    hires: sum('hires'),
    leavers: sum('leavers'),
    traineeCost: sum('traineeCost'),
    recruitingCost: sum('recruitingCost'),
    hiringCost: sum('hiringCost'),
    maxHeadcount: Math.max(0, ...months.map((m) => m.headcount)),
    maxRequiredFte: Math.max(0, ...months.map((m) => m.requiredFte)),
    notes,
  });
}
