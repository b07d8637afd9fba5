/**
 * The written workbooks carry native charts and a print setup: unzips the
 * .xlsx the file writer makes and reads the chart parts, the drawings that
 * anchor them, their relationships and content types, the column breaks and
 * the print ranges — and checks the workbook still opens in exceljs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildFillPlans, callsByMonth, sheetPrintLayout, type FillPlan } from '../../src/report';
import { applyFillPlan } from '../../src/workbook/file';
import { makePlanResult } from '../report/fixtures/planResult';

const result = makePlanResult();
const template = (name: string): Buffer => readFileSync(join(__dirname, '../../templates', `${name}.xlsx`));
const unzip = async (plan: FillPlan): Promise<{ zip: JSZip; bytes: Uint8Array }> => {
  const bytes = await applyFillPlan(template(plan.template), plan);
  return { zip: await JSZip.loadAsync(bytes), bytes };
};
const text = async (zip: JSZip, path: string): Promise<string> => {
  const f = zip.file(path);
  if (!f) throw new Error(`no part ${path}`);
  return f.async('string');
};
const refs = (xml: string): string[] => [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));

describe('native charts in the written workbooks', () => {
  const plans = buildFillPlans(result);
  const [forecast, schedule, budget] = plans;

  it('budget: cost by month stacked by category and each plan cost against SL, on the live cells', async () => {
    const { zip, bytes } = await unzip(budget);
    const cost = await text(zip, 'xl/charts/chart1.xml');
    expect(cost).toContain('<c:grouping val="stacked"/>');
    expect(cost).toContain('<c:barDir val="col"/>');
    const n = result.scenarios[0].drivers.months.length;
    // nine categories, Labour (column I) first, each over the month rows 21…20+n, named by its header cell
    expect(refs(cost).slice(0, 3)).toEqual(["'Budget'!$I$20", "'Budget'!$A$21:$A$" + (20 + n), "'Budget'!$I$21:$I$" + (20 + n)]);
    expect(refs(cost).filter((r) => r.endsWith('$20'))).toHaveLength(9);
    expect(cost).toContain(`<a:t>Cost (${result.currency})</a:t>`);
    const plansChart = await text(zip, 'xl/charts/chart2.xml');
    expect(plansChart).toContain('<c:scatterChart>');
    expect(refs(plansChart)).toEqual(result.scenarios.flatMap((_, i) => [`'Budget'!$K$${6 + i}`, `'Budget'!$L$${6 + i}`, `'Budget'!$M$${6 + i}`]));
    // the caches hold what the cells hold: the scenario's own yearly total
    expect(plansChart).toContain(`<c:v>${result.scenarios[0].costs.total.total}</c:v>`);

    expect(await text(zip, 'xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rIdNineStepDrawing"\/><tableParts/);
    expect(await text(zip, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    expect(await text(zip, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart2.xml"');
    const types = await text(zip, '[Content_Types].xml');
    for (const part of ['/xl/drawings/drawing1.xml', '/xl/charts/chart1.xml', '/xl/charts/chart2.xml']) expect(types).toContain(`PartName="${part}"`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Budget')!.getCell('L6').value).toMatchObject({ formula: 'CommittedServiceLevel' });
  });

  it('forecast: calls by month, history then forecast, and the plans; schedule: required vs scheduled by weekday and start', async () => {
    const { zip } = await unzip(forecast);
    const months = callsByMonth(result).length;
    const calls = await text(zip, 'xl/charts/chart1.xml');
    expect(calls).toContain('<c:lineChart>');
    expect(refs(calls)).toEqual([`'Forecast'!$J$12`, `'Forecast'!$I$13:$I$${12 + months}`, `'Forecast'!$J$13:$J$${12 + months}`, `'Forecast'!$K$12`, `'Forecast'!$I$13:$I$${12 + months}`, `'Forecast'!$K$13:$K$${12 + months}`]);
    expect(await text(zip, 'xl/charts/chart2.xml')).toContain(`<c:f>'Scenarios'!$G$9</c:f>`);

    const s = await unzip(schedule);
    const coverage = await text(s.zip, 'xl/charts/chart1.xml');
    const n = result.schedule.coverage.length;
    expect(refs(coverage)).toEqual([`'Schedule'!$D$9`, `'Schedule'!$B$10:$B$${9 + n}`, `'Schedule'!$D$10:$D$${9 + n}`, `'Schedule'!$E$9`, `'Schedule'!$B$10:$B$${9 + n}`, `'Schedule'!$E$10:$E$${9 + n}`]);
    expect(coverage).toContain(`<c:v>${result.schedule.coverage[0].weekday}</c:v>`);
    // one weekday label a day: the intervals a day open
    const perDay = n / new Set(result.schedule.coverage.map((c) => c.date)).size;
    expect(coverage).toContain(`<c:tickLblSkip val="${Math.round(perDay)}"/>`);
  });

  it('zh-CN: titles, axes and the quoted sheet names follow the plan language', async () => {
    const zh = buildFillPlans(result, { locale: 'zh-CN' });
    const { zip } = await unzip(zh[2]);
    const cost = await text(zip, 'xl/charts/chart1.xml');
    expect(cost).toContain('<a:t>每月成本（按类别）</a:t>');
    expect(cost).toContain(`<a:t>成本（${result.currency}）</a:t>`);
    expect(refs(cost)[0]).toBe("'预算'!$I$20");
    expect(cost).toContain('<c:v>人工</c:v>');
  });

  it('prints on the plan paper: A4 for a EUR centre, Letter for a USD one or when asked, at most 12 columns a page, each chart a page of its own', async () => {
    expect(result.currency).toBe('EUR');
    expect(buildFillPlans({ ...result, currency: 'USD' })[0].paper).toBe('Letter');
    const { zip } = await unzip(budget);
    const sheet = await text(zip, 'xl/worksheets/sheet1.xml');
    // A–J are 19+24+10+24+16+20+10+24+16+13 wide: 0.75 × (7 × 176 + 10 × 5) = 961.5 pt × 1.05 = 1009.6 pt, within A4 landscape's
    // 784.3 pt at 70 % (1120 pt) — K (26) would pass it; so the page ends after J, at 784.3 / 1009.6 = 77 %, the charts (A–F) whole
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]*scale="77"/);
    expect(sheet).not.toMatch(/fitToWidth/);
    expect(sheet).toContain('<colBreaks count="1" manualBreakCount="1"><brk id="10" max="1048575" man="1"/></colBreaks>');
    const n = result.scenarios[0].drivers.months.length;
    const wbXml = (await text(zip, 'xl/workbook.xml')).replace(/&apos;/g, "'");
    expect(wbXml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Budget'!$A$1:$S$${22 + n},'Budget'!$A$${25 + n}:$F$${53 + n},'Budget'!$A$${55 + n}:$F$${83 + n}</definedName>`);
    expect(wbXml.match(/_xlnm\.Print_Area" localSheetId="0"/g)).toHaveLength(1);

    const letter = buildFillPlans(result, { paper: 'Letter' })[1];
    expect(await text((await unzip(letter)).zip, 'xl/worksheets/sheet1.xml')).toMatch(/<pageSetup paperSize="1" orientation="portrait"/);
  });

  it('page layout: a break between tables rather than through one, the scale from the widest page', () => {
    // Shifts: AssignmentsTable A–H, a gap, DaysTable J–N: the page ends after the gap, not inside DaysTable
    expect(sheetPrintLayout({ widths: Array(14).fill(10), titleColumns: 0, tables: [[1, 8], [10, 14]], paper: 'A4', orientation: 'landscape' }).breaks).toEqual([9]);
    // 19 columns of width 14 (103 px = 77.25 pt, × 1.05 = 81.1 pt each) with A repeated, on A4 landscape's 297 mm − 0.8 in = 784.3 pt:
    // 12 columns (973.3 pt) fit at 70 % (1120 pt); then A + M–S; scale 784.3 / 973.3 = 80 %
    expect(sheetPrintLayout({ widths: Array(19).fill(14), titleColumns: 1, tables: [[1, 19]], paper: 'A4', orientation: 'landscape' })).toEqual({ scale: 80, breaks: [12] });
    // width 20 (145 px = 108.75 pt × 1.05 = 114.2 pt): 9 columns (1027.7 pt) fit in 1120 pt, then A + 8 more each page
    expect(sheetPrintLayout({ widths: Array(19).fill(20), titleColumns: 1, tables: [[1, 19]], paper: 'A4', orientation: 'landscape' })).toEqual({ scale: 76, breaks: [9, 17] });
    // at most 12 columns a page however narrow
    expect(sheetPrintLayout({ widths: Array(30).fill(4), titleColumns: 0, tables: [], paper: 'A4', orientation: 'landscape' }).breaks).toEqual([12, 24]);
    // a narrow sheet prints at full size
    expect(sheetPrintLayout({ widths: [10, 10], titleColumns: 0, tables: [[1, 2]], paper: 'Letter', orientation: 'portrait' })).toEqual({ scale: 100, breaks: [] });
  });
});
