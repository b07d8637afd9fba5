import { Body1, Switch } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../core/plan/planResult';
import { DataTable } from '../../components/DataTable';
import { FieldRow, NumberField, TextField } from '../../components/fields';
import { RunPanel } from '../../components/RunPanel';
import { Group, StepFrame } from '../../components/StepFrame';
import { WriteButton } from '../../components/WriteButton';
import { useEngineText } from '../../format/useEngineText';
import { useFormat } from '../../format/useFormat';
import { isSampleLabel } from './sampleLabels';
import { usePlansStep } from './usePlansStep';

export function PlansStep() {
  const { t } = useTranslation();
  const f = useFormat();
  const engine = useEngineText();
  const { result, scenarios, asked, toggleBudgetQuestion } = usePlansStep();
  const currency = result?.currency ?? 'USD';
  /** "high" → "High" / "高预算": the sample's plan names in the pane's language, other names as given */
  const planName = (name: unknown) => t(`plans.names.${String(name ?? '')}`, { defaultValue: String(name ?? '') });
  /** a solved plan's column heading: the sample's label in the pane's language when it is still the sample's */
  const heading = (s: ScenarioResult) => (isSampleLabel(s.id, s.label) ? t(`plans.sampleLabels.${s.id}`) : s.label);
  type Row = { key: string; cell: (s: ScenarioResult) => string };
  const rows: Row[] = [
    { key: 'objective', cell: (s) => t('service.objective', { x: Math.round(s.slTarget * 100), y: s.targetSeconds }) },
    { key: 'volume', cell: (s) => f.percent(s.volumeFactor, 0) },
    { key: 'cost', cell: (s) => f.money(s.commitment.totalCost, currency) },
    { key: 'costPerCall', cell: (s) => (s.commitment.costPerCall === undefined ? '—' : f.money(s.commitment.costPerCall, currency, 2)) },
    { key: 'sl', cell: (s) => f.percent(s.commitment.serviceLevel) },
    { key: 'asa', cell: (s) => (s.commitment.asaSeconds === null ? '—' : f.seconds(s.commitment.asaSeconds)) },
    { key: 'abandon', cell: (s) => f.percent(s.commitment.abandonRate) },
    { key: 'occupancy', cell: (s) => f.percent(s.commitment.occupancy) },
  ];
  return (
    <StepFrame index={8}>
      {scenarios.map((_, i) => (
        <Group key={i} title={t('plans.scenarioN', { n: i + 1, name: planName((scenarios[i] as { name?: unknown }).name) })}>
          <TextField path={`scenarios[${i}].label`} label={t('plans.label')} />
          <FieldRow>
            <NumberField path={`scenarios[${i}].volumeFactor`} label={t('plans.volume')} percent hint={t('plans.volumeHint')} />
            <NumberField path={`scenarios[${i}].slTarget`} label={t('plans.slTarget')} percent />
            <NumberField path={`scenarios[${i}].targetSeconds`} label={t('plans.targetSeconds')} unit={t('units.sec')} />
          </FieldRow>
        </Group>
      ))}
      <Group title={t('plans.budgetQuestion')}>
        <Switch checked={asked} label={t('plans.askBudget')} onChange={(_, d) => toggleBudgetQuestion(d.checked)} />
        {asked && (
          <FieldRow>
            <NumberField path="budgetQuestion.budget" label={t('plans.budget')} unit={currency} />
            <NumberField path="budgetQuestion.targetSeconds" label={t('plans.budgetSeconds')} unit={t('units.sec')} hint={t('plans.budgetSecondsHint')} />
          </FieldRow>
        )}
      </Group>
      <RunPanel />
      {result && (
        <>
          <DataTable<Row>
            label={t('plans.compare')}
            rows={rows}
            columns={[
              { key: 'what', header: t('columns.measure'), cell: (r) => t(`plans.rows.${r.key}`) },
              ...result.scenarios.map((s) => ({ key: s.id, header: heading(s), cell: (r: Row) => r.cell(s), numeric: true })),
            ]}
          />
          {result.budgetQuestion && (
            <Body1 as="p" role="note">
              {result.budgetQuestion.slTarget !== undefined
                ? t(result.budgetQuestion.nextSlTarget !== undefined ? 'plans.answer' : 'plans.answerTop', {
                    budget: f.money(result.budgetQuestion.budget, currency),
                    sl: f.percent(result.budgetQuestion.slTarget, 0),
                    seconds: f.seconds(result.budgetQuestion.targetSeconds, 0),
                    cost: f.money(result.budgetQuestion.cost ?? 0, currency),
                    nextSl: f.percent(result.budgetQuestion.nextSlTarget ?? 0, 0),
                    nextCost: f.money(result.budgetQuestion.nextCost ?? 0, currency),
                  })
                : engine.note(result.budgetQuestion.message)}
            </Body1>
          )}
        </>
      )}
      <WriteButton kind="budget" stepIndex={8} />
    </StepFrame>
  );
}
