/**
 * The queue sheets of a several-queue plan (data.queues): the forecast's
 * Queues sheet and the schedule's Queue staffing sheet, as fill plans, as a
 * real .xlsx from the file writer read back with exceljs, and through the
 * Office.js writer (fake Excel). A one-queue plan's workbooks have exactly the
 * sheets they had before queues existed, and a re-run without queues removes
 * an earlier run's queue sheets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildFillPlans, planSheets, type FillPlan, type TableOperation } from '../../src/report';
import { applyFillPlan } from '../../src/workbook/file';
import { OWNERSHIP_SETTING, writePlansToWorkbook } from '../../src/workbook/excel';
import { makePlanResult } from '../report/fixtures/planResult';
import { BILLING, CHAT, SALES, makeQueuesPlanResult } from '../report/fixtures/queues';
import { FakeContext, installExcelGlobal, type FakeSheet } from './fakes/fakeExcel';

const result = makeQueuesPlanResult();
const plans = buildFillPlans(result);
const plan = (w: string, p: readonly FillPlan[] = plans): FillPlan => p.find((x) => x.workbook === w)!;
const table = (p: FillPlan, name: string): TableOperation => {
  const op = p.operations.find((o): o is TableOperation => o.kind === 'table' && o.table === name);
  if (!op) throw new Error(`no ${name}`);
  return op;
};
const template = (name: string): Buffer => readFileSync(join(__dirname, '../../templates', `${name}.xlsx`));
async function filled(p: FillPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await applyFillPlan(template(p.template), p)) as unknown as ExcelJS.Buffer);
  return wb;
}
const tableRef = (ws: ExcelJS.Worksheet, name: string): string =>
  (ws as unknown as { getTable(n: string): { table: { tableRef: string } } }).getTable(name).table.tableRef;
/** 16 intervals a queue (two days 08:00–12:00 of half hours), three queues. */
const ROWS = 3 * 16;

describe('fill plans of a several-queue plan', () => {
  test('forecast: one summary row per queue, every queue interval, text kept as text', () => {
    const forecast = plan('forecast');
    expect(forecast.omitSheets).toBeUndefined();
    const queues = table(forecast, 'QueuesTable');
    expect(queues.sheet).toBe('Queues');
    expect(queues.rows).toHaveLength(3);
    // Queue, Channel, Chats at once, Call types, SL objective, Answer within, History calls, History AHT, Forecast calls, Agent-hours, Peak agents
    expect(queues.rows[1]).toEqual([{ text: '=Sales' }, { text: 'Voice' }, 1, { text: 'S1, S2' }, 0.9, 10, 192000, null, SALES.forecast.totalCalls, SALES.agentHours, SALES.peakAgents]);
    expect(queues.rows[2].slice(0, 4)).toEqual([{ text: 'Chat' }, { text: 'Chat' }, 2, { text: 'Chat' }]);
    const intervals = table(forecast, 'QueueIntervalsTable');
    expect(intervals.rows).toHaveLength(ROWS);
    // 2026-01-05 is a Monday; the queue's start 480 min is 08:00; the last chat interval is 11:30 on Tuesday
    expect(intervals.rows[0]).toEqual([{ text: 'Billing' }, { text: '2026-01-05' }, { text: 'Monday' }, { text: '08:00' }, BILLING.intervals[0].calls, 240, BILLING.intervals[0].agents, 0.8]);
    expect(intervals.rows[ROWS - 1].slice(0, 4)).toEqual([{ text: 'Chat' }, { text: '2026-01-06' }, { text: 'Tuesday' }, { text: '11:30' }]);
    expect(forecast.operations).toContainEqual({ kind: 'label', sheet: 'Queues', address: 'A1', text: 'Queues' });
    expect(forecast.operations.filter((o) => o.kind === 'sheet').map((o) => o.kind === 'sheet' && o.sheet)).toEqual(['Forecast', 'Staffing', 'Queues', 'Scenarios', 'Forecast notes']);
  });

  test('schedule: separate vs pooled in one row, each queue’s agents in the schedule’s intervals only', () => {
    const c = result.queues!.comparison;
    expect(table(plan('schedule'), 'PoolingTable').rows).toEqual([[c.separateAgentHours, c.pooledAgentHours, 3, 3 / c.separateAgentHours]]);
    expect(table(plan('schedule'), 'QueueAgentsTable').rows).toHaveLength(ROWS);
    // a schedule covering the first day only: the second day's queue intervals are not its requirement
    const oneDay = { ...result, schedule: { ...result.schedule, coverage: result.schedule.coverage.filter((x) => x.date === '2026-01-05') } };
    const agents = table(plan('schedule', buildFillPlans(oneDay)), 'QueueAgentsTable');
    expect(agents.rows).toHaveLength(3 * 8);
    expect(agents.rows[8]).toEqual([{ text: '2026-01-05' }, { text: 'Monday' }, { text: '08:00' }, { text: '=Sales' }, { text: 'Voice' }, SALES.intervals[0].agents]);
    expect(agents.rows[16].slice(3)).toEqual([{ text: 'Chat' }, { text: 'Chat' }, CHAT.intervals[0].agents]);
  });

  test('zh-CN: the sheets, captions and channels in Chinese', () => {
    const zh = buildFillPlans(result, { locale: 'zh-CN' });
    const queues = table(plan('forecast', zh), 'QueuesTable');
    expect(queues.captions?.slice(0, 3)).toEqual(['队列', '渠道', '同时会话数']);
    expect(queues.rows[2][1]).toEqual({ text: '在线聊天' });
    expect(queues.rows[0][1]).toEqual({ text: '语音' });
    expect(plan('forecast', zh).operations).toContainEqual(expect.objectContaining({ kind: 'sheet', sheet: 'Queues', caption: '队列' }));
    expect(plan('schedule', zh).operations).toContainEqual(expect.objectContaining({ kind: 'sheet', sheet: 'Queue staffing', caption: '队列人力' }));
  });

  test('a one-queue plan omits both queue sheets and writes nothing to them', () => {
    const single = buildFillPlans(makePlanResult());
    expect(plan('forecast', single).omitSheets).toEqual(['Queues']);
    expect(plan('schedule', single).omitSheets).toEqual(['Queue staffing', 'Skill staffing']);
    for (const p of single) for (const o of p.operations) expect('sheet' in o ? o.sheet : '').not.toMatch(/^Queue/);
    // only an optional sheet can be left out
    expect(() => planSheets({ template: 'forecast', omitSheets: ['Staffing'] })).toThrow('the forecast template has no optional sheet Staffing');
  });
});

