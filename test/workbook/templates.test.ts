/** The committed templates match their contract (src/report/templateContract.ts, documented in templates/README.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TEMPLATE_CONTRACTS, columnLetter } from '../../src/report';

describe.each(Object.values(TEMPLATE_CONTRACTS))('templates/$file', (contract) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(__dirname, '../../templates', contract.file)) as unknown as ExcelJS.Buffer);
  });

  it('has the contract sheets in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(contract.sheets.map((s) => s.name));
  });

  it('has every table with its columns at its place, and every named cell', () => {
    const names = new Map((wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges]));
    for (const s of contract.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      for (const t of s.tables) {
        const table = (ws as unknown as { getTable(n: string): { table: { tableRef: string; columns: { name: string }[] } } }).getTable(t.name);
        expect(table).toBeDefined();
        expect(table.table.columns.map((c) => c.name)).toEqual(t.columns.map((c) => c.header));
        expect(table.table.tableRef.split(':')[0]).toBe(`${columnLetter(t.firstColumn)}${t.headerRow}`);
      }
      for (const c of s.cells) {
        const addr = c.address.replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
        expect(names.get(c.name)).toEqual([`${/^[A-Za-z]+$/.test(s.name) ? s.name : `'${s.name}'`}!${addr}`]);
      }
    }
  });

  it('is set up for printing and reading: its orientation, no fit-to (the writer breaks the columns, test/workbook/charts.test.ts), print area, repeated header, frozen header', () => {
    for (const s of contract.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      expect(ws.pageSetup.orientation).toBe(s.orientation);
      // Excel and LibreOffice ignore manual page breaks under fit-to
      expect(ws.pageSetup.fitToPage).toBeFalsy();
      // the queue sheets repeat their section headings (row 4) with the header row
      expect(ws.pageSetup.printTitlesRow).toBe(s.printRows ?? `${s.tables[0].headerRow}:${s.tables[0].headerRow}`);
      if (s.printRows) expect(s.sections.map((x) => x.address.replace(/^[A-Z]+/, ''))).toContain(s.printRows.split(':')[0]);
      expect(ws.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: s.frozenRows });
      expect(ws.getCell('A1').value).toBe(s.title);
    }
  });
});

it('the budget template holds live formulas over the rate names', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, '../../templates/budget.xlsx')) as unknown as ExcelJS.Buffer);
  const v = wb.getWorksheet('Budget')!.getCell('I21').value as { formula: string };
  expect(v.formula).toBe('B21*hourly_wage*(1+on_cost_rate)+Capacity!K22');
});

it('templates/README.md documents every sheet, table, column and named cell', () => {
  const readme = readFileSync(join(__dirname, '../../templates/README.md'), 'utf8');
  for (const c of Object.values(TEMPLATE_CONTRACTS))
    for (const s of c.sheets) {
      expect(readme).toContain(`Sheet \`${s.name}\``);
      for (const t of s.tables) {
        expect(readme).toContain(`Table \`${t.name}\``);
        for (const col of t.columns) expect(readme).toContain(`\`${col.header}\``);
      }
      for (const n of s.cells) expect(readme).toContain(`| ${n.name} | ${n.address} |`);
    }
});
