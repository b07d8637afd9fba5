import { buildFillPlans, callsByMonth, type FillPlan } from '../../src/report';
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
    // the charts of the plans' specs: the same ranges as the file writer's chart parts
    const n = result.schedule.coverage.length;
    const coverage = sheet(ctx, 'Schedule').chartList;
    expect(coverage.map((c) => [c.type, c.name, c.title.text, c.position])).toEqual([['Line', 'NineStepCoverage', 'Required vs scheduled agents per interval', ['J10', 'S38']]]);
    expect(coverage[0].seriesList).toEqual([
      { name: 'Required (agents)', values: `Schedule!D10:D${9 + n}`, xValues: `Schedule!B10:B${9 + n}` },
      { name: 'Scheduled (agents)', values: `Schedule!E10:E${9 + n}`, xValues: `Schedule!B10:B${9 + n}` },
    ]);
    const perDay = Math.round(n / new Set(result.schedule.coverage.map((c) => c.date)).size);
    expect(coverage[0].axisList).toEqual({
      Category: { title: { text: 'Interval' }, numberFormat: '', tickLabelSpacing: perDay, tickMarkSpacing: perDay },
      Value: { title: { text: 'Agents' }, numberFormat: '#,##0' },
    });
    const scenarios = sheet(ctx, 'Scenarios').chartList[0];
    expect(scenarios).toMatchObject({ type: 'XYScatter', title: { text: 'Yearly cost against committed service level, by plan' } });
    expect(scenarios.seriesList.map((s) => s.name)).toEqual(result.scenarios.map((s) => s.label));
    expect(scenarios.seriesList[0]).toMatchObject({ values: 'Scenarios!L9:L9', xValues: 'Scenarios!G9:G9' });
    expect(scenarios.axisList.Value).toEqual({ title: { text: `Cost (${result.currency})` }, numberFormat: `"${result.currency}" #,##0` });
    const months = sheet(ctx, 'Forecast').chartList[0];
    expect(months.seriesList.map((s) => [s.name, s.values])).toEqual([
      ['History (calls)', `Forecast!J13:J${12 + callsByMonth(result).length}`],
      ['Forecast (calls)', `Forecast!K13:K${12 + callsByMonth(result).length}`],
    ]);
    // print: the plan's paper (EUR: A4), each chart a print range of its own, at most 12 columns a page
    const staffingLayout = sheet(ctx, 'Staffing').pageLayout;
    expect(staffingLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', printArea: `A1:O${8 + result.intervals.length}` });
    // 15 columns of 8.43 (64 px = 48 pt × 1.05 = 50.4 pt): 12 fit at 70 % of A4 landscape's 784.3 pt; scale 784.3 / 604.8 → 100 %
    expect(staffingLayout.zoom).toEqual({ scale: 100 });
    expect(sheet(ctx, 'Staffing').pageBreaks).toEqual(['M1']);
    expect(sheet(ctx, 'Schedule').pageLayout.printArea).toBe(`A1:H${9 + n},J10:S38`);
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
