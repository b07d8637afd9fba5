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
import { QueuesResult } from './QueuesResult';
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
  const atVolume = (s: ScenarioResult, which: (factor: number) => boolean) => {
    const point = s.volumeRisk.find((v) => which(v.volumeFactor));
    return point ? f.percent(point.serviceLevel) : '—';
  };
  const odds = result?.scenarios[0]?.targetProbability;
  const rows: Row[] = [
    { key: 'objective', cell: (s) => t('service.objective', { x: Math.round(s.slTarget * 100), y: s.targetSeconds }) },
    { key: 'volume', cell: (s) => f.percent(s.volumeFactor, 0) },
    { key: 'cost', cell: (s) => f.money(s.commitment.totalCost, currency) },
    { key: 'costPerCall', cell: (s) => (s.commitment.costPerCall === undefined ? '—' : f.money(s.commitment.costPerCall, currency, 2)) },
    { key: 'sl', cell: (s) => f.percent(s.commitment.serviceLevel) },
    {
      key: 'simulated',
      cell: (s) => t('plans.withInterval', { value: f.percent(s.simulated.serviceLevel), lo: f.percent(s.simulated.ci95[0]), hi: f.percent(s.simulated.ci95[1]) }),
    },
    { key: 'belowTarget', cell: (s) => t('plans.ofIntervals', { n: s.simulated.intervalsBelowTarget.simulated, of: s.simulated.intervalsBelowTarget.intervals }) },
    { key: 'volumeLow', cell: (s) => atVolume(s, (v) => v < 1) },
    { key: 'volumeHigh', cell: (s) => atVolume(s, (v) => v > 1) },
    { key: 'odds', cell: (s) => (s.targetProbability === null ? '—' : f.percent(s.targetProbability.probability, 0)) },
    { key: 'asa', cell: (s) => (s.commitment.asaSeconds === null ? '—' : f.seconds(s.commitment.asaSeconds)) },
    { key: 'abandon', cell: (s) => f.percent(s.commitment.abandonRate) },
    { key: 'occupancy', cell: (s) => f.percent(s.commitment.occupancy) },
    { key: 'shapeHours', cell: (s) => t('plans.shapeHours', { hours: f.hours(s.rosterShape.extraHours), share: f.percent(s.rosterShape.extraShare) }) },
    { key: 'shapeCost', cell: (s) => f.money(s.rosterShape.extraCost, currency) },
  ];
  const mid = result?.scenarios.find((s) => s.id === 'mid') ?? result?.scenarios[0];
  type Worst = ScenarioResult['simulated']['worstIntervals'][number];
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
          <Body1 as="p">
            {t('plans.promiseNote', { replications: result.scenarios[0]?.simulated.replications ?? 0 })}{' '}
            {odds ? t('plans.oddsNote', { error: f.percent(odds.forecastError) }) : t('plans.noOddsNote')}
          </Body1>
          {mid && mid.simulated.worstIntervals.length > 0 && (
            <DataTable<Worst>
              label={t('plans.worst', { plan: mid.label })}
              rows={[...mid.simulated.worstIntervals]}
              columns={[
                { key: 'date', header: t('plans.worstColumns.date'), cell: (w) => f.date(w.date) },
                { key: 'start', header: t('plans.worstColumns.start'), cell: (w) => w.start },
                { key: 'erlang', header: t('plans.worstColumns.erlang'), cell: (w) => f.percent(w.erlangServiceLevel), numeric: true },
                { key: 'simulated', header: t('plans.worstColumns.simulated'), cell: (w) => f.percent(w.simulatedServiceLevel), numeric: true },
              ]}
            />
          )}
          {result.queues && <QueuesResult queues={result.queues} emailQueues={result.emailQueues ?? []} />}
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
