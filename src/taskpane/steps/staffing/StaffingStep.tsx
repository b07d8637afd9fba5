import { Body1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntervalPlanRow } from '../../../core/plan/planResult';
import { ChartWithTable } from '../../components/ChartWithTable';
import { NumberField, ChoiceField } from '../../components/fields';
import { RunPanel } from '../../components/RunPanel';
import { StepFrame } from '../../components/StepFrame';
import { useFormat } from '../../format/useFormat';
import { useStaffingStep } from './useStaffingStep';

/** "Mon 08:00" / "周一 08:00": a chart's x label for an interval. */
export const intervalLabel = (t: (key: string, o?: { defaultValue: string }) => string) => (r: { weekday: string; start: string }) => `${t(`weekdaysShort.${r.weekday}`, { defaultValue: r.weekday })} ${r.start}`;

export function StaffingStep() {
  const { t } = useTranslation();
  const f = useFormat();
  const { result, open, agentsChart, erlangA, peak } = useStaffingStep();
  const xLabels = useMemo(() => (result?.intervals ?? []).map(intervalLabel(t)), [result, t]);
  const series = useMemo(() => [{ label: t('columns.agents'), values: agentsChart, colour: 'colorBrandForeground1' as const }], [agentsChart, t]);
  return (
    <StepFrame index={3}>
      <ChoiceField path="staffing.model" label={t('staffing.model')} options={[{ value: 'erlangC', label: t('staffing.erlangC') }, { value: 'erlangA', label: t('staffing.erlangA') }]} />
      {erlangA && <NumberField path="staffing.patienceSeconds" label={t('staffing.patience')} unit={t('units.sec')} hint={t('staffing.patienceHint')} />}
      <ChoiceField path="service.targetLevel" label={t('staffing.targetLevel')} hint={t('staffing.targetLevelHint')} options={[{ value: 'interval', label: t('staffing.levels.interval') }, { value: 'daily', label: t('staffing.levels.daily') }]} />
      <RunPanel />
      {result && (
        <>
          <Body1 as="p">{t('staffing.summary', { model: t(`staffing.models.${result.service.model}`, { defaultValue: result.service.model }), peak: f.count(peak) })}</Body1>
          {result.periodTarget && result.service.targetLevel === 'daily' && (
            <Body1 as="p">{t('staffing.saving', { hours: f.hours(result.periodTarget.savingHours), share: f.percent(result.periodTarget.savingShare) })}</Body1>
          )}
          <ChartWithTable<IntervalPlanRow>
            title={t('staffing.chart')}
            xLabels={xLabels}
            series={series}
            leftLabel={t('columns.agents')}
            columns={[
              { key: 'i', header: t('columns.interval'), cell: (r) => `${r.date} ${r.start}` },
              { key: 'c', header: t('columns.calls'), cell: (r) => f.decimal(r.calls, 1), numeric: true },
              { key: 'h', header: t('columns.aht'), cell: (r) => f.seconds(r.ahtSeconds, 0), numeric: true },
              { key: 'a', header: t('columns.agents'), cell: (r) => f.count(r.agents), numeric: true },
              { key: 's', header: t('columns.sl'), cell: (r) => f.percent(r.serviceLevel), numeric: true },
              { key: 'q', header: t('columns.asa'), cell: (r) => (r.asaSeconds === null ? '—' : f.seconds(r.asaSeconds)), numeric: true },
              { key: 'b', header: t('columns.abandon'), cell: (r) => f.percent(r.abandonRate), numeric: true },
              { key: 'o', header: t('columns.occupancy'), cell: (r) => f.percent(r.occupancy), numeric: true },
            ]}
            rows={open}
          />
        </>
      )}
    </StepFrame>
  );
}
