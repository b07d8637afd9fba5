import { Caption1, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from './DataTable';
import { ChartBoundary } from './ErrorBoundary';
import { type ChartSeries, LineChart } from './LineChart';
import { useStyles } from './styles';

/** A chart with its readout, its legend in words, and the same numbers as a table (the text alternative). */
export function ChartWithTable<R>(props: {
  title: string;
  xLabels: readonly string[];
  series: readonly ChartSeries[];
  leftLabel: string;
  rightLabel?: string;
  /** words a left-axis value (ticks and readout), e.g. money with its currency; default a plain number */
  leftFormat?: (v: number) => string;
  rightFormat?: (v: number) => string;
  columns: readonly Column<R>[];
  rows: readonly R[];
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <figure className={styles.figure}>
      <Text as="h3" weight="semibold">{props.title}</Text>
      <ChartBoundary resetKey={props.series}>
        <LineChart title={props.title} xLabels={props.xLabels} series={props.series} leftLabel={props.leftLabel} rightLabel={props.rightLabel} leftFormat={props.leftFormat} rightFormat={props.rightFormat} />
      </ChartBoundary>
      <Caption1 as="p" className={styles.muted}>
        {t('chart.legend', { series: props.series.map((s) => (s.dashed ? t('chart.dashed', { label: s.label }) : s.label)).join(' · ') })}
      </Caption1>
      <details>
        <summary>{t('chart.showTable')}</summary>
        <DataTable label={props.title} columns={props.columns} rows={props.rows} />
      </details>
    </figure>
  );
}
