/**
 * Builds a template workbook from its contract (src/report/templateContract):
 * titles, section headings, labelled named cells, Excel tables with one
 * placeholder row (the budget: a year of rows with its live formulas),
 * number formats, frozen header rows, print setup (orientation, margins,
 * header row repeated; the writer adds paper, scale and breaks). Run by scripts/build-templates.ts.
 */
import ExcelJS from 'exceljs';
import {
  BUDGET_TEMPLATE_MONTHS,
  budgetFormulas,
  COST_TABLE_COLUMNS,
  HEADER_ROW_POINTS,
  PAGE_MARGINS,
  columnLetter,
  excelSerial,
  templateLabelsEn,
  type SheetContract,
  type TemplateContract,
} from '../../report';
import { applyLook } from './looks';

const TITLE_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 16, bold: true, color: { argb: 'FF1F3864' } };
const SUBTITLE_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 10, italic: true, color: { argb: 'FF595959' } };
const SECTION_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true, color: { argb: 'FF1F3864' } };
const LABEL_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 10, color: { argb: 'FF404040' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB4C6E7' } };
const LABEL_WIDTH = 24;

const splitAddress = (address: string): { col: number; row: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
};

function buildSheet(wb: ExcelJS.Workbook, sheet: SheetContract, template: TemplateContract['template']): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: 0, showGridLines: false }],
    pageSetup: {
      orientation: sheet.orientation,
      // A4 until filled: the writer sets the plan's paper, the scale and the column breaks (src/report/printLayout.ts)
      paperSize: 9,
      fitToPage: false,
      horizontalCentered: false,
      margins: { ...PAGE_MARGINS },
    },
    headerFooter: { oddFooter: templateLabelsEn.footer(sheet.name), differentFirst: false, differentOddEven: false },
  });
  const widths = new Map<number, number>();
  const widen = (col: number, w: number) => widths.set(col, Math.max(widths.get(col) ?? 8, w));

  ws.getCell('A1').value = sheet.title;
  ws.getCell('A1').font = TITLE_FONT;
  ws.getRow(1).height = 24;
  ws.getCell('A2').value = sheet.subtitle;
  ws.getCell('A2').font = SUBTITLE_FONT;
  for (const s of sheet.sections) {
    ws.getCell(s.address).value = s.text;
    if (s.note) {
      applyLook(ws.getCell(s.address), 'note');
      // a note beside a block wraps within the block's two columns, four rows deep; a note on a row of its own runs on
      if (s.address === 'A14') {
        ws.mergeCells('A14:B17');
        ws.getCell(s.address).alignment = { wrapText: true, vertical: 'top' };
      }
      continue;
    }
    ws.getCell(s.address).font = SECTION_FONT;
    ws.getCell(s.address).border = { bottom: THIN };
  }
  for (const c of sheet.cells) {
    const { col, row } = splitAddress(c.address);
    const label = ws.getCell(row, col - 1);
    label.value = c.label;
    label.font = LABEL_FONT;
    label.alignment = { vertical: 'middle' };
    const value = ws.getCell(row, col);
    applyLook(value, c.role ?? 'result');
    value.alignment = { horizontal: c.numFmt ? 'right' : 'left', vertical: 'middle' };
    if (c.numFmt) value.numFmt = c.numFmt;
    else value.numFmt = '@';
    if (c.unit) {
      const unit = ws.getCell(row, col + 1);
      unit.value = c.unit;
      unit.font = { ...LABEL_FONT, size: 8, italic: true };
      widen(col + 1, Math.min(c.unit.length + 2, 20));
    }
    widen(col - 1, Math.min(Math.max(c.label.length + 2, 14), LABEL_WIDTH));
    widen(col, c.numFmt ? 16 : 24); // text results (a centre's, a scenario's name) need the room: a cut name is a wrong name
    wb.definedNames.add(`'${sheet.name}'!$${columnLetter(col)}$${row}`, c.name);
  }
  for (const t of sheet.tables) {
    const isBudget = template === 'budget' && t.name === 'CostTable';
    const placeholderRows = isBudget ? BUDGET_TEMPLATE_MONTHS : 1;
    const formulas = isBudget ? budgetFormulas(BUDGET_TEMPLATE_MONTHS) : undefined;
    const rows = Array.from({ length: placeholderRows }, (_, i) =>
      t.columns.map((_c, j) => {
        if (!formulas) return null;
        const key = COST_TABLE_COLUMNS[j].key;
        const f = formulas.rows[i][key];
        if (f) return { formula: f.slice(1) };
        return key === 'month' ? excelSerial(`2026-${String(i + 1).padStart(2, '0')}`) : 0;
      }),
    );
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: `${columnLetter(t.firstColumn)}${t.headerRow}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleMedium2', showRowStripes: true, showColumnStripes: false, showFirstColumn: false, showLastColumn: false },
      columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: rows as ExcelJS.CellValue[][],
    });
    const header = ws.getRow(t.headerRow);
    header.height = HEADER_ROW_POINTS;
    t.columns.forEach((c, j) => {
      const colIndex = t.firstColumn + j;
      widen(colIndex, c.width);
      const h = header.getCell(colIndex);
      h.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      h.font = { name: 'Calibri', bold: true, color: { argb: 'FFFFFFFF' }, size: 10 };
      h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
      for (let r = 1; r <= placeholderRows; r++) {
        const cell = ws.getCell(t.headerRow + r, colIndex);
        cell.numFmt = c.numFmt ?? '@';
      }
    });
    if (t.name === 'NotesTable') for (let r = 1; r <= placeholderRows; r++) ws.getCell(t.headerRow + r, t.firstColumn + t.columns.length - 1).alignment = { wrapText: true, vertical: 'top' };
    if (isBudget && formulas) {
      const yearRows: [number, string, Readonly<Record<string, string>>][] = [
        [formulas.at.sum, templateLabelsEn.yearSum, formulas.sumRow],
        [formulas.at.max, templateLabelsEn.yearMax, formulas.maxRow],
      ];
      for (const [rowIndex, caption, fx] of yearRows) {
        const total = ws.getRow(rowIndex);
        COST_TABLE_COLUMNS.forEach((c, j) => {
          const cell = total.getCell(j + 1);
          applyLook(cell, 'total');
          if (j === 0) cell.value = caption;
          else if (c.numFmt) cell.numFmt = c.numFmt;
          const f = fx[c.key];
          if (f) cell.value = { formula: f.slice(1) };
        });
      }
      for (const [name, f] of Object.entries(formulas.named)) {
        const c = sheet.cells.find((x) => x.name === name);
        if (c) ws.getCell(c.address).value = { formula: f.slice(1) };
      }
    }
  }
  for (const [col, w] of widths) ws.getColumn(col).width = w;
  const lastCol = Math.max(...[...widths.keys()], 1);
  const lastRow = Math.max(
    ...sheet.tables.map((t) => (template === 'budget' && t.name === 'CostTable' ? budgetFormulas(BUDGET_TEMPLATE_MONTHS).at.max : t.headerRow + 1)),
    2,
  );
  ws.pageSetup.printArea = `A1:${columnLetter(lastCol)}${lastRow}`;
  ws.pageSetup.printTitlesRow = sheet.printRows ?? `${sheet.tables[0]?.headerRow ?? 1}:${sheet.tables[0]?.headerRow ?? 1}`;
  if (sheet.printColumns) ws.pageSetup.printTitlesColumn = sheet.printColumns;
}

/** The template workbook of a contract, as .xlsx bytes. */
export async function buildTemplate(contract: TemplateContract): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'NineStep';
  wb.title = `NineStep ${contract.template} template`;
  wb.created = new Date('2025-01-01T00:00:00Z');
  wb.modified = new Date('2025-01-01T00:00:00Z');
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of contract.sheets) buildSheet(wb, sheet, contract.template);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
