import { INDEX_STEPS, LABEL_PADDING, readoutIndex, TICK_GAP, TICK_SIZE, xTickSpace, yAxisSize } from '../../src/taskpane/components/chartAxes';

/** A fixed-pitch font: 7 px a character (wide glyphs 12 px), so widths are known without a canvas. */
const measure = (s: string) => [...s].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 12 : 7), 0);

describe('chart layout rules', () => {
  test('x ticks are at least the widest label plus the padding apart', () => {
    expect(xTickSpace(['Mon 08:00', 'Mon 08:30', 'Wed 23:30'], measure)).toBe(9 * 7 + LABEL_PADDING);
    expect(xTickSpace(['周一 08:00'], measure)).toBe(2 * 12 + 6 * 7 + LABEL_PADDING);
    expect(xTickSpace([], measure)).toBe(LABEL_PADDING);
  });
  test('with that spacing, centred labels at any whole step never overlap (brute force over widths and point counts)', () => {
    const labels = Array.from({ length: 2016 }, (_, i) => `${['Mon', 'Tue', 'Wed'][i % 3]} ${String(Math.floor(i / 12) % 24).padStart(2, '0')}:${String((i % 12) * 5).padStart(2, '0')}`);
    const space = xTickSpace(labels, measure);
    for (const width of [200, 288, 320, 400, 800]) {
      for (const n of [7, 48, 336, 2016]) {
        const px = width / (n - 1);
        // uPlot's choice: the smallest step whose pixel distance is at least `space`
        const step = INDEX_STEPS.find((s) => s * px >= space) ?? INDEX_STEPS[INDEX_STEPS.length - 1];
        expect(step * px + 1e-9).toBeGreaterThanOrEqual(space);
        expect(Number.isInteger(step)).toBe(true);
        const half = (i: number) => measure(labels[i]) / 2;
        for (let i = 0; i + step < n; i += step) expect(i * px + half(i)).toBeLessThanOrEqual((i + step) * px - half(i + step));
      }
    }
  });
  test('the steps are whole, increasing, and include a day of 5-, 15-, 30- and 60-minute intervals and a week of days', () => {
    expect(INDEX_STEPS.every((s, i) => Number.isInteger(s) && (i === 0 || s > INDEX_STEPS[i - 1]))).toBe(true);
    for (const s of [7, 24, 48, 96, 288, 336, 2016]) expect(INDEX_STEPS).toContain(s);
  });
  test('a y axis holds its widest value, the tick and the gap: a 5-digit value fits', () => {
    expect(yAxisSize(['0', '5,000', '10,000', '15,000'], measure)).toBe(6 * 7 + TICK_SIZE + TICK_GAP + 2);
    expect(yAxisSize(['US$1,000,000'], measure)).toBeGreaterThanOrEqual(measure('US$1,000,000') + TICK_SIZE + TICK_GAP);
    expect(yAxisSize([], measure)).toBe(TICK_SIZE + TICK_GAP + 2);
  });
  test('keys move the readout by one, by a page, to the ends, and stay inside', () => {
    expect(readoutIndex('ArrowRight', null, 10, 3)).toBe(0);
    expect(readoutIndex('ArrowLeft', null, 10, 3)).toBe(0);
    expect(readoutIndex('End', null, 10, 3)).toBe(9);
    expect(readoutIndex('ArrowRight', 4, 10, 3)).toBe(5);
    expect(readoutIndex('ArrowLeft', 4, 10, 3)).toBe(3);
    expect(readoutIndex('ArrowRight', 9, 10, 3)).toBe(9);
    expect(readoutIndex('ArrowLeft', 0, 10, 3)).toBe(0);
    expect(readoutIndex('PageDown', 8, 10, 3)).toBe(9);
    expect(readoutIndex('PageUp', 4, 10, 3)).toBe(1);
    expect(readoutIndex('Home', 7, 10, 3)).toBe(0);
    expect(readoutIndex('a', 7, 10, 3)).toBeUndefined();
    expect(readoutIndex('ArrowRight', null, 0, 3)).toBeUndefined();
  });
});
