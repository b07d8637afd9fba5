/**
 * How every sheet prints: the paper, and where the columns break into pages.
 *
 * Paper: Letter where it is the national standard (the United States,
 * Canada, Mexico, the Philippines, Chile, Colombia — the ISO 216 holdouts),
 * read from the plan's currency; A4 everywhere else. A planner may choose
 * either (FillPlanOptions.paper).
 *
 * Columns: at most MAX_PRINT_COLUMNS columns a page (the repeated title
 * columns included) and no more than fit at MIN_PRINT_SCALE, breaking
 * between two tables (or charts) rather than through one, and one print
 * scale per sheet so the widest page fits the paper's width.
 * Manual breaks with a scale, not Excel's "fit to N pages wide": Excel and
 * LibreOffice ignore manual breaks under fit-to, and fit-to would squeeze a
 * wide sheet into one unreadable page. Rows run on over as many pages as they
 * need, the table's header row repeated on each.
 */
import type { PaperSize } from './fillPlan';
import { MAX_PRINT_COLUMNS } from './templateContract';

/** Currencies of the countries whose standard office paper is US Letter (8.5 × 11 in). */
const LETTER_CURRENCIES: ReadonlySet<string> = new Set(['USD', 'CAD', 'MXN', 'PHP', 'CLP', 'COP']);

/** @example defaultPaper('USD') //=> 'Letter'; defaultPaper('EUR') //=> 'A4' */
export const defaultPaper = (currency: string): PaperSize => (LETTER_CURRENCIES.has(currency.toUpperCase()) ? 'Letter' : 'A4');

/** Paper width × height, inches (ISO 216 A4: 210 × 297 mm; ANSI Letter: 8.5 × 11 in), and the OOXML paperSize code. */
export const PAPER: Readonly<Record<PaperSize, { readonly width: number; readonly height: number; readonly code: number }>> = {
  A4: { width: 210 / 25.4, height: 297 / 25.4, code: 9 },
  Letter: { width: 8.5, height: 11, code: 1 },
};

/** Page margins of every sheet, inches (left, right; the templates' own). */
export const PAGE_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/**
 * Printed width of a column of Excel width `w` (characters of the default
 * font, Calibri 11: 7 px a digit plus 5 px padding at 96 px an inch), points.
 */
export const columnPoints = (w: number): number => ((Math.trunc(w * 7 + 0.5) + 5) * 72) / 96;

/**
 * Room left for renderers that round a column wider than Excel's formula.
 * (Where Calibri and its metric twin Carlito are missing, LibreOffice draws
 * with a wider font — DejaVu Sans, about 27 % wider — and breaks earlier
 * than these pages; no allowance covers that without shrinking every page.)
 */
const RENDER_ALLOWANCE = 1.05;

/** The smallest print scale a page may need, percent: below it 10 pt text is too small to read, and the page takes fewer columns. */
export const MIN_PRINT_SCALE = 70;

export interface SheetPrintInput {
  /** width of each column 1…n of the print area, Excel units */
  readonly widths: readonly number[];
  /** columns repeated on every page (1…titleColumns), 0 for none */
  readonly titleColumns: number;
  /** 1-based [first, last] columns of each table and chart: a page break falls between them, not through one, when it can */
  readonly tables: readonly (readonly [number, number])[];
  readonly paper: PaperSize;
  readonly orientation: 'portrait' | 'landscape';
}

export interface SheetPrintLayout {
  /** print scale, percent (10–100) */
  readonly scale: number;
  /** 1-based columns a page ends after (a manual column break right of each) */
  readonly breaks: readonly number[];
}

/**
 * @example sheetPrintLayout({ widths: Array(19).fill(10), titleColumns: 1, tables: [[1, 19]], paper: 'A4', orientation: 'landscape' })
 *   //=> { scale: 100, breaks: [12] }
 */
export function sheetPrintLayout(input: SheetPrintInput): SheetPrintLayout {
  const n = input.widths.length;
  const titles = Math.min(input.titleColumns, MAX_PRINT_COLUMNS - 1);
  const paper = PAPER[input.paper];
  const printable = ((input.orientation === 'landscape' ? paper.height : paper.width) - PAGE_MARGINS.left - PAGE_MARGINS.right) * 72;
  const width = (a: number, b: number): number => input.widths.slice(a - 1, b).reduce((s, w) => s + columnPoints(w), 0) * RENDER_ALLOWANCE;
  const pageWidth = (a: number, b: number, first: boolean): number => width(a, b) + (!first && titles > 0 ? width(1, titles) : 0);
  const room = (printable * 100) / MIN_PRINT_SCALE;
  const crossesAfter = (c: number): boolean => input.tables.some(([a, b]) => a <= c && c < b);
  const pages: [number, number][] = [];
  for (let start = 1; start <= n; ) {
    const first = pages.length === 0;
    const most = first ? MAX_PRINT_COLUMNS : MAX_PRINT_COLUMNS - titles;
    // as many columns as fit at the smallest legible scale (always one)
    let end = start;
    while (end < n && end - start + 1 < most && pageWidth(start, end + 1, first) <= room) end++;
    if (end < n && crossesAfter(end)) {
      for (let c = end - 1; c >= start; c--)
        if (!crossesAfter(c)) {
          end = c;
          break;
        }
    }
    pages.push([start, end]);
    start = end + 1;
  }
  const widest = Math.max(1, ...pages.map(([a, b], i) => pageWidth(a, b, i === 0)));
  return { scale: Math.max(10, Math.min(100, Math.floor((100 * printable) / widest))), breaks: pages.slice(0, -1).map(([, b]) => b) };
}
