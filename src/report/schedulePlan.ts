/** Fill plan of schedule.xlsx: Schedule (coverage per interval), Shifts (assignments, days), Roster (agent × week), Queue staffing (several-queue plans only), Skill staffing (with data.skills only). */
import { addDays, weekday } from '../core/calendar/dates';
import type { PlanResult } from '../core/plan/planResult';
import { num, text, type CellValue, type FillOperation, type FillPlan } from './fillPlan';
import type { SheetPlanOptions } from './forecastPlan';
import { coverageChart } from './charts';
import { labelOperations, sheetOperations } from './labelOperations';
import { notesOperation } from './notesPlan';
import { QUEUE_STAFFING_SHEET, SKILL_STAFFING_SHEET, scheduleQueueTables, scheduleSkillTables } from './queuesPlan';
import { namedCell, type PlanFormatContext } from './planFormats';
import { tableOperation, tableValues } from './tableOperation';
import { ASSIGNMENTS_TABLE, COVERAGE_TABLE, DAYS_TABLE, ROSTER_HOLIDAY, ROSTER_TABLE, type RosterWeek } from './templateContract';
import { type TemplateLabels, templateLabelsEn } from './templateLabels';

/** Monday of the ISO week of a 'YYYY-MM-DD' date, and the date's weekday index (0 = Monday). */
export function weekOf(date: string): { monday: string; weekday: number } {
  const day = weekday(date);
  return { monday: addDays(date, -day), weekday: day };
}

/**
 * The rotating roster by agent and calendar week (Monday first): each day's
 * shift "HH:MM–HH:MM" by its start date ('' for a day off, ROSTER_HOLIDAY for a
 * paid holiday; undefined for a day outside the rotation) and the paid hours of the rotation week that
 * starts in that calendar week (the first one it touches).
 */
export function rosterWeeks(result: PlanResult): RosterWeek[] {
  const { roster, rosterDays } = result.schedule;
  const days = rosterDays.map(weekOf);
  const weeks = [...new Set(days.map((d) => d.monday))].sort();
  const rows: RosterWeek[] = [];
  for (const agent of roster) {
    const byDate = new Map([
      ...agent.paidHolidays.map((h): [string, string] => [h.date, ROSTER_HOLIDAY]),
      ...agent.shifts.map((s): [string, string] => [s.start.slice(0, 10), `${s.start.slice(11)}–${s.end.slice(11)}`]),
    ]);
    for (const week of weeks) {
      const shifts: (string | undefined)[] = Array.from({ length: 7 }, () => undefined);
      const inWeek = days.flatMap((d, i) => (d.monday === week ? [i] : []));
      for (const i of inWeek) shifts[days[i].weekday] = byDate.get(rosterDays[i]) ?? '';
      const starting = inWeek.find((i) => i % 7 === 0) ?? inWeek[0];
      rows.push({ agent: agent.agent, week, shifts, weeklyHours: agent.weeklyHours[Math.floor(starting / 7)] ?? 0 });
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
  const omitSheets = [...(result.queues ? [] : [QUEUE_STAFFING_SHEET]), ...(result.queues?.skills ? [] : [SKILL_STAFFING_SHEET])];
  const operations: FillOperation[] = [
    ...labelOperations('schedule', labels, omitSheets),
    cellOp('ScheduleCentre', text(result.centre)),
    cellOp('ScheduleStatus', text(labels.status(s.status))),
    cellOp('PaidHours', num(s.paidHours)),
    cellOp('RequiredHours', num(s.requiredHours)),
    cellOp('Efficiency', num(s.efficiency)),
    cellOp('OptimalityGap', num(s.gap)),
    cellOp('SolveSeconds', num(s.solveSeconds)),
    cellOp('Headcount', s.headcount ? num(s.headcount.total) : null),
    cellOp('Fte', num(s.fte)),
    cellOp('HeadcountByContract', s.headcount ? text(s.headcount.byContract.map((c) => `${c.contract} ${c.agents}`).join('; ')) : null),
    tableOperation('schedule', COVERAGE_TABLE, s.coverage, ctx),
    tableOperation('schedule', ASSIGNMENTS_TABLE, s.assignments, ctx),
    tableOperation('schedule', DAYS_TABLE, s.days, ctx),
    tableOperation('schedule', ROSTER_TABLE, rosterWeeks(result), ctx),
    ...scheduleQueueTables(result, ctx),
    ...scheduleSkillTables(result, ctx),
    coverageChart(s.coverage, labels.charts),
    notesOperation('schedule', result, ctx, options.timeZone ? { timeZone: options.timeZone } : {}),
    ...sheetOperations('schedule', labels, omitSheets),
  ];
  return {
    workbook: 'schedule',
    template: 'schedule',
    fileName: 'schedule.xlsx',
    ...(options.locale ? { locale: options.locale } : {}),
    ...(omitSheets.length ? { omitSheets } : {}),
    operations,
  };
}
