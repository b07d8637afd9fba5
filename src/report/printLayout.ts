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
 *
 * Text: a subtitle wider than the first page wraps within it, and a header
 * row grows to hold its captions (sheetTextLayout), in the plan's language.
 */
import type { FillPlan, PaperSize } from './fillPlan';
import { MAX_PRINT_COLUMNS, type SheetContract } from './templateContract';

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

/** Height of one line of the templates' 10 pt text (subtitle, table headers), points: Calibri's leading (1.22 em) rounded up. */
export const TEXT_LINE_POINTS = 13;
/** The templates' table header row height, points: two lines of 10 pt text (templateBuilder). */
export const HEADER_ROW_POINTS = 30;
/** Padding of a cell's text inside its column, pixels (both sides together). */
const CELL_PADDING_PX = 3;
/** Pixels of one em of 10 pt text at 96 px an inch. */
const EM_PX = (10 * 96) / 72;
/** Bold text (the table headers) is this much wider than regular (Carlito Bold's lowercase advances ÷ Carlito's: 1.028). */
const BOLD_WIDTH = 1.03;
/**
 * Advance widths of Calibri's (and its metric twin Carlito's) characters,
 * em (Carlito-Regular.ttf's hmtx advances ÷ its units per em, read from the font); any other character 0.55 em, a
 * full-width (CJK) character 1 em.
 */
const CHAR_EM: ReadonlyMap<string, number> = new Map(
  Object.entries({
    a: 0.479, b: 0.525, c: 0.423, d: 0.525, e: 0.498, f: 0.305, g: 0.471, h: 0.525, i: 0.229, j: 0.239, k: 0.455, l: 0.229, m: 0.799,
    n: 0.525, o: 0.527, p: 0.525, q: 0.525, r: 0.349, s: 0.391, t: 0.335, u: 0.525, v: 0.452, w: 0.715, x: 0.433, y: 0.453, z: 0.395,
    A: 0.579, B: 0.544, C: 0.533, D: 0.615, E: 0.488, F: 0.459, G: 0.631, H: 0.623, I: 0.252, J: 0.319, K: 0.52, L: 0.42, M: 0.855,
    N: 0.646, O: 0.662, P: 0.517, Q: 0.673, R: 0.543, S: 0.459, T: 0.487, U: 0.642, V: 0.567, W: 0.89, X: 0.519, Y: 0.487, Z: 0.468,
    ' ': 0.226, '.': 0.252, ',': 0.25, ':': 0.268, ';': 0.268, "'": 0.221, '’': 0.25, '(': 0.303, ')': 0.303, '-': 0.306, '/': 0.386,
    '%': 0.715, '&': 0.682, '>': 0.498, '<': 0.498, '+': 0.498, '=': 0.498, '"': 0.401, '–': 0.498, '—': 0.905,
    ...Object.fromEntries([...'0123456789'].map((d) => [d, 0.507])),
  }),
);
const WIDE_CHARS = '\\u2e80-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
const WIDE = new RegExp(`[${WIDE_CHARS}]`, 'u');
/** a wrap unit: a run of spaces, one full-width character, or a run of other characters */
const WORDS = new RegExp(`\\s+|[${WIDE_CHARS}]|[^\\s${WIDE_CHARS}]+`, 'gu');

/**
 * Lines a 10 pt Calibri text takes wrapped in a span of columns `widths` wide
 * (Excel units), laid out word by word as Excel wraps (a full-width character
 * is a word of its own; a word longer than a line breaks inside it).
 * @example wrappedLines('SL objective (%)', [9], true) //=> 3 ('SL' / 'objective' / '(%)'); wrappedLines('SL objective (%)', [10], true) //=> 2
 */
