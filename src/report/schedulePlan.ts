/** Fill plan of schedule.xlsx: Schedule (coverage per interval), Shifts (assignments, days), Roster (agent × week). */
import { addDays, weekday } from '../core/calendar/dates';
import type { PlanResult } from '../core/plan/planResult';
import { num, text, type CellValue, type FillOperation, type FillPlan } from './fillPlan';
import type { SheetPlanOptions } from './forecastPlan';
import { coverageChart } from './charts';
import { labelOperations, sheetOperations } from './labelOperations';
import { notesOperation } from './notesPlan';
import { namedCell, type PlanFormatContext } from './planFormats';
import { tableOperation, tableValues } from './tableOperation';
import { ASSIGNMENTS_TABLE, COVERAGE_TABLE, DAYS_TABLE, ROSTER_TABLE, type RosterWeek } from './templateContract';
import { type TemplateLabels, templateLabelsEn } from './templateLabels';

/** Monday of the ISO week of a 'YYYY-MM-DD' date, and the date's weekday index (0 = Monday). */
export function weekOf(date: string): { monday: string; weekday: number } {
  const day = weekday(date);
  return { monday: addDays(date, -day), weekday: day };
}

/** The roster by agent and week: each day's shift (Monday first; undefined for a day outside the horizon) and the weekly hours. */
export function rosterWeeks(result: PlanResult): RosterWeek[] {
  const { roster, rosterDays } = result.schedule;
  const days = rosterDays.map(weekOf);
  const weeks = [...new Set(days.map((d) => d.monday))].sort();
  const rows: RosterWeek[] = [];
  for (const agent of roster) {
    for (const week of weeks) {
      const shifts: (string | undefined)[] = Array.from({ length: 7 }, () => undefined);
      days.forEach((d, i) => {
        if (d.monday === week) shifts[d.weekday] = agent.shifts[i] ?? '';
      });
      rows.push({ agent: agent.agent, week, shifts, weeklyHours: agent.weeklyHours });
    }
  }
  return rows;
}

/** Roster rows: one per agent and week, Mon…Sun shift names ('Off', in the labels' language, when none), weekly hours. */
export const rosterRows = (result: PlanResult, labels: TemplateLabels = templateLabelsEn): CellValue[][] =>
  tableValues(ROSTER_TABLE, rosterWeeks(result), labels) as CellValue[][];

export function buildSchedulePlan(result: PlanResult, labels: TemplateLabels = templateLabelsEn, options: SheetPlanOptions = {}): FillPlan {
  const s = result.schedule;
  const ctx: PlanFormatContext = { currency: result.currency, labels };
  const cellOp = (name: string, value: CellValue): FillOperation => namedCell('schedule', name, value, ctx);
  const operations: FillOperation[] = [
    ...labelOperations('schedule', labels),
    cellOp('ScheduleCentre', text(result.centre)),
    cellOp('ScheduleStatus', text(labels.status(s.status))),
    cellOp('PaidHours', num(s.paidHours)),
    cellOp('RequiredHours', num(s.requiredHours)),
    cellOp('Efficiency', num(s.efficiency)),
    cellOp('OptimalityGap', num(s.gap)),
    cellOp('SolveSeconds', num(s.solveSeconds)),
    tableOperation('schedule', COVERAGE_TABLE, s.coverage, ctx),
    tableOperation('schedule', ASSIGNMENTS_TABLE, s.assignments, ctx),
    tableOperation('schedule', DAYS_TABLE, s.days, ctx),
    tableOperation('schedule', ROSTER_TABLE, rosterWeeks(result), ctx),
    coverageChart(s.coverage, labels.charts),
    notesOperation('schedule', result, ctx, options.timeZone ? { timeZone: options.timeZone } : {}),
    ...sheetOperations('schedule', labels),
  ];
  return { workbook: 'schedule', template: 'schedule', fileName: 'schedule.xlsx', ...(options.locale ? { locale: options.locale } : {}), operations };
}
