/**
 * The schedule's Skill staffing sheet (plans with data.skills): each skill
 * group's agents and each voice queue's simulated SL per interval of the
 * schedule, beside the queue's own-team Erlang figures. As a fill plan, as a
 * real .xlsx from the file writer read back with exceljs, and through the
 * Office.js writer (fake Excel, template insertion and the API fallback); zh-CN
 * captions; and no such sheet for a plan without skills or with one queue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildFillPlans, type FillPlan, type TableOperation } from '../../src/report';
import { applyFillPlan } from '../../src/workbook/file';
import { writePlansToWorkbook } from '../../src/workbook/excel';
import { makePlanResult } from '../report/fixtures/planResult';
import { BILLING, SALES, makeQueuesPlanResult, makeSkillsEmailPlanResult } from '../report/fixtures/queues';
import { FakeContext, installExcelGlobal, type FakeSheet } from './fakes/fakeExcel';

const schedule = (p: readonly FillPlan[]): FillPlan => p.find((x) => x.workbook === 'schedule')!;
const table = (p: FillPlan, name: string): TableOperation | undefined => p.operations.find((o): o is TableOperation => o.kind === 'table' && o.table === name);
const tableRef = (ws: ExcelJS.Worksheet, name: string): string =>
  (ws as unknown as { getTable(n: string): { table: { tableRef: string } } }).getTable(name).table.tableRef;
async function filled(p: FillPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const template = readFileSync(join(__dirname, '../../templates/schedule.xlsx'));
  await wb.xlsx.load(Buffer.from(await applyFillPlan(template, p)) as unknown as ExcelJS.Buffer);
  return wb;
}

const result = makeSkillsEmailPlanResult();
/** the fixture: 16 intervals (2026-01-05 and -06, 08:00–11:30), two groups, two voice queues */
const ROWS = 2 * 16;

describe('fill plan of the Skill staffing sheet', () => {
  test('one row per group and interval, group after group, agents as the plan gives them', () => {
    const rows = table(schedule(buildFillPlans(result)), 'SkillGroupIntervalsTable')!.rows;
    expect(rows).toHaveLength(ROWS);
    // 2026-01-05 is a Monday; the fixture's agents are 2 + (i mod 3) and 1 + (i mod 2)
    expect(rows[0]).toEqual([{ text: '2026-01-05' }, { text: 'Monday' }, { text: '08:00' }, { text: 'Billing only' }, 2]);
    expect(rows[2][4]).toBe(4);
    expect(rows[16]).toEqual([{ text: '2026-01-05' }, { text: 'Monday' }, { text: '08:00' }, { text: 'Blended' }, 1]);
    expect(rows[31]).toEqual([{ text: '2026-01-06' }, { text: 'Tuesday' }, { text: '11:30' }, { text: 'Blended' }, 2]);
  });

  test('one row per voice queue and interval: calls, objective, simulated SL and bounds, the own team’s Erlang agents and SL beside', () => {
    const rows = table(schedule(buildFillPlans(result)), 'SkillQueueIntervalsTable')!.rows;
    expect(rows).toHaveLength(ROWS);
    const b = BILLING.intervals[3];
    expect(rows[3]).toEqual([{ text: '2026-01-05' }, { text: 'Monday' }, { text: '09:30' }, { text: 'Billing' }, b.calls, 0.8, 0.83, 0.81, 0.85, b.agents, b.serviceLevel]);
    // Sales: no figure in its first interval, no bounds in the others; its name stays text
    const s = SALES.intervals[0];
    expect(rows[16]).toEqual([{ text: '2026-01-05' }, { text: 'Monday' }, { text: '08:00' }, { text: '=Sales' }, s.calls, 0.9, null, null, null, s.agents, s.serviceLevel]);
    expect(rows[17].slice(6, 9)).toEqual([0.92, null, null]);
  });

  test('only the schedule’s intervals: a schedule of the first day gives the first day’s rows', () => {
    const oneDay = { ...result, schedule: { ...result.schedule, coverage: result.schedule.coverage.filter((c) => c.date === '2026-01-05') } };
    const p = schedule(buildFillPlans(oneDay));
    for (const name of ['SkillGroupIntervalsTable', 'SkillQueueIntervalsTable']) {
      const rows = table(p, name)!.rows;
      expect(rows).toHaveLength(2 * 8);
      expect(rows.every((r) => (r[0] as { text: string }).text === '2026-01-05')).toBe(true);
    }
  });

  test('zh-CN: the sheet and its headers in Chinese', () => {
    const p = schedule(buildFillPlans(result, { locale: 'zh-CN' }));
    expect(p.operations).toContainEqual(expect.objectContaining({ kind: 'sheet', sheet: 'Skill staffing', caption: '技能组人力' }));
    expect(table(p, 'SkillGroupIntervalsTable')!.captions).toEqual(['日期', '星期', '开始', '技能组', '坐席']);
    expect(table(p, 'SkillQueueIntervalsTable')!.captions?.slice(6)).toEqual(['模拟服务水平（%）', '95% 下限（%）', '95% 上限（%）', '单独组队（坐席）', '单独组队服务水平（%）']);
    expect(table(p, 'SkillGroupIntervalsTable')!.rows[0][1]).toEqual({ text: '周一' });
  });

  test('without skills the sheet is omitted and nothing is written to it; a one-queue plan omits both queue sheets', () => {
    const noSkills = schedule(buildFillPlans(makeQueuesPlanResult()));
    expect(noSkills.omitSheets).toEqual(['Skill staffing']);
    const single = schedule(buildFillPlans(makePlanResult()));
    expect(single.omitSheets).toEqual(['Queue staffing', 'Skill staffing']);
    for (const p of [noSkills, single]) for (const o of p.operations) expect('sheet' in o ? o.sheet : '').not.toBe('Skill staffing');
  });
});

