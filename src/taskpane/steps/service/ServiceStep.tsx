import { Body1, Button, Caption1, useArrowNavigationGroup } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../core/calendar/clock';
import { DEFAULT_MAX_OCCUPANCY } from '../../../core/plan/planConfig';
import { ChartWithTable } from '../../components/ChartWithTable';
import { FieldRow, NumberField, ChoiceField, TextField } from '../../components/fields';
import { Group, StepFrame } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useFormat } from '../../format/useFormat';
import { usePlan } from '../../state/PlanContext';
import { SERVICE_PRESETS, type ServiceTier, useServiceStep } from './useServiceStep';

export function ServiceStep() {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  const { valueAt } = usePlan();
  const { busiest, curve, formula, applyPreset, isCurrent } = useServiceStep();
  const presetKeys = useArrowNavigationGroup({ axis: 'grid-linear', memorizeCurrent: true });
  const currency = String(valueAt('costs.currency') ?? 'USD');
  const money = useCallback((v: number) => (/^[A-Z]{3}$/.test(currency) ? f.money(v, currency) : f.decimal(v, 0)), [currency, f]);
  const percentTick = useCallback((v: number) => f.percent(v / 100, 1), [f]);
  const chart = useMemo(() => curve && {
    xLabels: curve.map((p) => String(p.agents)),
    series: [
      { label: t('service.chart.sl'), values: curve.map((p) => p.serviceLevel * 100), colour: 'colorBrandForeground1' as const },
      { label: t('service.chart.cost'), values: curve.map((p) => p.costPerHour), colour: 'colorPaletteDarkOrangeForeground1' as const, right: true, dashed: true },
    ],
  }, [curve, t]);
  return (
    <StepFrame index={0}>
      <TextField path="centre.name" label={t('service.centreName')} required />
      <Group title={t('service.presets')}>
        {/* one Tab stop for all the presets; the arrow keys move among them */}
        <div className={styles.section} {...presetKeys}>
        {(Object.keys(SERVICE_PRESETS) as ServiceTier[]).map((tier) => (
          <div key={tier} className={styles.buttons} role="group" aria-label={t(`service.tier.${tier}`)}>
            <Caption1 className={styles.tierLabel}>{t(`service.tier.${tier}`)}</Caption1>
            {SERVICE_PRESETS[tier].map(([sl, sec]) => (
              <Button key={`${sl}/${sec}`} size="small" appearance={isCurrent(sl, sec) ? 'primary' : 'secondary'} aria-pressed={isCurrent(sl, sec)}
                aria-label={t('service.presetLabel', { objective: t('service.objective', { x: sl * 100, y: sec }), sl: f.percent(sl, 0), seconds: f.seconds(sec, 0) })} onClick={() => applyPreset(sl, sec)}>
                {t('service.objective', { x: sl * 100, y: sec })}
              </Button>
            ))}
          </div>
        ))}
        </div>
        <Caption1 as="p" className={styles.muted}>{t('service.emergencyNote')}</Caption1>
      </Group>
      <FieldRow>
        <NumberField path="service.slTarget" label={t('service.slTarget')} percent hint={t('service.slTargetHint')} required />
        <NumberField path="service.targetSeconds" label={t('service.targetSeconds')} unit={t('units.sec')} required />
      </FieldRow>
      <ChoiceField path="service.slMethod" label={t('service.slMethod')} options={[1, 2, 3, 4].map((m) => ({ value: m, label: t(`service.method.${m}`) }))} />
      {formula && <Body1 as="p">{t('service.formula')} <code className={styles.formula}>{formula}</code> {t('service.formulaLegend')}</Body1>}
      <NumberField path="service.maxOccupancy" label={t('service.maxOccupancy')} percent hint={t('service.maxOccupancyHint')} defaultValue={DEFAULT_MAX_OCCUPANCY} />
      {chart && busiest ? (
        <ChartWithTable
          title={t('service.chart.title', { date: f.date(busiest.date), time: formatClock(busiest.start), calls: f.count(busiest.calls) })}
          xLabels={chart.xLabels}
          series={chart.series}
          leftLabel={t('service.chart.slAxis')}
          rightLabel={t('service.chart.costAxis', { currency })}
          leftFormat={percentTick}
          rightFormat={money}
          columns={[
            { key: 'n', header: t('columns.agents'), cell: (p) => f.count(p.agents), numeric: true },
            { key: 'sl', header: t('columns.sl'), cell: (p) => f.percent(p.serviceLevel), numeric: true },
            { key: 'gain', header: t('columns.gain'), cell: (p) => f.percent(p.gain), numeric: true },
            { key: 'asa', header: t('columns.asa'), cell: (p) => (p.asaSeconds === null ? '—' : f.seconds(p.asaSeconds)), numeric: true },
            { key: 'cost', header: t('columns.costPerHour'), cell: (p) => money(p.costPerHour), numeric: true },
          ]}
          rows={curve ?? []}
        />
      ) : (
        <Caption1 as="p" className={styles.muted}>{t('service.chart.needHistory')}</Caption1>
      )}
    </StepFrame>
  );
}