export function wrappedLines(text: string, widths: readonly number[], bold = false): number {
  const room = widths.reduce((s, w) => s + (columnPoints(w) * 96) / 72, 0) - CELL_PADDING_PX;
  const charPx = (ch: string): number => (WIDE.test(ch) ? 1 : (CHAR_EM.get(ch) ?? 0.55)) * EM_PX * (bold ? BOLD_WIDTH : 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.match(WORDS) ?? []) {
      const px = [...word].reduce((s, ch) => s + charPx(ch), 0);
      if (/^\s+$/.test(word)) {
        if (used > 0) used += px;
        continue;
      }
      if (used > 0 && used + px > room) {
        lines += 1;
        used = 0;
      }
      // a word wider than a line runs on over as many lines as it fills
      const extra = px > room ? Math.ceil(px / room) - 1 : 0;
      lines += extra;
      used += px - extra * room;
    }
  }
  return lines;
}

export interface SheetTextInput {
  /** width of each column 1…n of the print area, Excel units */
  readonly widths: readonly number[];
  /** the last column of the first printed page (sheetPrintLayout's first break, or n) */
  readonly firstPageEnd: number;
  /** the subtitle in A2, in the plan's language */
  readonly subtitle: string;
  /** each table's header row, first column and captions in the plan's language */
  readonly headers: readonly { readonly row: number; readonly firstColumn: number; readonly captions: readonly string[] }[];
}

export interface SheetTextLayout {
  /** A2 merged over columns 1…`columns` and wrapped, `height` points tall; null where it fits on one line of the first page (left as it is) */
  readonly subtitle: { readonly columns: number; readonly height: number } | null;
  /** header rows whose captions need more than the template's two lines, and the height that holds them, points */
  readonly headerRows: readonly { readonly row: number; readonly height: number }[];
}

/**
 * What keeps a sheet's text on its printed pages: a subtitle longer than the
 * first page wraps within it (unwrapped it runs on into the next pages' columns,
 * cut at each page edge), and a header row is as tall as its tallest caption
 * (a third line in a 30 pt row is cut off). Text that fits is left as the
 * template has it.
 * @example sheetTextLayout({ widths: [9, 9], firstPageEnd: 2, subtitle: 'Short.', headers: [{ row: 5, firstColumn: 1, captions: ['SL objective (%)', 'Agents'] }] })
 *   //=> { subtitle: null, headerRows: [{ row: 5, height: 43 }] }
 */
export function sheetTextLayout(input: SheetTextInput): SheetTextLayout {
  const height = (lines: number): number => lines * TEXT_LINE_POINTS + 4;
  const firstPage = input.widths.slice(0, Math.max(1, input.firstPageEnd));
  const subtitleLines = wrappedLines(input.subtitle, firstPage);
  const tallest = new Map<number, number>();
  for (const h of input.headers) {
    h.captions.forEach((caption, j) => {
      const width = input.widths[h.firstColumn + j - 1];
      if (width === undefined) return;
      tallest.set(h.row, Math.max(tallest.get(h.row) ?? 0, height(wrappedLines(caption, [width], true))));
    });
  }
  return {
    // one line of slack: a renderer that wraps a word earlier (LibreOffice's italic) still shows the last line
    subtitle: subtitleLines > 1 ? { columns: firstPage.length, height: height(subtitleLines + 1) } : null,
    headerRows: [...tallest].filter(([, h]) => h > HEADER_ROW_POINTS).map(([row, h]) => ({ row, height: h })),
  };
}

/** A sheet's text layout from its plan: the subtitle and captions the plan writes (the contract's English where it writes none). */
export function planTextLayout(plan: FillPlan, sheet: SheetContract, widths: readonly number[], firstPageEnd: number): SheetTextLayout {
  const subtitle = plan.operations.find((o) => o.kind === 'label' && o.sheet === sheet.name && o.address === 'A2');
  const captions = new Map(plan.operations.flatMap((o) => (o.kind === 'table' && o.captions ? [[o.table, o.captions] as const] : [])));
  return sheetTextLayout({
    widths,
    firstPageEnd,
    subtitle: subtitle?.kind === 'label' ? subtitle.text : sheet.subtitle,
    headers: sheet.tables.map((t) => ({ row: t.headerRow, firstColumn: t.firstColumn, captions: captions.get(t.name) ?? t.columns.map((c) => c.header) })),
  });
}
