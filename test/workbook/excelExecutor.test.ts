import { buildFillPlans, type FillPlan } from '../../src/report';
import { OWNERSHIP_SETTING, writePlansToWorkbook, type ExcelWriterOptions } from '../../src/workbook/excel';
import { makePlanResult } from '../report/fixtures/planResult';
import { FakeContext, installExcelGlobal, type FakeSheet } from './fakes/fakeExcel';

const result = makePlanResult();
const plans = buildFillPlans(result);
const sheetPlans = plans.filter((p) => p.template !== 'budget');

const run = (ctx: FakeContext, p: readonly FillPlan[], o: Partial<ExcelWriterOptions> = {}) =>
  writePlansToWorkbook(ctx as unknown as Excel.RequestContext, p, {
    templates: { forecast: 'Zm9yZWNhc3Q=', schedule: 'c2NoZWR1bGU=' },
    confirmReplace: async () => true,
    isSetSupported: () => true,
    ...o,
  });
const sheet = (ctx: FakeContext, name: string): FakeSheet => ctx.workbook.worksheets.getItem(name) as FakeSheet;

describe('writePlansToWorkbook (Office.js executor, fake Excel)', () => {
  let opened: string[];
  beforeEach(() => ({ opened } = installExcelGlobal()));

  it('inserts the template sheets, fills tables at the right ranges and adds the charts', async () => {
    const ctx = new FakeContext();
    const report = await run(ctx, plans, { renderBudget: async (p) => `b64:${p.fileName}` });
    expect(ctx.workbook.inserted.map((i) => i.sheets)).toEqual([['Forecast', 'Staffing', 'Scenarios', 'Forecast notes'], ['Schedule', 'Shifts', 'Roster', 'Schedule notes']]);
    expect(report.written).toEqual(['Forecast', 'Staffing', 'Scenarios', 'Forecast notes', 'Schedule', 'Shifts', 'Roster', 'Schedule notes']);
    for (const s of ctx.workbook.sheetList) expect((s as unknown as { protected_: boolean }).protected_).toBe(true);
    expect(sheet(ctx, 'Roster').pageLayout.headersFooters.defaultForAllPages.rightFooter).toBe('&8Page &P of &N');
    const staffing = sheet(ctx, 'Staffing');
    expect(staffing.tables.getItem('StaffingTable').range.address).toBe(`Staffing!A8:O${8 + result.intervals.length}`);
    expect(staffing.getRange('D9').values[0][0]).toBeCloseTo(result.intervals[0].calls);
    expect(sheet(ctx, 'Schedule').chartList.map((c) => [c.type, c.title.text, c.source])).toEqual([
      ['Line', 'Required vs scheduled agents per interval', `Schedule!D9:E${9 + result.schedule.coverage.length}`],
    ]);
    expect(sheet(ctx, 'Scenarios').chartList[0]).toMatchObject({ type: 'XYScatter', title: { text: 'Cost against committed service level' } });
    expect(opened).toEqual(['b64:budget-high.xlsx', 'b64:budget-mid.xlsx', 'b64:budget-low.xlsx']);
    expect(report.budgetsOpened).toHaveLength(3);
    expect(JSON.parse(ctx.workbook.settingMap.get(OWNERSHIP_SETTING) as string)).toHaveProperty('Roster.hash');
  });

  it('writes strings from data as text, never as formulas', async () => {
    const ctx = new FakeContext();
    await run(ctx, sheetPlans);
    const centre = ctx.workbook.names.getItem('Centre').getRange();
    expect(centre.formulas[0][0]).toBe(result.centre); // stored as the text itself, no formula
    const cell = sheet(ctx, 'Roster').cell(5, 0);
    expect(cell).toEqual({ value: '=cmd|calc', numberFormat: '@' });
    expect(sheet(ctx, 'Roster').cell(5, 3)).toEqual({ value: '16:00–00:30', numberFormat: '@' });
    for (const s of ctx.workbook.sheetList) for (const c of s.cells.values()) expect(c.formula).toBeUndefined();
  });

  it('fills large tables in batches that stay within the per-request cell limit', async () => {
    const big = { ...result, intervals: Array.from({ length: 3000 }, (_, i) => ({ ...result.intervals[i % result.intervals.length] })) };
    const ctx = new FakeContext(5000);
    const report = await run(ctx, buildFillPlans(big).slice(0, 1));
    expect(report.batches).toBeGreaterThan(10);
    expect(ctx.maxCellsInOneSync).toBeLessThanOrEqual(5000);
    expect(sheet(ctx, 'Forecast').tables.getItem('ForecastTable').range.rowCount).toBe(3001);
  });

  it('asks before replacing a sheet it did not create, and keeps it when refused', async () => {
    const ctx = new FakeContext();
    const mine = ctx.workbook.worksheets.add('Forecast');
    mine.cell(0, 0).value = 'my own notes';
    const asked: string[] = [];
    const report = await run(ctx, sheetPlans, { confirmReplace: async (n) => (asked.push(n), false) });
    expect(asked).toEqual(['Forecast']);
    expect(report.skipped).toEqual([{ workbook: 'forecast', reason: 'kept the existing sheets (replacement declined)' }]);
    expect(sheet(ctx, 'Forecast')).toBe(mine);
    expect(mine.cell(0, 0).value).toBe('my own notes');
    expect(report.written).toEqual(['Schedule', 'Shifts', 'Roster', 'Schedule notes']);
  });

  it('re-running replaces its own sheets silently, but asks once the user has edited one', async () => {
    const ctx = new FakeContext();
    await run(ctx, sheetPlans);
    const asked: string[] = [];
    const confirmReplace = async (n: string) => (asked.push(n), true);
    const first = sheet(ctx, 'Schedule');
    await run(ctx, sheetPlans, { confirmReplace });
    expect(asked).toEqual([]);
    expect(sheet(ctx, 'Schedule')).not.toBe(first);
    expect(ctx.workbook.sheetList.filter((s) => s.name === 'Schedule')).toHaveLength(1);
    sheet(ctx, 'Schedule').cell(40, 0).value = 'note by a team lead';
    await run(ctx, sheetPlans, { confirmReplace });
    expect(asked).toEqual(['Schedule']);
  });

  it('without ExcelApi 1.13 it builds the sheets through the API, tables at full size', async () => {
    const ctx = new FakeContext();
    const report = await run(ctx, sheetPlans, { isSetSupported: (_s, v) => v !== '1.13' });
    expect(ctx.workbook.inserted).toEqual([]);
    expect(report.written).toContain('Roster');
    expect(sheet(ctx, 'Schedule').tables.getItem('CoverageTable').range.address).toBe(`Schedule!A9:H${9 + result.schedule.coverage.length}`);
    expect(sheet(ctx, 'Schedule').frozen).toBe(9);
    expect(ctx.workbook.names.getItem('PaidHours').getRange().values[0][0]).toBe(result.schedule.paidHours);
  });

  it('zh-CN: sheets show Chinese names and footers, and a re-run replaces them under those names', async () => {
    const zh = buildFillPlans(result, { locale: 'zh-CN' }).filter((p) => p.template !== 'budget');
    const ctx = new FakeContext();
    const report = await run(ctx, zh);
    expect(report.written).toEqual(['预测', '人力', '方案', '预测说明', '排班', '班次', '排班表', '排班说明']);
    expect(sheet(ctx, '排班表').pageLayout.headersFooters.defaultForAllPages.rightFooter).toBe('&8第 &P 页，共 &N 页');
    const asked: string[] = [];
    await run(ctx, zh, { confirmReplace: async (n) => (asked.push(n), true) });
    expect(asked).toEqual([]);
    expect(ctx.workbook.sheetList.map((s) => s.name).sort()).toEqual([...report.written].sort());
  });

  it('skips budgets, with a reason, when no renderer is given', async () => {
    const ctx = new FakeContext();
    const report = await run(ctx, plans.filter((p) => p.template === 'budget'));
    expect(report.skipped.map((s) => s.workbook)).toEqual(['budget-high', 'budget-mid', 'budget-low']);
    expect(opened).toEqual([]);
  });
});
