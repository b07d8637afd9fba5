/**
 * Text that keeps to its printed page (src/report/printLayout.ts,
 * sheetTextLayout): wrapped lines against hand counts from Calibri's advance
 * widths (a column w wide is trunc(7w + 0.5) + 5 px, less 3 px of padding;
 * 10 pt is 13.33 px an em, bold 3% wider), checked against what
 * LibreOffice drew with Carlito (Calibri's metric twin): 'SL objective (%)'
 * on three lines in a width-9 column (the Queue staffing sheet) and two in a
 * width-10 one (Scenarios); 平均应答速度（秒） on three in width 9 (zh-CN
 * Staffing, cut in a 30 pt row). Then the writers: the file writer's .xlsx
 * read back, and the Office.js writer on the fake.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildFillPlans, sheetTextLayout, wrappedLines, type FillPlan } from '../../src/report';
import { applyFillPlan } from '../../src/workbook/file';
import { writePlansToWorkbook } from '../../src/workbook/excel';
import { makePlanResult } from './fixtures/planResult';
import { makeSkillsEmailPlanResult } from './fixtures/queues';
import { FakeContext, installExcelGlobal, type FakeSheet } from '../workbook/fakes/fakeExcel';

describe('wrappedLines', () => {
  test('a header in a narrow column: word by word, as LibreOffice wraps it with Carlito', () => {
    // width 9: 65 px of room; 'SL objective' is 66.3 px bold, 'objective (%)' 72.4 px: three lines
    expect(wrappedLines('SL objective (%)', [9], true)).toBe(3);
    // width 10: 72 px; 'SL objective' fits, ' (%)' does not: two lines
    expect(wrappedLines('SL objective (%)', [10], true)).toBe(2);
    expect(wrappedLines('Agents', [8], true)).toBe(1);
  });

  test('full-width characters break anywhere, one em each', () => {
    // nine characters of 13.73 px bold in 65 px: four a line
    expect(wrappedLines('平均应答速度（秒）', [9], true)).toBe(3);
    // width 10 (72 px): five a line, the last four on the second
    expect(wrappedLines('服务水平目标（%）', [10], true)).toBe(2);
  });

  test('a word longer than a line runs on; a span of columns is their widths together; new lines count', () => {
    // 30 × 0.479 em × 13.33 px = 191.6 px in 65 px: three lines
    expect(wrappedLines('a'.repeat(30), [9])).toBe(3);
    // two width-9 columns: 136 − 3 px; the same 191.6 px takes two
    expect(wrappedLines('a'.repeat(30), [9, 9])).toBe(2);
    expect(wrappedLines('one\ntwo', [20])).toBe(2);
  });
});

describe('sheetTextLayout', () => {
  test('text that fits is left alone; a long subtitle wraps on the first page with a line of slack; a three-line header grows', () => {
    const fits = sheetTextLayout({ widths: [9, 9, 9], firstPageEnd: 2, subtitle: 'Short.', headers: [{ row: 5, firstColumn: 1, captions: ['Agents', 'Calls'] }] });
    expect(fits).toEqual({ subtitle: null, headerRows: [] });
    // 200 'a's: 1277 px in the two first-page columns (133 px): 10 lines, 11 with slack → 11 × 13 + 4 pt
    const long = sheetTextLayout({ widths: [9, 9, 9], firstPageEnd: 2, subtitle: Array(50).fill('aaa').join(' '), headers: [{ row: 5, firstColumn: 2, captions: ['SL objective (%)', 'Agents'] }] });
    expect(long.subtitle).toEqual({ columns: 2, height: (wrappedLines(Array(50).fill('aaa').join(' '), [9, 9]) + 1) * 13 + 4 });
    expect(long.headerRows).toEqual([{ row: 5, height: 3 * 13 + 4 }]);
  });
});

const template = (name: string): Buffer => readFileSync(join(__dirname, '../../templates', `${name}.xlsx`));
async function filled(p: FillPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await applyFillPlan(template(p.template), p)) as unknown as ExcelJS.Buffer);
  return wb;
}
const merges = (ws: ExcelJS.Worksheet): string[] => Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);

describe('the writers', () => {
  const plans = buildFillPlans(makeSkillsEmailPlanResult());
  const schedule = plans.find((p) => p.workbook === 'schedule')!;

  test('file writer: the Queue staffing subtitle wraps within the first page (A:L: 12 columns, L a gap), its header row holds three lines, rows 4:5 repeat', async () => {
    const ws = (await filled(schedule)).getWorksheet('Queue staffing')!;
    expect(merges(ws)).toEqual(['A2:L2']);
    expect(ws.getCell('A2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // about 330 characters in about 860 px: three lines at least
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(3 * 13 + 4);
    // 'SL objective (%)' of SkillServiceTable, width 9
    expect(ws.getRow(5).height).toBe(3 * 13 + 4);
    expect(ws.pageSetup.printTitlesRow).toBe('4:5');
  });

  test('file writer: an English one-queue plan prints as before — no merged subtitle, header rows as the template has them', async () => {
    for (const p of buildFillPlans(makePlanResult())) {
      const wb = await filled(p);
      for (const ws of wb.worksheets) {
        expect(merges(ws).filter((m) => m.startsWith('A2:'))).toEqual([]);
        // the template's heights: the title row 24 pt, header rows 30 pt, others unset
        const heights = Array.from({ length: 25 }, (_, r) => ws.getRow(r + 1).height).filter((h) => h !== undefined);
        expect([p.fileName, ws.name, heights.filter((h) => h !== 24 && h !== 30)]).toEqual([p.fileName, ws.name, []]);
      }
    }
  });

  test('Office.js writer: the same merge, wrap and heights on the fake', async () => {
    installExcelGlobal();
    const ctx = new FakeContext();
    await writePlansToWorkbook(ctx as unknown as Excel.RequestContext, [schedule], {
      templates: { forecast: 'Zm9yZWNhc3Q=', schedule: 'c2NoZWR1bGU=' },
      confirmReplace: async () => true,
      isSetSupported: () => true,
    });
    const ws = ctx.workbook.worksheets.getItem('Queue staffing') as FakeSheet;
    // the fake's columns are all Excel's default 8.43: 12 a page
    expect(ws.merged).toEqual(['Queue staffing!A2:L2']);
    expect(ws.formats.get('Queue staffing!A2:L2')).toEqual({ wrapText: true, verticalAlignment: 'Top' });
    expect(ws.rowHeights.get(2)).toBeGreaterThanOrEqual(3 * 13 + 4);
    expect(ws.rowHeights.get(5)).toBe(3 * 13 + 4);
    const shifts = ctx.workbook.worksheets.getItem('Shifts') as FakeSheet;
    expect(shifts.merged).toEqual([]);
  });
});
