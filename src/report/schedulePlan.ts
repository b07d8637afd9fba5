/** Fill plan of schedule.xlsx: Schedule (coverage per interval), Shifts (assignments, days), Roster (agent × week). */
import { addDays, weekday } from '../core/calendar/dates';
import type { PlanResult } from '../core/plan/planResult';
import { num, text, type CellValue, type FillOperation, type FillPlan } from './fillPlan';
import { labelOperations } from './labelOperations';
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

export function buildSchedulePlan(result: PlanResult, labels: TemplateLabels = templateLabelsEn, locale?: FillPlan['locale']): FillPlan {
  const s = result.schedule;
  const cellOp = (name: string, value: CellValue): FillOperation => ({ kind: 'cell', name, value });
  const operations: FillOperation[] = [
    ...labelOperations('schedule', labels),
    cellOp('ScheduleCentre', text(result.centre)),
    cellOp('ScheduleStatus', text(labels.status(s.status))),
    cellOp('PaidHours', num(s.paidHours)),
    cellOp('RequiredHours', num(s.requiredHours)),
    cellOp('Efficiency', num(s.efficiency)),
    cellOp('OptimalityGap', num(s.gap)),
    cellOp('SolveSeconds', num(s.solveSeconds)),
    tableOperation('schedule', COVERAGE_TABLE, s.coverage, labels),
    tableOperation('schedule', ASSIGNMENTS_TABLE, s.assignments, labels),
    tableOperation('schedule', DAYS_TABLE, s.days, labels),
    tableOperation('schedule', ROSTER_TABLE, rosterWeeks(result), labels),
  ];
  return { workbook: 'schedule', template: 'schedule', fileName: 'schedule.xlsx', ...(locale ? { locale } : {}), operations };
}
