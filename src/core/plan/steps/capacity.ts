/**
 * Capacity (planning guide, "Capacity: headcount, hiring and attrition"):
 * each scenario's hiring plan over the budget year, and its costs again with
 * the labour line counting trainees and recruiting. The assumptions come from
 * `config.capacity` or its schema's defaults (said in the notes); the start
 * headcount from the config, else the schedule's roster, else the first
 * month's need; one head's FTE from the roster, else the contracts' mix.
 */
import { type CapacityAssumptions, type CapacityResult, type ScenarioCapacity, classRamp, firstJoinMonth, requiredFte, scenarioCapacity } from '../../capacity';
import { costBreakdown } from '../../cost';
import { type Note, note } from '../../notes/note';
import { type Result, success, within } from '../../result';
import { FULL_TIME } from '../../schedule/contracts';
import type { HighsRuntime } from '../../schedule/solveSchedule';
import type { BudgetMonth } from '../budgetYear';
import { type PlanConfig, capacitySchema } from '../planConfig';
import type { ScenarioResult, ScheduleSummary } from '../planResult';

/**
 * One head's FTE from the contracts: Σ share × mid-range weekly hours ÷ full-time hours
 * (contracts without a share split what the others leave, evenly).
 * @example contractFtePerHead([{ weeklyHours: { min: 37.5, max: 40 }, share: 0.5 }, { weeklyHours: { min: 20, max: 30 }, share: 0.5 }], 40) //=> 0.796875
 */
export function contractFtePerHead(contracts: readonly { weeklyHours: { min: number; max: number }; share?: number }[], fullTimeWeeklyHours: number): number {
  const given = contracts.reduce((s, c) => s + (c.share ?? 0), 0);
  const free = contracts.filter((c) => c.share === undefined).length;
  const rest = free > 0 ? Math.max(0, 1 - given) / free : 0;
  const total = contracts.reduce((s, c) => s + (c.share ?? rest), 0);
  if (total <= 0) return 1;
  return contracts.reduce((s, c) => s + ((c.share ?? rest) / total) * ((c.weeklyHours.min + c.weeklyHours.max) / 2), 0) / fullTimeWeeklyHours;
}

export interface CapacityStepResult {
  capacity: CapacityResult;
  /** the scenarios with their costs again, labour counting each month's hiring cost */
  scenarios: ScenarioResult[];
}

export function capacityStep(
  highs: HighsRuntime,
  scenarios: readonly ScenarioResult[],
  budgetMonths: readonly BudgetMonth[],
  schedule: ScheduleSummary,
  config: PlanConfig,
): Result<CapacityStepResult> {
  const given = config.capacity;
  const c = given ?? capacitySchema.parse({});
  const notes: Note[] = [];
  if (!given) {
    notes.push(note('capacity.assumed', {
      attritionRate: c.attritionRate, hiringLeadWeeks: c.hiringLeadWeeks, trainingWeeks: c.trainingWeeks, nestingWeeks: c.nestingWeeks,
      nestingProductivity: c.nestingProductivity, classMin: c.classSize.min, classMax: c.classSize.max,
    }));
  }
  const fullTime = schedule.fullTimeWeeklyHours;
  const rosterHeads = schedule.headcount?.total ?? 0;
  const fromRoster = rosterHeads > 0 && schedule.fte > 0;
  const ftePerHead = fromRoster ? schedule.fte / rosterHeads : contractFtePerHead(config.schedule.contracts ?? [FULL_TIME], fullTime);
  const days = new Map(budgetMonths.map((m) => [m.month, m.days]));
  const base = scenarios.find((s) => s.id === 'mid') ?? scenarios[0];
  const firstNeed = base ? requiredFte(base.drivers.months[0]?.paidHours ?? 0, days.get(base.drivers.months[0]?.month ?? '') ?? 30, fullTime) : 0;
  const start =
    c.startHeadcount !== undefined
      ? { heads: c.startHeadcount, source: 'config' as const }
      : rosterHeads > 0
        ? { heads: rosterHeads, source: 'schedule' as const }
        : { heads: Math.ceil(firstNeed / ftePerHead - 1e-9), source: 'requirement' as const };
  const join = firstJoinMonth(c.hiringLeadWeeks);
  const monthNames = budgetMonths.map((m) => m.month);
  const assumptions: CapacityAssumptions = {
    startHeadcount: start.heads,
    startHeadcountSource: start.source,
    attritionRate: c.attritionRate,
    hiringLeadWeeks: c.hiringLeadWeeks,
    trainingWeeks: c.trainingWeeks,
    nestingWeeks: c.nestingWeeks,
    nestingProductivity: c.nestingProductivity,
    classMin: c.classSize.min,
    classMax: c.classSize.max,
    recruitingCostPerHire: c.recruitingCostPerHire,
    trainingCostPerWeek: c.trainingCostPerWeek,
    ftePerHead,
    ftePerHeadSource: fromRoster ? 'roster' : 'contracts',
    fullTimeWeeklyHours: fullTime,
    firstJoinMonth: monthNames[join] ?? 'after the year',
    ramp: classRamp({ trainingWeeks: c.trainingWeeks, nestingWeeks: c.nestingWeeks, nestingProductivity: c.nestingProductivity }),
  };
  notes.push(note('capacity.startHeadcount', start), note('capacity.ftePerHead', { fte: ftePerHead, source: assumptions.ftePerHeadSource }));
  if (start.heads === 0) notes.push(note('capacity.newCentre', monthNames[join] ? { joinMonth: monthNames[join] } : {}));
  notes.push(note('capacity.method', {}));

  const plans: ScenarioCapacity[] = [];
  const costed: ScenarioResult[] = [];
  for (const s of scenarios) {
    const need = { scenario: s.id, months: s.drivers.months.map((m) => ({ month: m.month, days: days.get(m.month) ?? 30, paidHours: m.paidHours })) };
    const plan = scenarioCapacity(highs, need, assumptions, config.costs, config.schedule.timeLimitSeconds);
    if (!plan.ok) return within(plan, { scenario: s.id });
    const drivers = { months: s.drivers.months.map((m, i) => ({ ...m, hiringCost: plan.value.months[i].hiringCost })) };
    const costs = costBreakdown(drivers, config.costs);
    if (!costs.ok) return within(costs, { scenario: s.id });
    plans.push(plan.value);
    // the commitment's cost is the breakdown's (scenarioCommitment): the hiring cost included
    costed.push({ ...s, drivers, costs: costs.value, commitment: { ...s.commitment, totalCost: costs.value.total.total, costPerCall: costs.value.total.costPerCall } });
  }
  return success({ capacity: { assumptions, scenarios: plans, notes }, scenarios: costed });
}
