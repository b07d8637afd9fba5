import { tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { useStyles } from './styles';

export interface ChartSeries {
  label: string;
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

/**
 * A line chart drawn by uPlot. Decorative for assistive technology: the
 * caller always gives the same data as a table (ChartWithTable).
 */
export function LineChart(props: { xLabels: readonly string[]; series: readonly ChartSeries[]; leftLabel: string; rightLabel?: string; height?: number }) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const axisColour = resolveColour(el, 'colorNeutralForeground2');
    const gridColour = resolveColour(el, 'colorNeutralStroke2');
    // `side` only when given: uPlot merges options over its defaults, so an explicit
    // undefined would turn the left axis into a horizontal one (an empty band under the plot).
    const axis = (scale: string, label: string, side?: 1) => ({
      scale, label, ...(side ? { side } : {}), stroke: axisColour, grid: { stroke: gridColour, width: 1 }, ticks: { stroke: gridColour }, size: 48,
    });
    const opts: uPlot.Options = {
      width: Math.max(el.clientWidth, 200),
      height: props.height ?? 200,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false } },
      axes: [
        { stroke: axisColour, grid: { show: false }, values: (_u, ticks) => ticks.map((t) => props.xLabels[Math.round(t)] ?? '') },
        axis('y', props.leftLabel),
        ...(props.rightLabel ? [axis('r', props.rightLabel, 1)] : []),
      ],
      series: [{}, ...props.series.map((s) => ({ label: s.label, stroke: resolveColour(el, s.colour), width: 2, dash: s.dashed ? [6, 4] : undefined, scale: s.right ? 'r' : 'y', points: { show: false } }))],
    };
    const data = [props.xLabels.map((_, i) => i), ...props.series.map((s) => [...s.values])] as uPlot.AlignedData;
    const plot = new uPlot(opts, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 200), height: props.height ?? 200 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [props.xLabels, props.series, props.leftLabel, props.rightLabel, props.height]);
  return <div ref={box} className={styles.chart} aria-hidden="true" />;
}
