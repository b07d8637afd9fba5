import { Body1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntervalPlanRow } from '../../../core/plan/planResult';
import { ChartWithTable } from '../../components/ChartWithTable';
import { FieldRow, NumberField } from '../../components/fields';
import { RunPanel } from '../../components/RunPanel';
import { StepFrame } from '../../components/StepFrame';
import { useFormat } from '../../format/useFormat';
import { intervalLabel } from '../staffing/StaffingStep';
import { useTrunksStep } from './useTrunksStep';

export function TrunksStep() {
  const { t } = useTranslation();
  const f = useFormat();
  const { result, open, chart } = useTrunksStep();
  const xLabels = useMemo(() => (result?.intervals ?? []).map(intervalLabel(t)), [result, t]);
  const series = useMemo(() => [
    { label: t('columns.trunkLoad'), values: chart.load, colour: 'colorNeutralForeground2' as const, dashed: true },
    { label: t('columns.trunks'), values: chart.lines, colour: 'colorBrandForeground1' as const },
  ], [chart, t]);
  return (
    <StepFrame index={4}>
      <FieldRow>
        <NumberField path="trunks.blocking" label={t('trunks.blocking')} percent hint={t('trunks.blockingHint')} />
        <NumberField path="trunks.ivrSeconds" label={t('trunks.ivr')} unit={t('units.sec')} />
        <NumberField path="trunks.talkShare" label={t('trunks.talkShare')} percent hint={t('trunks.talkShareHint')} />
      </FieldRow>
      <RunPanel />
      {result && (
        <>
          <Body1 as="p">{t('trunks.peak', { lines: f.count(result.trunks.peakTrunks), load: f.decimal(result.trunks.peakLoad, 1), at: result.trunks.peakAt })}</Body1>
          <ChartWithTable<IntervalPlanRow>
            title={t('trunks.chart')}
            xLabels={xLabels}
            series={series}
            leftLabel={t('columns.lines')}
            columns={[
              { key: 'i', header: t('columns.interval'), cell: (r) => `${r.date} ${r.start}` },
              { key: 'l', header: t('columns.trunkLoad'), cell: (r) => f.decimal(r.trunkLoad, 1), numeric: true },
              { key: 't', header: t('columns.trunks'), cell: (r) => f.count(r.trunks), numeric: true },
            ]}
            rows={open}
          />
        </>
      )}
    </StepFrame>
  );
}
