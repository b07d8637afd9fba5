/** Fill plan of schedule.xlsx: Schedule (coverage per interval), Shifts (assignments, days), Roster (agent × week). */
import { addDays, weekday } from '../core/calendar/dates';
import type { PlanResult } from '../core/plan/planResult';
import { num, text, type CellValue, type FillOperation, type FillPlan } from './fillPlan';
import { labelOperations, tableHeaders } from './labelOperations';
import { type TemplateLabels, templateLabelsEn } from './templateLabels';

/** How the engine marks a day without a shift (src/core/plan/scheduleHorizon.ts). */
const ENGINE_OFF = 'Off';

/** Monday of the ISO week of a 'YYYY-MM-DD' date, and the date's weekday index (0 = Monday). */
export function weekOf(date: string): { monday: string; weekday: number } {
  const day = weekday(date);
  return { monday: addDays(date, -day), weekday: day };
}

/** Roster rows: one per agent and week, Mon…Sun shift names ('Off', in the labels' language, when none), weekly hours. */
export function rosterRows(result: PlanResult, labels: TemplateLabels = templateLabelsEn): CellValue[][] {
  const { roster, rosterDays } = result.schedule;
  const days = rosterDays.map(weekOf);
  const weeks = [...new Set(days.map((d) => d.monday))].sort();
  const rows: CellValue[][] = [];
  for (const agent of roster) {
    for (const week of weeks) {
      const cells: CellValue[] = Array.from({ length: 7 }, () => null);
      days.forEach((d, i) => {
        if (d.monday === week) cells[d.weekday] = text(!agent.shifts[i] || agent.shifts[i] === ENGINE_OFF ? labels.off : agent.shifts[i]);
      });
      rows.push([text(agent.agent), text(week), ...cells, num(agent.weeklyHours)]);
    }
  }
  return rows;
}

export function buildSchedulePlan(result: PlanResult, labels: TemplateLabels = templateLabelsEn, locale?: FillPlan['locale']): FillPlan {
  const s = result.schedule;
  const cellOp = (name: string, value: CellValue): FillOperation => ({ kind: 'cell', name, value });
  const headers = (table: string) => tableHeaders('schedule', table, labels);
  const weekday = (w: string) => text(labels.weekday(w));
  const operations: FillOperation[] = [
    ...labelOperations('schedule', labels),
    cellOp('ScheduleCentre', text(result.centre)),
    cellOp('ScheduleStatus', text(labels.status(s.status))),
    cellOp('PaidHours', num(s.paidHours)),
    cellOp('RequiredHours', num(s.requiredHours)),
    cellOp('Efficiency', num(s.efficiency)),
    cellOp('OptimalityGap', num(s.gap)),
    cellOp('SolveSeconds', num(s.solveSeconds)),
    {
      kind: 'table',
      sheet: 'Schedule',
      table: 'CoverageTable',
      ...headers('CoverageTable'),
      rows: s.coverage.map((c) => [text(c.date), weekday(c.weekday), text(c.start), num(c.required), num(c.scheduled), num(c.over), num(c.under), num(c.serviceLevel)]),
    },
    {
      kind: 'table',
      sheet: 'Shifts',
      table: 'AssignmentsTable',
      ...headers('AssignmentsTable'),
      rows: s.assignments.map((a) => [text(a.date), weekday(a.weekday), text(a.shift), text(a.start), text(a.end), text(a.breaks), num(a.count), num(a.paidHours)]),
    },
    {
      kind: 'table',
      sheet: 'Shifts',
      table: 'DaysTable',
      ...headers('DaysTable'),
      rows: s.days.map((d) => [text(d.date), weekday(d.weekday), num(d.calls), num(d.serviceLevel), num(d.paidHours)]),
    },
    { kind: 'table', sheet: 'Roster', table: 'RosterTable', ...headers('RosterTable'), rows: rosterRows(result, labels) },
  ];
  return { workbook: 'schedule', template: 'schedule', fileName: 'schedule.xlsx', ...(locale ? { locale } : {}), operations };
}
