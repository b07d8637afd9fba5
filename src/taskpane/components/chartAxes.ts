/**
 * The chart's layout rules, apart from uPlot so they can be tested: the x axis
 * counts data points, its ticks are whole steps far enough apart for the
 * widest label; a y axis is as wide as its widest tick label; the keyboard
 * moves a readout point by point.
 */

/** Axis value font (CSS), the same string for drawing and for measuring. */
export const AXIS_FONT = '12px "Segoe UI", system-ui, -apple-system, sans-serif';
/** Axis title font (CSS). */
export const AXIS_TITLE_FONT = `600 ${AXIS_FONT}`;
/** Tick mark length and the gap between it and the value, CSS px (uPlot's `ticks.size` and `gap`). */
export const TICK_SIZE = 4;
export const TICK_GAP = 4;
/** Least free space between two x labels, CSS px. */
export const LABEL_PADDING = 12;

/**
 * Steps between x ticks, in data points: whole numbers only (a tick always
 * names one point), with the week's and the day's multiples (7 days; 24, 48,
 * 96, 288 intervals a day of 60, 30, 15 and 5 minutes; 336, 672, 2016 a week).
 */
export const INDEX_STEPS: readonly number[] = [
  1, 2, 3, 4, 6, 7, 8, 12, 14, 16, 24, 28, 48, 56, 96, 112, 144, 168, 288, 336, 576, 672, 1008, 1344, 2016, 4032, 8064, 16128, 32256, 64512,
];

/** Measures a text's width in CSS px in `AXIS_FONT`. */
export type MeasureText = (text: string) => number;

/**
 * Least distance between x ticks, CSS px: the widest label and the padding,
 * so centred labels never overlap whichever points get a tick.
 * @example xTickSpace(['Mon 08:00', 'Mon 08:30'], (s) => s.length * 6) //=> 66
 */
export function xTickSpace(labels: readonly string[], measure: MeasureText): number {
  let widest = 0;
  for (const l of new Set(labels)) widest = Math.max(widest, measure(l));
  return Math.ceil(widest + LABEL_PADDING);
}

/**
 * A y axis's width for its tick values, CSS px (the title has its own band):
 * the widest value, the tick and the gap, so a 5-digit value never runs into the title.
 * @example yAxisSize(['0', '10,000'], (s) => s.length * 6) //=> 44
 */
export function yAxisSize(values: readonly string[], measure: MeasureText): number {
  const widest = values.reduce((w, v) => Math.max(w, measure(v)), 0);
  return Math.ceil(widest + TICK_SIZE + TICK_GAP + 2);
}

/**
 * Where a key moves the readout among `count` points: arrows by one, Page
 * keys by `page` points, Home and End to the ends; undefined for other keys.
 * From no point yet, any move starts at the first point (Home, arrows) or the last (End).
 * @example readoutIndex('ArrowRight', 3, 10, 24) //=> 4
 */
export function readoutIndex(key: string, at: number | null, count: number, page: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  const from = at ?? -1;
  switch (key) {
    case 'ArrowRight': case 'ArrowUp': return clamp(from + 1);
    case 'ArrowLeft': case 'ArrowDown': return at === null ? 0 : clamp(from - 1);
    case 'PageDown': return clamp(from + page);
    case 'PageUp': return at === null ? 0 : clamp(from - page);
    case 'Home': return 0;
    case 'End': return last;
    default: return undefined;
  }
}
