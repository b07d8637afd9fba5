import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildFillPlans, type FillPlan } from '../../src/report';
import { TemplateMismatchError, applyFillPlan, writeWorkbooksAtomically } from '../../src/workbook/file';
import { makePlanResult } from '../report/fixtures/planResult';

const result = makePlanResult();
const plans = buildFillPlans(result);
const template = (name: string): Buffer => readFileSync(join(__dirname, '../../templates', `${name}.xlsx`));

async function filled(plan: FillPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await applyFillPlan(template(plan.template), plan)) as unknown as ExcelJS.Buffer);
  return wb;
}
const table = (ws: ExcelJS.Worksheet, name: string) =>
  (ws as unknown as { getTable(n: string): { table: { tableRef: string; columns: { name: string }[] } } }).getTable(name).table;

describe('applyFillPlan (exceljs)', () => {
  it('forecast: named cells, tables resized to their rows, text kept as text', async () => {
    const wb = await filled(plans[0]);
    const ws = wb.getWorksheet('Staffing')!;
    expect(table(ws, 'StaffingTable').tableRef).toBe(`A8:O${8 + result.intervals.length}`);
    expect(ws.getCell('D9').value).toBeCloseTo(result.intervals[0].calls);
    const f = wb.getWorksheet('Forecast')!;
    expect(f.getCell('B4').value).toBe(result.centre); // '=HYPERLINK(…)' stays a string, not a formula
    expect(f.getCell('B4').type).toBe(ExcelJS.ValueType.String);
    expect(f.getCell('B6').value).toBe('+ratio decomposition');
    expect(f.pageSetup.printArea).toBe(`A1:K${12 + result.intervals.length}`);
  });

  it('marks the workbook for a full recalculation on load', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await applyFillPlan(template('budget'), plans[2]));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/fullCalcOnLoad="1"/);
  });

  it('schedule: roster strings that look like formulas stay strings', async () => {
    const wb = await filled(plans[1]);
    const ws = wb.getWorksheet('Roster')!;
    expect(ws.getCell('A6').value).toBe('=cmd|calc');
    expect(ws.getCell('A6').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D6').value).toBe('16:00–00:30');
    expect(table(wb.getWorksheet('Shifts')!, 'AssignmentsTable').tableRef).toBe('A4:H7');
  });

  it('budget: formulas present with the engine figures, rates in named cells, 12 month rows', async () => {
    const plan = plans[3];
    const wb = await filled(plan);
    const ws = wb.getWorksheet('Budget')!;
    expect(table(ws, 'CostTable').tableRef).toBe('A20:S32');
    expect(ws.getCell('E5').value).toBe(21.5);
    const labour = ws.getCell('I21').value as ExcelJS.CellFormulaValue;
    expect(labour.formula).toBe('B21*hourly_wage*(1+on_cost_rate)+Capacity!K22');
    expect(labour.result).toBe(result.scenarios[1].costs.months[0].byCategory.labour);
    expect((ws.getCell('I9').value as ExcelJS.CellFormulaValue).result).toBe(result.scenarios[1].costs.total.total);
    expect((ws.getCell('B33').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(B21:B32)');
    expect((ws.getCell('E34').value as ExcelJS.CellFormulaValue).formula).toBe('MAX(E21:E32)');
  });

  it('budget with fewer months shrinks the table and clears the template rows below', async () => {
    const r = makePlanResult();
    const mid = r.scenarios[1];
    const months = mid.drivers.months.slice(0, 3);
    const { costBreakdown } = await import('../../src/core/cost');
    const costs = costBreakdown({ months }, r.rates);
    if (!costs.ok) throw new Error(costs.message);
    const plan = buildFillPlans({ ...r, scenarios: [{ ...mid, drivers: { months }, costs: costs.value }] })[2];
    const wb = await filled(plan);
    const ws = wb.getWorksheet('Budget')!;
    expect(table(ws, 'CostTable').tableRef).toBe('A20:S23');
    expect((ws.getCell('B24').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(B21:B23)');
    expect((ws.getCell('E25').value as ExcelJS.CellFormulaValue).formula).toBe('MAX(E21:E23)');
    expect(ws.getCell('A24').value).toBe('Year: total');
    for (const a of ['A26', 'A33', 'B33', 'A34', 'E34']) expect(ws.getCell(a).value).toBeNull(); // the template's year rows are gone
    expect((ws.getCell('I9').value as ExcelJS.CellFormulaValue).formula).toBe('R24');
  });

  it('refuses a plan that does not match the template', async () => {
    const bad: FillPlan = { ...plans[0], operations: [{ kind: 'cell', name: 'NoSuchName', value: 1 }] };
    await expect(applyFillPlan(template('forecast'), bad)).rejects.toThrow(TemplateMismatchError);
    const cols: FillPlan = { ...plans[0], operations: [{ kind: 'table', sheet: 'Forecast', table: 'MonthlyTable', columns: ['Month'], rows: [] }] };
    await expect(applyFillPlan(template('forecast'), cols)).rejects.toThrow(/columns/);
  });
});

describe('writeWorkbooksAtomically', () => {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ninestep-out-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every file and leaves no temporaries', async () => {
    const out = join(dir, 'out');
    const r = await writeWorkbooksAtomically(out, [
      { name: 'forecast.xlsx', bytes: new Uint8Array([1, 2]) },
      { name: 'plan.json', bytes: '{}' },
    ]);
    expect(r.ok).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['forecast.xlsx', 'plan.json']);
    // the set lives in one store beside the folder (see writeAtomically.ts), no temporaries anywhere
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when one file fails, and removes the temporaries', async () => {
    writeFileSync(join(dir, 'keep.xlsx'), 'old');
    const r = await writeWorkbooksAtomically(dir, [
      { name: 'keep.xlsx', bytes: 'new' },
      { name: 'b.xlsx', bytes: undefined as unknown as string }, // the write of this one throws
    ]);
    expect(r.ok).toBe(false);
    expect(readdirSync(dir)).toEqual(['keep.xlsx']);
    expect(readFileSync(join(dir, 'keep.xlsx'), 'utf8')).toBe('old');
  });

  it('reports a folder that cannot be written', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const r = await writeWorkbooksAtomically(join(dir, 'a-file', 'out'), [{ name: 'forecast.xlsx', bytes: 'x' }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/a-file/);
  });

  it('rejects names with folders', async () => {
    expect(await writeWorkbooksAtomically(dir, [{ name: '../x', bytes: '' }])).toMatchObject({ ok: false });
  });
});