describe('the file writer (exceljs), read back', () => {
  test('schedule.xlsx: the sheet after Queue staffing, both tables where the contract puts them, formats kept', async () => {
    const wb = await filled(schedule(buildFillPlans(result)));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Schedule', 'Shifts', 'Roster', 'Queue staffing', 'Skill staffing', 'Schedule notes']);
    const ws = wb.getWorksheet('Skill staffing')!;
    expect(tableRef(ws, 'SkillGroupIntervalsTable')).toBe(`A5:E${5 + ROWS}`);
    expect(tableRef(ws, 'SkillQueueIntervalsTable')).toBe(`G5:Q${5 + ROWS}`);
    expect([ws.getCell('A6').value, ws.getCell('C6').value, ws.getCell('D6').value, ws.getCell('E8').value]).toEqual(['2026-01-05', '08:00', 'Billing only', 4]);
    expect([ws.getCell('J22').value, ws.getCell('J22').type, ws.getCell('M22').value, ws.getCell('P22').value]).toEqual(['=Sales', ExcelJS.ValueType.String, null, SALES.intervals[0].agents]);
    expect([ws.getCell('M9').value, ws.getCell('N9').value, ws.getCell('O9').value]).toEqual([0.83, 0.81, 0.85]);
    expect([ws.getCell('M9').numFmt, ws.getCell('P9').numFmt, ws.getCell('Q9').numFmt]).toEqual(['0.0%', '#,##0', '0.0%']);
    expect([ws.getCell('A1').value, ws.getCell('A4').value, ws.getCell('G5').value, ws.getCell('P5').value]).toEqual(['Skill groups by interval', 'Agents per skill group', 'Date', 'Own team (agents)']);
    const zh = await filled(schedule(buildFillPlans(result, { locale: 'zh-CN' })));
    expect(zh.worksheets.map((w) => w.name)).toEqual(['排班', '班次', '排班表', '队列人力', '技能组人力', '排班说明']);
    expect(zh.getWorksheet('技能组人力')!.getCell('D5').value).toBe('技能组');
  });

  test('a several-queue plan without skills and a one-queue plan: the sheets they had before', async () => {
    expect((await filled(schedule(buildFillPlans(makeQueuesPlanResult())))).worksheets.map((w) => w.name)).toEqual(['Schedule', 'Shifts', 'Roster', 'Queue staffing', 'Schedule notes']);
    const single = await filled(schedule(buildFillPlans(makePlanResult())));
    expect(single.worksheets.map((w) => w.name)).toEqual(['Schedule', 'Shifts', 'Roster', 'Schedule notes']);
    for (const n of single.definedNames.model as { ranges: string[] }[]) expect(n.ranges.join()).not.toMatch(/Skill/);
  });
});

describe('the Office.js writer (fake Excel)', () => {
  beforeEach(() => installExcelGlobal());
  const run = (ctx: FakeContext, p: readonly FillPlan[], isSetSupported: (set: string, version: string) => boolean = () => true) =>
    writePlansToWorkbook(ctx as unknown as Excel.RequestContext, p.filter((x) => x.template === 'schedule'), {
      templates: { forecast: 'Zm9yZWNhc3Q=', schedule: 'c2NoZWR1bGU=' },
      confirmReplace: async () => true,
      isSetSupported,
    });

  test('inserts the sheet with the plan’s and writes both tables; a later run without skills removes it', async () => {
    const ctx = new FakeContext();
    await run(ctx, buildFillPlans(result));
    expect(ctx.workbook.inserted.map((i) => i.sheets)).toEqual([['Schedule', 'Shifts', 'Roster', 'Queue staffing', 'Skill staffing', 'Schedule notes']]);
    const ws = ctx.workbook.worksheets.getItem('Skill staffing') as FakeSheet;
    expect(ws.tables.getItem('SkillGroupIntervalsTable').range.address).toBe(`Skill staffing!A5:E${5 + ROWS}`);
    expect(ws.tables.getItem('SkillQueueIntervalsTable').range.address).toBe(`Skill staffing!G5:Q${5 + ROWS}`);
    expect(ws.cell(5, 3)).toEqual({ value: 'Billing only', numberFormat: '@' });
    expect(ws.cell(21, 9)).toEqual({ value: '=Sales', numberFormat: '@' }); // text, never a formula
    expect(ws.cell(8, 12).value).toBe(0.83);

    await run(ctx, buildFillPlans(makeQueuesPlanResult()));
    expect(ctx.workbook.inserted[1].sheets).toEqual(['Schedule', 'Shifts', 'Roster', 'Queue staffing', 'Schedule notes']);
    expect(ctx.workbook.worksheets.getItemOrNullObject('Skill staffing').isNullObject).toBe(true);
  });

  test('without ExcelApi 1.13 the sheet is built through the API, its tables at their final size', async () => {
    const ctx = new FakeContext();
    const report = await run(ctx, buildFillPlans(result), (_set, version) => version !== '1.13');
    expect(report.written).toEqual(['Schedule', 'Shifts', 'Roster', 'Queue staffing', 'Skill staffing', 'Schedule notes']);
    const ws = ctx.workbook.worksheets.getItem('Skill staffing') as FakeSheet;
    expect(ws.tables.getItem('SkillQueueIntervalsTable').range.address).toBe(`Skill staffing!G5:Q${5 + ROWS}`);
    expect(ws.cell(5, 10).value).toBe(BILLING.intervals[0].calls);
  });
});
