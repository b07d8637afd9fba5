import { Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { FieldRow, NumberField, TextField } from '../../components/fields';
import { RunPanel } from '../../components/RunPanel';
import { Group, StepFrame } from '../../components/StepFrame';
import { useFormat } from '../../format/useFormat';
import { usePlan } from '../../state/PlanContext';
import { CapacityView } from './CapacityView';
import { RATE_FIELDS, useCostsStep } from './useCostsStep';

export function CostsStep() {
  const { t } = useTranslation();
  const f = useFormat();
  const { valueAt } = usePlan();
  const { breakdown, categories, labourCategories } = useCostsStep();
  // the labour share as the engine defines it (LABOUR_CATEGORY_IDS), named by what it adds up
  const labourParts = labourCategories.map((id) => t(`costs.categories.${id}`)).join(' + ');
  const currency = String(valueAt('costs.currency') ?? '');
  return (
    <StepFrame index={7}>
      <TextField path="costs.currency" label={t('costs.currency')} hint={t('costs.currencyHint')} />
      <FieldRow>
        {RATE_FIELDS.map(([key, kind]) => (
          <NumberField key={key} path={`costs.${key}`} label={t(`costs.rates.${key}`)} percent={kind === 'percent'} unit={kind === 'money' ? currency : undefined} />
        ))}
      </FieldRow>
      <CapacityView />
      <RunPanel />
      {breakdown && (
        <Group title={t('costs.breakdown', { label: breakdown.label })}>
          <DataTable label={t('costs.breakdown', { label: breakdown.label })} rows={[
            ...categories.map((c) => ({ id: c.id as string, amount: breakdown.total.byCategory[c.id] })),
            { id: 'total', amount: breakdown.total.total },
            { id: 'labourShare', amount: labourCategories.reduce((sum, id) => sum + breakdown.total.byCategory[id], 0), share: breakdown.total.labourShare },
          ]} columns={[
            { key: 'c', header: t('columns.category'), cell: (r) => (r.id === 'labourShare' ? t('costs.labourShareRow', { parts: labourParts }) : t(`costs.categories.${r.id}`)) },
            { key: 'a', header: t('columns.perYear', { currency: breakdown.currency }), cell: (r) => f.money(r.amount, breakdown.currency), numeric: true },
            { key: 's', header: t('columns.shareOfTotal'), cell: (r: { amount: number; share?: number }) => ('share' in r ? (r.share === undefined ? '—' : f.percent(r.share)) : breakdown.total.total > 0 ? f.percent(r.amount / breakdown.total.total) : '—'), numeric: true },
          ]} />
          <Body1 as="p">{t('costs.perCall', {
            perCall: breakdown.total.costPerCall === undefined ? '—' : f.money(breakdown.total.costPerCall, breakdown.currency, 2),
            labour: breakdown.total.labourShare === undefined ? '—' : f.percent(breakdown.total.labourShare),
            parts: labourParts,
            hours: f.hours(breakdown.total.paidHours, 0),
          })}</Body1>
        </Group>
      )}
    </StepFrame>
  );
}
