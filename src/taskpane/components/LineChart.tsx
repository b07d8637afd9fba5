import { makeStyles, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import { useFormat } from '../format/useFormat';
import { AXIS_FONT, AXIS_TITLE_FONT, INDEX_STEPS, LABEL_PADDING, type MeasureText, readoutIndex, TICK_GAP, TICK_SIZE, xTickSpace, yAxisSize } from './chartAxes';
import { useStyles } from './styles';

export interface ChartSeries {
  label: string;
  /** one value per x label; null draws a gap (a closed interval or day), never a line to zero */
  values: readonly (number | null)[];
  /** a Fluent colour token name, e.g. 'colorPaletteBlueForeground2' */
  colour: keyof typeof tokens;
  /** second y axis (right), e.g. cost beside SL */
  right?: boolean;
  dashed?: boolean;
}

/** Reads a Fluent token's resolved colour (canvas cannot use CSS variables). */
const resolveColour = (el: HTMLElement, token: keyof typeof tokens): string => {
  const v = tokens[token];
  const name = /var\((--[^,)]+)/.exec(v)?.[1];
  return (name && getComputedStyle(el).getPropertyValue(name).trim()) || '#0f6cbd';
};

/** Text widths in AXIS_FONT, from one offscreen canvas (0 where there is no canvas). */
const measureAxisText: MeasureText = (() => {
  let ctx: CanvasRenderingContext2D | null | undefined;
  return (text: string) => {
    if (ctx === undefined) {
      ctx = document.createElement('canvas').getContext('2d');
      if (ctx) ctx.font = AXIS_FONT;
    }
    return ctx ? ctx.measureText(text).width : text.length * 7;
  };
})();

const useChartStyles = makeStyles({
  frame: {
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  readout: { margin: 0, minHeight: '1.4em', fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
});

/** The chart's layout as drawn, for the browser tests: x labels with their centres, and each y axis's width and values (CSS px). */
interface DrawnTicks {
  font: string;
  x: { text: string; centre: number }[];
  y: { size: number; values: string[] }[];
}

/**
 * A line chart drawn by uPlot, with a readout of the values at one point:
 * the mouse moves it (a crosshair), and so do the arrow keys once the chart
 * has focus (Page keys by a day's worth, Home and End); the readout is live
 * text. The caller also gives the same data as a table (ChartWithTable).
 * X ticks are spaced by the widest label, each y axis is as wide as its
 * widest value, `leftFormat`/`rightFormat` word the values (money with its currency).
 */
export function LineChart(props: {
  title: string;
  xLabels: readonly string[];
  series: readonly ChartSeries[];
  leftLabel: string;
  rightLabel?: string;
  leftFormat?: (v: number) => string;
  rightFormat?: (v: number) => string;
  height?: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const styles = useStyles();
  const own = useChartStyles();
  const box = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const [at, setAt] = useState<number | null>(null);
  const leftFormat = useMemo(() => props.leftFormat ?? ((v: number) => f.decimal(v, 2)), [props.leftFormat, f]);
  const rightFormat = useMemo(() => props.rightFormat ?? ((v: number) => f.decimal(v, 2)), [props.rightFormat, f]);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const axisColour = resolveColour(el, 'colorNeutralForeground2');
    const gridColour = resolveColour(el, 'colorNeutralStroke2');
    const xSpace = xTickSpace(props.xLabels, measureAxisText);
    const sizeOf: uPlot.Axis.Size = (u, values, axisIdx, cycleNum) =>
      cycleNum > 1 ? (u.axes[axisIdx] as { _size?: number })._size ?? 40 : yAxisSize(values ?? [], measureAxisText);
    // `side` only when given: uPlot merges options over its defaults, so an explicit
    // undefined would turn the left axis into a horizontal one (an empty band under the plot).
    const axis = (scale: string, label: string, format: (v: number) => string, side?: 1): uPlot.Axis => ({
      scale, label, ...(side ? { side } : {}), stroke: axisColour, font: AXIS_FONT, labelFont: AXIS_TITLE_FONT, labelSize: 20, gap: TICK_GAP,
      grid: { stroke: gridColour, width: 1 }, ticks: { stroke: gridColour, size: TICK_SIZE }, size: sizeOf,
      values: (_u, ticks) => ticks.map(format),
    });
    const opts: uPlot.Options = {
      width: Math.max(el.clientWidth, 200),
      height: props.height ?? 200,
      legend: { show: false },
      cursor: { show: true, x: true, y: false, drag: { x: false, y: false }, points: { show: true } },
      scales: { x: { time: false } },
      axes: [
        {
          stroke: axisColour, font: AXIS_FONT, grid: { show: false }, ticks: { stroke: gridColour, size: TICK_SIZE }, gap: TICK_GAP,
          space: xSpace, incrs: [...INDEX_STEPS], size: 24,
          values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? props.xLabels[tick] ?? '' : '')),
        },
        axis('y', props.leftLabel, leftFormat),
        ...(props.rightLabel ? [axis('r', props.rightLabel, rightFormat, 1)] : []),
      ],
      // room at both ends for half of a centred x label
      padding: [8, Math.ceil(xSpace / 2 - LABEL_PADDING / 2), 0, 0],
      series: [{}, ...props.series.map((s) => ({ label: s.label, stroke: resolveColour(el, s.colour), width: 2, dash: s.dashed ? [6, 4] : undefined, scale: s.right ? 'r' : 'y', points: { show: false }, spanGaps: false }))],
      hooks: {
        setCursor: [(u) => setAt(u.cursor.idx ?? null)],
        draw: [(u) => {
          const drawn = u.axes as unknown as { _splits?: number[]; _values?: string[]; _size?: number }[];
          const ticks: DrawnTicks = {
            font: AXIS_FONT,
            x: (drawn[0]._splits ?? []).map((v, i) => ({ text: drawn[0]._values?.[i] ?? '', centre: u.valToPos(v, 'x') })).filter((l) => l.text !== ''),
            y: drawn.slice(1).map((a) => ({ size: a._size ?? 0, values: (a._values ?? []).filter((v) => v !== '') })),
          };
          el.dataset.ticks = JSON.stringify(ticks);
        }],
      },
    };
    const data = [props.xLabels.map((_, i) => i), ...props.series.map((s) => [...s.values])] as uPlot.AlignedData;
    const plot = new uPlot(opts, data, el);
    plotRef.current = plot;
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 200), height: props.height ?? 200 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [props.xLabels, props.series, props.leftLabel, props.rightLabel, props.height, leftFormat, rightFormat]);

  const onKeyDown = (e: KeyboardEvent) => {
    const plot = plotRef.current;
    const page = Math.max(1, Math.round(props.xLabels.length / 7));
    const next = readoutIndex(e.key, at, props.xLabels.length, page);
    if (next === undefined || !plot) return;
    e.preventDefault();
    setAt(next);
    plot.setCursor({ left: plot.valToPos(next, 'x'), top: plot.bbox.height / (2 * devicePixelRatio) }, false);
  };
  const readout = at === null || props.xLabels[at] === undefined
    ? t('chart.readoutHint')
    : t('chart.readout', {
        at: props.xLabels[at],
        values: props.series.map((s) => {
          const v = s.values[at];
          return t('chart.readoutValue', { label: s.label, value: v === null || v === undefined ? t('chart.noValue') : (s.right ? rightFormat : leftFormat)(v) });
        }).join('; '),
      });
  return (
    <>
      <div
        className={own.frame}
        tabIndex={0}
        role="group"
        aria-label={t('chart.keys', { title: props.title })}
        onKeyDown={onKeyDown}
      >
        <div ref={box} className={styles.chart} aria-hidden="true" data-chart-canvas />
      </div>
      <p className={own.readout} aria-live="polite" data-chart-readout>{readout}</p>
    </>
  );
}
