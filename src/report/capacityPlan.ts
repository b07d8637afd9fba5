/**
 * The Capacity sheet of a budget workbook (one scenario's capacity plan):
 * the assumptions as named cells (inputs finance may change, and the hiring
 * rules as results), the class ramp, CapacityTable with the engine's required
 * FTE and hires as values and every flow and cost as a live formula (cached
 * with the engine's figure), the year's rows under the months, and the staff
 * block of the budget summary (the schedule's headcount by contract and FTE,
 * the capacity plan's peak headcount and hires).
 */
import type { ScenarioCapacity } from '../core/capacity';
import type { PlanResult } from '../core/plan/planResult';
import { capacityFormulas } from './capacityFormulas';
import { num, text, type FillOperation } from './fillPlan';
import { namedCell, namedCellFormat, planFormat, type PlanFormatContext } from './planFormats';
import { tableOperation } from './tableOperation';
import { BUDGET_SHEET, CAPACITY_RAMP_MAX, CAPACITY_SHEET, CAPACITY_TABLE, CAPACITY_TABLE_COLUMNS, RAMP_TABLE, columnLetter, type RampRow } from './templateContract';

/** Engine figures of a month by CapacityTable key. */
const figuresOf = (m: ScenarioCapacity['months'][number]): Record<string, number> => ({
  required_fte: m.requiredFte,
  hires: m.hires,
  headcount: m.headcount,
  leavers: m.leavers,
  trainees: m.trainees,
  productive_fte: m.productiveFte,
  cover_fte: m.productiveFte - m.requiredFte,
  trainee_cost: m.traineeCost,
  recruiting_cost: m.recruitingCost,
  hiring_cost: m.hiringCost,
});

/** The Capacity sheet's operations and the budget summary's staff block, for one scenario (none when the plan has no capacity for it). */
export function capacityOperations(result: PlanResult, scenarioId: string, ctx: PlanFormatContext): FillOperation[] {
  const plan = result.capacity?.scenarios.find((s) => s.scenario === scenarioId);
  const schedule = result.schedule;
  const staff: FillOperation[] = [
    namedCell('budget', 'ScheduleHeadcount', num(schedule.headcount?.total), ctx),
    namedCell('budget', 'ScheduleByContract', text(schedule.headcount ? schedule.headcount.byContract.map((c) => `${c.contract}: ${c.agents}`).join('; ') : ''), ctx),
    namedCell('budget', 'ScheduleFte', num(schedule.fte), ctx),
  ];
  if (!plan) return staff;
  const a = result.capacity.assumptions;
  const ramp: RampRow[] = a.ramp.slice(0, CAPACITY_RAMP_MAX).map((r, i) => ({ tenure: i + 1, inClass: r.inClass, unproductive: 1 - r.productive }));
  if (ramp.length === 0) ramp.push({ tenure: 1, inClass: 0, unproductive: 0 });
  const f = capacityFormulas(plan.months.length, ramp.length);
  const cell = (name: string, value: number | null) => namedCell('budget', name, value, ctx);
  const yearRow = (row: number, caption: string, formulas: Readonly<Record<string, string>>): FillOperation[] => [
    { kind: 'label', sheet: CAPACITY_SHEET, address: `A${row}`, text: caption, style: 'total' },
    ...CAPACITY_TABLE_COLUMNS.slice(1).map((c, j): FillOperation => {
      const at = `${columnLetter(j + 2)}${row}`;
      const fx = formulas[c.key];
      if (!fx) return { kind: 'label', sheet: CAPACITY_SHEET, address: at, text: '', style: 'total' };
      const numFmt = planFormat(c.numFmt, ctx) ?? c.numFmt;
      return { kind: 'formula', sheet: CAPACITY_SHEET, address: at, formula: fx, ...(numFmt ? { numFmt } : {}), style: 'total' };
    }),
  ];
  const headcountSpan = `${CAPACITY_SHEET}!D${f.at.first}:D${f.at.last}`;
  const named = (name: string, formula: string, result: number): FillOperation => {
    const numFmt = namedCellFormat('budget', name, ctx);
    return { kind: 'formula', sheet: BUDGET_SHEET, name, formula, result, ...(numFmt ? { numFmt } : {}) };
  };
  return [
    ...staff,
    named('CapacityMaxHeadcount', `=MAX(${headcountSpan})`, plan.maxHeadcount),
    named('CapacityHires', `=${CAPACITY_SHEET}!C${f.at.sum}`, plan.hires),
    cell('StartHeadcount', a.startHeadcount),
    cell('AttritionRate', a.attritionRate),
    cell('RecruitingCostPerHire', a.recruitingCostPerHire),
    cell('TrainingCostPerWeek', a.trainingCostPerWeek),
    cell('FtePerHead', a.ftePerHead),
    cell('FullTimeWeeklyHours', a.fullTimeWeeklyHours),
    cell('HiringLeadWeeks', a.hiringLeadWeeks),
    cell('TrainingWeeks', a.trainingWeeks),
    cell('NestingWeeks', a.nestingWeeks),
    cell('NestingProductivity', a.nestingProductivity),
    cell('ClassMin', a.classMin),
    cell('ClassMax', a.classMax),
    tableOperation('budget', RAMP_TABLE, ramp, ctx),
    tableOperation('budget', CAPACITY_TABLE, plan.months.map((m, i) => ({ month: m.month, formulas: f.rows[i], figures: figuresOf(m) })), ctx),
    ...yearRow(f.at.sum, ctx.labels.yearSum, f.sumRow),
    ...yearRow(f.at.max, ctx.labels.yearMax, f.maxRow),
    ...yearRow(f.at.mean, ctx.labels.yearMean, f.meanRow),
  ];
}
