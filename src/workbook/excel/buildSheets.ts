/**
 * Fallback for hosts without ExcelApi 1.13 (no insertWorksheetsFromBase64):
 * builds a template's sheets through the API from the contract — title,
 * subtitle, section headings, labelled named cells, and each table created
 * at its final size (header + `rows` data rows).
 */
import { columnLetter, type SheetContract } from '../../report';

/** Builds `sheets` (a plan's sheets of its template: planSheets). */
export function buildSheetsFromContract(context: Excel.RequestContext, sheets: readonly SheetContract[], rowsByTable: ReadonlyMap<string, number>): void {
  for (const sheet of sheets) buildSheet(context, sheet, rowsByTable);
}

function buildSheet(context: Excel.RequestContext, sheet: SheetContract, rowsByTable: ReadonlyMap<string, number>): void {
  const ws = context.workbook.worksheets.add(sheet.name);
  const title = ws.getRange('A1');
  title.values = [[sheet.title]];
  title.format.font.bold = true;
  title.format.font.size = 16;
  ws.getRange('A2').values = [[sheet.subtitle]];
  ws.getRange('A2').format.font.italic = true;
  for (const s of sheet.sections) {
    const r = ws.getRange(s.address);
    r.values = [[s.text]];
    r.format.font.bold = true;
  }
  for (const c of sheet.cells) {
    const value = ws.getRange(c.address);
    value.getOffsetRange(0, -1).values = [[c.label]];
    value.numberFormat = [[c.numFmt ?? '@']];
    context.workbook.names.add(c.name, value);
  }
  for (const t of sheet.tables) {
    const n = Math.max(1, rowsByTable.get(t.name) ?? 1);
    const first = columnLetter(t.firstColumn);
    const last = columnLetter(t.firstColumn + t.columns.length - 1);
    const table = ws.tables.add(`${first}${t.headerRow}:${last}${t.headerRow + n}`, true);
    table.name = t.name;
    table.getHeaderRowRange().values = [t.columns.map((c) => c.header)];
    t.columns.forEach((c, j) => {
      if (c.numFmt) table.columns.getItemAt(j).getDataBodyRange().numberFormat = [[c.numFmt]];
    });
  }
  ws.freezePanes.freezeRows(sheet.frozenRows);
  ws.pageLayout.orientation = Excel.PageOrientation.landscape;
}
