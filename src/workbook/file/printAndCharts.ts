/**
 * A filled workbook's print setup and chart data, before it is saved: every
 * sheet gets the plan's paper, a scale and column breaks from
 * sheetPrintLayout (at most 12 columns a page, src/report/printLayout.ts),
 * its subtitle wrapped within the first page and header rows tall enough
 * for their captions where they need it (sheetTextLayout),
 * and its print ranges — the main area, then one page per chart; each chart
 * spec gets the values its cells hold, for the chart parts' caches. The
 * package edits themselves are written by packageParts.ts.
 */
import type ExcelJS from 'exceljs';
import { PAGE_MARGINS, PAPER, planSheets, planTextLayout, sheetPrintLayout, type ChartOperation, type FillPlan, type SheetRange } from '../../report';
import type { ChartToWrite, SeriesCache } from './chartXml';
import type { SheetPackageEdits } from './packageParts';

/** Excel's default column width (characters), for a column the template leaves unset. */
const DEFAULT_WIDTH = 8.43;

const colNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const splitRange = (range: string): { c1: number; r1: number; c2: number; r2: number } => {
  const [a, b = a] = range.replace(/\$/g, '').split(':');
  const m1 = /^([A-Z]+)(\d+)$/.exec(a);
  const m2 = /^([A-Z]+)(\d+)$/.exec(b);
  if (!m1 || !m2) throw new Error(`bad range ${range}`);
  return { c1: colNumber(m1[1]), r1: Number(m1[2]), c2: colNumber(m2[1]), r2: Number(m2[2]) };
};

/** What a cell shows: a formula's cached result, a number, a string; null when empty. */
function shown(cell: ExcelJS.Cell): string | number | null {
  const v = cell.value as unknown;
  const r = v !== null && typeof v === 'object' && 'formula' in v ? (v as { result?: unknown }).result : v;
  if (typeof r === 'number' || typeof r === 'string') return r === '' ? null : r;
  if (r instanceof Date) return r.toISOString();
  return null;
}

/** Each column of a range, as the values of its cells (top to bottom). */
function columnsOf(ws: ExcelJS.Worksheet, range: string): (string | number | null)[][] {
  const { c1, r1, c2, r2 } = splitRange(range);
  return Array.from({ length: c2 - c1 + 1 }, (_, j) => Array.from({ length: r2 - r1 + 1 }, (__, i) => shown(ws.getCell(r1 + i, c1 + j))));
}

function chartToWrite(wb: ExcelJS.Workbook, op: ChartOperation, sheetName: string): ChartToWrite {
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`the workbook has no sheet ${sheetName}`);
  const first = (r: SheetRange) => columnsOf(ws, r.range);
  const caches: SeriesCache[] = op.series.map((s) => ({
    name: String(first(s.name)[0]?.[0] ?? ''),
    categories: first(s.categories)[0] ?? [],
    values: (first(s.values)[0] ?? []).map((v) => (typeof v === 'number' ? v : null)),
  }));
  return { op, sheetName, caches, ...(op.xAxis.numFmt ? { categoryFormat: op.xAxis.numFmt } : {}) };
}

/** Sets each sheet's paper, scale and margins; returns the package edits (breaks, print ranges, charts) by the sheet's shown name. */
export function printEdits(wb: ExcelJS.Workbook, plan: FillPlan): SheetPackageEdits[] {
  const paper = plan.paper ?? 'A4';
  const shownName = new Map(plan.operations.flatMap((o) => (o.kind === 'sheet' ? [[o.sheet, o.caption] as const] : [])));
  const charts = plan.operations.filter((o): o is ChartOperation => o.kind === 'chart');
  return planSheets(plan).map((contract): SheetPackageEdits => {
    const sheetName = shownName.get(contract.name) ?? contract.name;
    const ws = wb.getWorksheet(sheetName);
    if (!ws) throw new Error(`the workbook has no sheet ${sheetName}`);
    const main = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ws.pageSetup.printArea ?? '') ? (ws.pageSetup.printArea as string).replace(/\$/g, '') : `A1:${ws.getColumn(ws.columnCount || 1).letter}${ws.rowCount || 1}`;
    const { c2 } = splitRange(main);
    const own = charts.filter((c) => c.sheet === contract.name);
    const titles = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(contract.printColumns ?? '');
    const widths = Array.from({ length: c2 }, (_, i) => ws.getColumn(i + 1).width ?? DEFAULT_WIDTH);
    const layout = sheetPrintLayout({
      widths,
      titleColumns: titles ? colNumber(titles[2]) : 0,
      tables: [
        ...contract.tables.map((t) => [t.firstColumn, t.firstColumn + t.columns.length - 1] as const),
        ...own.map((c) => [splitRange(c.anchor.from).c1, splitRange(c.anchor.to).c1] as const),
      ],
      paper,
      orientation: contract.orientation,
    });
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER[paper].code as ExcelJS.PageSetup['paperSize'],
      orientation: contract.orientation,
      fitToPage: false,
      scale: layout.scale,
      margins: { ...PAGE_MARGINS },
      printArea: main,
    };
    delete (ws.pageSetup as { fitToWidth?: number }).fitToWidth;
    delete (ws.pageSetup as { fitToHeight?: number }).fitToHeight;
    const text = planTextLayout(plan, contract, widths, layout.breaks[0] ?? c2);
    if (text.subtitle) {
      ws.mergeCells(2, 1, 2, text.subtitle.columns);
      // a style of its own: a loaded workbook's cells share style objects, and every sheet's A2 would wrap
      const subtitle = ws.getCell('A2');
      subtitle.style = { ...subtitle.style, alignment: { wrapText: true, vertical: 'top' } };
      ws.getRow(2).height = text.subtitle.height;
    }
    for (const h of text.headerRows) ws.getRow(h.row).height = h.height;
    return {
      sheetName,
      charts: own.map((op) => chartToWrite(wb, op, sheetName)),
      columnBreaks: layout.breaks,
      printAreas: [main, ...own.map((op) => `${op.anchor.from}:${op.anchor.to}`)],
    };
  });
}
