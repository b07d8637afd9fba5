/**
 * Step 8's capacity view: the hiring assumptions (config `capacity`), and the
 * mid plan's capacity from the last run — each month's required FTE, hires,
 * headcount, trainees and productive FTE, the shortfall where the lead time or
 * the class size makes one unavoidable, and what hiring adds to labour.
 */
import { Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { FieldRow, NumberField } from '../../components/fields';
import { Group } from '../../components/StepFrame';
import { useEngineText } from '../../format/useEngineText';
import { useFormat } from '../../format/useFormat';
import { useLocale } from '../../i18n/LocaleContext';
import { usePlan } from '../../state/PlanContext';

/** The capacity fields in display order, with how each is shown. */
const CAPACITY_FIELDS = [
  ['startHeadcount', 'count'], ['attritionRate', 'percent'], ['hiringLeadWeeks', 'weeks'], ['trainingWeeks', 'weeks'],
  ['nestingWeeks', 'weeks'], ['nestingProductivity', 'percent'], ['classSize.min', 'count'], ['classSize.max', 'count'],
  ['recruitingCostPerHire', 'money'], ['trainingCostPerWeek', 'money'],
] as const;

export function CapacityView() {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useEngineText();
  const { format } = useLocale();
  const { valueAt, result } = usePlan();
  const currency = String(valueAt('costs.currency') ?? '');
  const capacity = result?.capacity;
  const plan = capacity?.scenarios.find((s) => s.scenario === 'mid') ?? capacity?.scenarios[0];
  const month = (ym: string): string =>
    new Intl.DateTimeFormat(format, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1, 1));
  return (
    <Group title={t('costs.capacity.title')}>
      <FieldRow>
        {CAPACITY_FIELDS.map(([key, kind]) => (
          <NumberField
            key={key}
            path={`capacity.${key}`}
            label={t(`costs.capacity.fields.${key}`)}
            percent={kind === 'percent'}
            unit={kind === 'money' ? currency : kind === 'weeks' ? t('costs.capacity.weeks') : undefined}
          />
        ))}
      </FieldRow>
      {capacity && plan && (
        <>
          <Body1 as="p">{t('costs.capacity.summary', {
            start: f.count(capacity.assumptions.startHeadcount),
            hires: f.count(plan.hires),
            peak: f.decimal(plan.maxHeadcount, 1),
            cost: f.money(plan.hiringCost, currency || result.currency),
            fte: f.decimal(capacity.assumptions.ftePerHead, 3),
          })}</Body1>
          <DataTable
            label={t('costs.capacity.table')}
            rows={plan.months.map((m) => ({ ...m, id: m.month }))}
            columns={[
              { key: 'm', header: t('costs.capacity.columns.month'), cell: (m) => month(m.month) },
              { key: 'r', header: t('costs.capacity.columns.requiredFte'), cell: (m) => f.decimal(m.requiredFte, 1), numeric: true },
              { key: 'h', header: t('costs.capacity.columns.hires'), cell: (m) => f.count(m.hires), numeric: true },
              { key: 'c', header: t('costs.capacity.columns.headcount'), cell: (m) => f.decimal(m.headcount, 1), numeric: true },
              { key: 't', header: t('costs.capacity.columns.trainees'), cell: (m) => f.decimal(m.trainees, 1), numeric: true },
              { key: 'p', header: t('costs.capacity.columns.productiveFte'), cell: (m) => f.decimal(m.productiveFte, 1), numeric: true },
              { key: 's', header: t('costs.capacity.columns.shortfall'), cell: (m) => (m.shortfallNote ? text.note(m.shortfallNote) : '—') },
            ]}
          />
          {plan.notes.map((n, i) => (
            <Body1 as="p" key={i}>{text.note(n)}</Body1>
          ))}
        </>
      )}
    </Group>
  );
}
