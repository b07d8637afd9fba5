/**
 * The Queue staffing sheet's skill-group and e-mail tables: the fill plan's
 * rows from the plan's skills and e-mail queues, the .xlsx the file writer
 * writes read back with exceljs (where the contract puts them, empty cells for
 * a missing interval), zh-CN captions and words, and empty tables for a
 * several-queue plan without skills or e-mail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildFillPlans, type FillPlan, type TableOperation } from '../../src/report';
import { applyFillPlan } from '../../src/workbook/file';
import { makePlanResult } from '../report/fixtures/planResult';
import { makeQueuesPlanResult, makeSkillsEmailPlanResult } from '../report/fixtures/queues';

const schedule = (p: readonly FillPlan[]): FillPlan => p.find((x) => x.workbook === 'schedule')!;
const table = (p: FillPlan, name: string): TableOperation | undefined => p.operations.find((o): o is TableOperation => o.kind === 'table' && o.table === name);
const tableRef = (ws: ExcelJS.Worksheet, name: string): string =>
  (ws as unknown as { getTable(n: string): { table: { tableRef: string } } }).getTable(name).table.tableRef;

const result = makeSkillsEmailPlanResult();

describe('skill groups and e-mail queues on the Queue staffing sheet', () => {
  test('fill plan: one row per group (queues in priority order), per voice queue, per e-mail day', () => {
    const p = schedule(buildFillPlans(result));
    expect(table(p, 'SkillGroupsTable')!.rows).toEqual([
      [{ text: 'Billing only' }, { text: 'Billing' }, { text: 'Priority' }, 20, 4],
      [{ text: 'Blended' }, { text: '=Sales > Billing' }, { text: 'Longest waiting' }, 10.5, 2],
    ]);
    expect(table(p, 'SkillServiceTable')!.rows).toEqual([
      [{ text: 'Billing' }, 0.8, 20, 0.83, 0.81, 0.85],
      [{ text: '=Sales' }, 0.9, 10, 0.92, null, null],
    ]);
    // 2026-01-05 is a Monday
    expect(table(p, 'EmailDaysTable')!.rows).toEqual([
      [{ text: 'Email' }, { text: '2026-01-05' }, { text: 'Monday' }, 80, 12, 7, 1, 18.5, 24],
      [{ text: 'Email' }, { text: '2026-01-06' }, { text: 'Tuesday' }, 70, 10, 5, 2, 16, 24],
    ]);
  });

  test('without skills or e-mail the tables are empty; a one-queue plan writes none', () => {
    const p = schedule(buildFillPlans(makeQueuesPlanResult()));
    for (const name of ['SkillGroupsTable', 'SkillServiceTable', 'EmailDaysTable']) expect(table(p, name)!.rows).toEqual([]);
    const single = schedule(buildFillPlans(makePlanResult()));
    expect(single.omitSheets).toEqual(['Queue staffing', 'Skill staffing']);
    for (const name of ['SkillGroupsTable', 'SkillServiceTable', 'EmailDaysTable']) expect(table(single, name)).toBeUndefined();
  });

  test('zh-CN: captions, selection rule and weekday in Chinese', () => {
    const p = schedule(buildFillPlans(result, { locale: 'zh-CN' }));
    expect(table(p, 'SkillGroupsTable')!.captions).toEqual(['技能组', '服务队列（按优先顺序）', '选择规则', '坐席工时（小时）', '峰值坐席']);
    expect(table(p, 'SkillGroupsTable')!.rows[1][2]).toEqual({ text: '等待最久优先' });
    expect(table(p, 'SkillServiceTable')!.captions?.[3]).toBe('模拟服务水平（%）');
    expect(table(p, 'EmailDaysTable')!.captions?.slice(0, 5)).toEqual(['邮件队列', '日期', '星期', '邮件量', '日终积压']);
    expect(table(p, 'EmailDaysTable')!.rows[0][2]).toEqual({ text: '周一' });
  });

  test('schedule.xlsx read back: the three tables where the contract puts them, text kept as text, formats kept', async () => {
    const p = schedule(buildFillPlans(result));
    const wb = new ExcelJS.Workbook();
    const template = readFileSync(join(__dirname, '../../templates/schedule.xlsx'));
    await wb.xlsx.load(Buffer.from(await applyFillPlan(template, p)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Queue staffing')!;
    expect(tableRef(ws, 'SkillGroupsTable')).toBe('M5:Q7');
    expect(tableRef(ws, 'SkillServiceTable')).toBe('S5:X7');
    expect(tableRef(ws, 'EmailDaysTable')).toBe('Z5:AH7');
    expect([ws.getCell('M5').value, ws.getCell('M7').value, ws.getCell('N7').value, ws.getCell('P7').value, ws.getCell('Q7').value]).toEqual(['Skill group', 'Blended', '=Sales > Billing', 10.5, 2]);
    expect(ws.getCell('N7').type).toBe(ExcelJS.ValueType.String);
    expect([ws.getCell('S7').value, ws.getCell('V7').value, ws.getCell('W7').value, ws.getCell('X6').value]).toEqual(['=Sales', 0.92, null, 0.85]);
    expect(ws.getCell('V6').numFmt).toBe('0.0%');
    expect([ws.getCell('Z6').value, ws.getCell('AA6').value, ws.getCell('AD6').value, ws.getCell('AG6').value, ws.getCell('AH7').value]).toEqual(['Email', '2026-01-05', 12, 18.5, 24]);
    expect([ws.getCell('M4').value, ws.getCell('Z4').value]).toEqual(['Skill groups (simulated)', 'E-mail queues by day']);
  });
});
