/**
 * The print setup of a written sheet in the open workbook, by the same rule
 * as the file writer (src/report/printLayout.ts): the plan's paper, one
 * scale, column breaks at most 12 columns a page, the print ranges —
 * the tables' area, then one page per chart — and the subtitle and header
 * rows sized to their text (sheetTextLayout). Page layout needs ExcelApi 1.9.
 */
import { PAGE_MARGINS, columnLetter, planTextLayout, sheetPrintLayout, type ChartOperation, type FillPlan, type SheetContract } from '../../report';

/** Excel width units of a column `points` wide (inverse of columnPoints). */
const widthOf = (points: number): number => Math.max(0, (points * 96) / 72 - 5) / 7;

const colNumber = (address: string): number => [...(/^[A-Z]+/.exec(address)?.[0] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Sets a sheet's print layout (by the contract's name, before it shows its caption). */
export async function applyPrintSetup(context: Excel.RequestContext, plan: FillPlan, sheet: SheetContract): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet.name);
  const lastColumn = Math.max(1, ...sheet.tables.map((t) => t.firstColumn + t.columns.length - 1));
  const rows = new Map(plan.operations.flatMap((o) => (o.kind === 'table' ? [[o.table, o.rows.length] as const] : [])));
  const lastRow = Math.max(2, ...sheet.tables.map((t) => t.headerRow + Math.max(1, rows.get(t.name) ?? 1)));
  const columns = Array.from({ length: lastColumn }, (_, i) => ws.getRange(`${columnLetter(i + 1)}1`).format.load('columnWidth'));
  await context.sync();
  const charts = plan.operations.filter((o): o is ChartOperation => o.kind === 'chart' && o.sheet === sheet.name);
  const titles = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(sheet.printColumns ?? '');
  const paper = plan.paper ?? 'A4';
  const widths = columns.map((c) => widthOf(c.columnWidth));
  const layout = sheetPrintLayout({
    widths,
    titleColumns: titles ? colNumber(titles[2]) : 0,
    tables: [
      ...sheet.tables.map((t) => [t.firstColumn, t.firstColumn + t.columns.length - 1] as const),
      ...charts.map((c) => [colNumber(c.anchor.from), colNumber(c.anchor.to)] as const),
    ],
    paper,
    orientation: sheet.orientation,
  });
  const page = ws.pageLayout;
  page.paperSize = paper;
  page.orientation = sheet.orientation === 'landscape' ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  page.zoom = { scale: layout.scale };
  // Office.js margins are points
  page.leftMargin = PAGE_MARGINS.left * 72;
  page.rightMargin = PAGE_MARGINS.right * 72;
  page.setPrintArea([`A1:${columnLetter(lastColumn)}${lastRow}`, ...charts.map((c) => `${c.anchor.from}:${c.anchor.to}`)].join(','));
  ws.verticalPageBreaks.removePageBreaks();
  for (const b of layout.breaks) ws.verticalPageBreaks.add(`${columnLetter(b + 1)}1`);
  const text = planTextLayout(plan, sheet, widths, layout.breaks[0] ?? lastColumn);
  if (text.subtitle) {
    const subtitle = ws.getRange(`A2:${columnLetter(text.subtitle.columns)}2`);
    subtitle.merge(false);
    subtitle.format.wrapText = true;
    subtitle.format.verticalAlignment = Excel.VerticalAlignment.top;
    subtitle.format.rowHeight = text.subtitle.height;
  }
  for (const h of text.headerRows) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
}