describe('the file writer (exceljs), read back', () => {
  test('forecast.xlsx: the Queues sheet in its place, the summary and the intervals where the contract puts them', async () => {
    const wb = await filled(plan('forecast'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Forecast', 'Staffing', 'Queues', 'Scenarios', 'Forecast notes']);
    const ws = wb.getWorksheet('Queues')!;
    expect(tableRef(ws, 'QueuesTable')).toBe('A5:K8');
    expect(tableRef(ws, 'QueueIntervalsTable')).toBe(`M5:T${5 + ROWS}`);
    expect([ws.getCell('A6').value, ws.getCell('B6').value, ws.getCell('G6').value, ws.getCell('J6').value]).toEqual(['Billing', 'Voice', 384000, BILLING.agentHours]);
    expect(ws.getCell('A7').value).toBe('=Sales');
    expect(ws.getCell('A7').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('H7').value).toBeNull(); // no AHT in the queue's history: an empty cell
    expect([ws.getCell('B8').value, ws.getCell('C8').value, ws.getCell('E7').numFmt]).toEqual(['Chat', 2, '0.0%']);
    expect([ws.getCell('M6').value, ws.getCell('N6').value, ws.getCell('P6').value, ws.getCell('S6').value]).toEqual(['Billing', '2026-01-05', '08:00', BILLING.intervals[0].agents]);
    expect(ws.getCell(`M${5 + ROWS}`).value).toBe('Chat');
    expect(ws.getCell('A1').value).toBe('Queues');
  });

  test('schedule.xlsx: the comparison and the per-queue agents; zh-CN shows the sheet as 队列人力', async () => {
    const wb = await filled(plan('schedule'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Schedule', 'Shifts', 'Roster', 'Queue staffing', 'Schedule notes']);
    const ws = wb.getWorksheet('Queue staffing')!;
    const c = result.queues!.comparison;
    expect([ws.getCell('A6').value, ws.getCell('B6').value, ws.getCell('C6').value]).toEqual([c.separateAgentHours, c.pooledAgentHours, 3]);
    expect(ws.getCell('D6').numFmt).toBe('0.0%');
    expect(tableRef(ws, 'QueueAgentsTable')).toBe(`F5:K${5 + ROWS}`);
    expect([ws.getCell('I22').value, ws.getCell('K22').value]).toEqual(['=Sales', SALES.intervals[0].agents]);
    // the long subtitle wraps within its first page; the other sheets' subtitles are left to run on (no shared style wraps them in column A)
    expect((ws.model as { merges?: string[] }).merges).toContain('A2:L2');
    for (const other of ['Schedule', 'Shifts', 'Roster', 'Schedule notes']) expect(wb.getWorksheet(other)!.getCell('A2').alignment?.wrapText).toBeFalsy();
    const zh = await filled(plan('schedule', buildFillPlans(result, { locale: 'zh-CN' })));
    expect(zh.worksheets.map((w) => w.name)).toEqual(['排班', '班次', '排班表', '队列人力', '排班说明']);
    expect(zh.getWorksheet('队列人力')!.getCell('A5').value).toBe('分开团队（小时）');
  });

  test('schedule.xlsx, scheduled team by team: one row per team with its hours, gap, heads and FTE; empty for one pooled team', async () => {
    const teams = [
      { name: 'Billing', queues: ['Billing'], concurrency: 1, status: 'optimal', paidHours: 320, requiredHours: 281.5, lowerBound: 318, gap: 0.00625, headcount: 9, fte: 8 },
      { name: 'Chat', queues: ['Chat'], concurrency: 2, status: 'time-limit', paidHours: 160, requiredHours: 120, lowerBound: 150, gap: 0.0625, headcount: 5, fte: 4 },
    ];
    const byTeams = { ...result, schedule: { ...result.schedule, teams } };
    const ws = (await filled(plan('schedule', buildFillPlans(byTeams)))).getWorksheet('Queue staffing')!;
    expect(tableRef(ws, 'TeamsTable')).toBe('AJ5:AP7');
    expect([5, 6, 7].map((r) => ['AJ', 'AK', 'AL', 'AM', 'AN', 'AO', 'AP'].map((c) => ws.getCell(`${c}${r}`).value))).toEqual([
      ['Team', 'Queues (first first)', 'Paid hours (h)', 'Required hours (h)', 'Above bound (%)', 'Agents', 'FTE'],
      ['Billing', 'Billing', 320, 281.5, 0.00625, 9, 8],
      ['Chat', 'Chat', 160, 120, 0.0625, 5, 4],
    ]);
    expect(table(plan('schedule'), 'TeamsTable').rows).toEqual([]);
  });

  test('a one-queue plan’s workbooks have the sheets they always had, and no name points at a removed sheet', async () => {
    const single = buildFillPlans(makePlanResult());
    const forecast = await filled(plan('forecast', single));
    expect(forecast.worksheets.map((w) => w.name)).toEqual(['Forecast', 'Staffing', 'Scenarios', 'Forecast notes']);
    const schedule = await filled(plan('schedule', single));
    expect(schedule.worksheets.map((w) => w.name)).toEqual(['Schedule', 'Shifts', 'Roster', 'Schedule notes']);
    for (const wb of [forecast, schedule]) {
      for (const n of wb.definedNames.model as { ranges: string[] }[]) expect(n.ranges.join()).not.toMatch(/Queue/);
    }
  });
});

describe('the Office.js writer (fake Excel)', () => {
  beforeEach(() => installExcelGlobal());
  const run = (ctx: FakeContext, p: readonly FillPlan[], isSetSupported: (set: string, version: string) => boolean = () => true) =>
    writePlansToWorkbook(ctx as unknown as Excel.RequestContext, p.filter((x) => x.template !== 'budget'), {
      templates: { forecast: 'Zm9yZWNhc3Q=', schedule: 'c2NoZWR1bGU=' },
      confirmReplace: async () => true,
      isSetSupported,
    });

  test('inserts the queue sheets with the plan’s, and a later one-queue run removes them', async () => {
    const ctx = new FakeContext();
    await run(ctx, plans);
    expect(ctx.workbook.inserted.map((i) => i.sheets)).toEqual([
      ['Forecast', 'Staffing', 'Queues', 'Scenarios', 'Forecast notes'],
      ['Schedule', 'Shifts', 'Roster', 'Queue staffing', 'Schedule notes'],
    ]);
    const queues = ctx.workbook.worksheets.getItem('Queues') as FakeSheet;
    expect(queues.tables.getItem('QueueIntervalsTable').range.address).toBe(`Queues!M5:T${5 + ROWS}`);
    expect(queues.cell(6, 0)).toEqual({ value: '=Sales', numberFormat: '@' }); // text, never a formula
    expect(JSON.parse(ctx.workbook.settingMap.get(OWNERSHIP_SETTING) as string)).toHaveProperty(['Queue staffing', 'hash']);

    await run(ctx, buildFillPlans(makePlanResult()));
    expect(ctx.workbook.inserted.slice(2).map((i) => i.sheets)).toEqual([['Forecast', 'Staffing', 'Scenarios', 'Forecast notes'], ['Schedule', 'Shifts', 'Roster', 'Schedule notes']]);
    expect(ctx.workbook.worksheets.getItemOrNullObject('Queues').isNullObject).toBe(true);
    expect(ctx.workbook.worksheets.getItemOrNullObject('Queue staffing').isNullObject).toBe(true);
    expect(Object.keys(JSON.parse(ctx.workbook.settingMap.get(OWNERSHIP_SETTING) as string))).not.toContain('Queues');
  });

  test('without ExcelApi 1.13 the sheets are built through the API: the queue sheets for a several-queue plan only', async () => {
    const old = (_set: string, version: string) => version !== '1.13';
    const ctx = new FakeContext();
    const report = await run(ctx, plans, old);
    expect(ctx.workbook.inserted).toEqual([]);
    expect(report.written).toEqual(['Forecast', 'Staffing', 'Queues', 'Scenarios', 'Forecast notes', 'Schedule', 'Shifts', 'Roster', 'Queue staffing', 'Schedule notes']);
    const staffing = ctx.workbook.worksheets.getItem('Queue staffing') as FakeSheet;
    expect(staffing.tables.getItem('QueueAgentsTable').range.address).toBe(`Queue staffing!F5:K${5 + ROWS}`);
    const single = new FakeContext();
    expect((await run(single, buildFillPlans(makePlanResult()), old)).written).toEqual(['Forecast', 'Staffing', 'Scenarios', 'Forecast notes', 'Schedule', 'Shifts', 'Roster', 'Schedule notes']);
  });
});
