import { Body1, Button, Caption1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartWithTable } from '../../components/ChartWithTable';
import { FieldRow, NumberField, ChoiceField, TextField } from '../../components/fields';
import { ListField } from '../../components/ListField';
import { RunPanel } from '../../components/RunPanel';
import { Group, StepFrame } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { WriteButton } from '../../components/WriteButton';
import { useEngineText } from '../../format/useEngineText';
import { useFormat } from '../../format/useFormat';
import { intervalLabel } from '../staffing/StaffingStep';
import { useFieldProblems, usePlan } from '../../state/PlanContext';
import { DEFAULT_MAX_CONSECUTIVE_DAYS, DEFAULT_MIN_REST_HOURS } from '../../../core/schedule/contracts';
import { BreaksEditor } from './BreaksEditor';
import { RosterTable } from './RosterTable';
import { useScheduleStep } from './useScheduleStep';

export function ScheduleStep() {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  const engine = useEngineText();
  const { valueAt } = usePlan();
  const { result, generators, templates, coverage, coverageChart, addGenerator, removeGenerator, removeTemplate, setGeneratorBreaks, setTemplateBreaks } = useScheduleStep();
  const scheduleProblem = useFieldProblems('schedule');
  // without contracts of its own the plan has the engine's one contract (named "Agents"): heads are not split by contract
  const ownContracts = valueAt('schedule.contracts') !== undefined;
  // several queues: how the agents are organised into teams (one queue has one team)
  const queues = valueAt('data.queues');
  const severalQueues = queues !== undefined && queues !== 'total';
  const teamsDefault = valueAt('data.skills') !== undefined ? 'skills' : 'pooled';
  const chartLabels = useMemo(() => coverageChart.rows.map(intervalLabel(t)), [coverageChart, t]);
  const chartSeries = useMemo(() => [
    { label: t('columns.required'), values: coverageChart.required, colour: 'colorNeutralForeground2' as const, dashed: true },
    { label: t('columns.scheduled'), values: coverageChart.scheduled, colour: 'colorBrandForeground1' as const },
  ], [coverageChart, t]);
  return (
    <StepFrame index={6}>
      <FieldRow>
        <ChoiceField path="schedule.objective" label={t('schedule.objective')} options={[{ value: 'cover', label: t('schedule.objectives.cover') }, { value: 'balance', label: t('schedule.objectives.balance') }]} />
        <NumberField path="schedule.timeLimitSeconds" label={t('schedule.timeLimit')} unit={t('units.sec')} />
      </FieldRow>
      {severalQueues && (
        <ChoiceField path="schedule.teams" label={t('schedule.teams.label')} hint={t('schedule.teams.hint')} defaultValue={teamsDefault} options={[
          { value: 'pooled', label: t('schedule.teams.pooled') },
          { value: 'separate', label: t('schedule.teams.separate') },
          { value: 'skills', label: t('schedule.teams.skills') },
        ]} />
      )}
      <Group title={t('schedule.generators')}>
        {scheduleProblem && <Caption1 role="alert" className={styles.error}>{scheduleProblem}</Caption1>}
        {generators.map((_, i) => (
          <div key={i} className={styles.section} role="group" aria-label={t('schedule.generatorN', { n: i + 1 })}>
            <Caption1><strong>{t('schedule.generatorN', { n: i + 1 })}</strong></Caption1>
            <FieldRow>
              <TextField path={`schedule.generators[${i}].firstStart`} label={t('schedule.firstStart')} placeholder="HH:MM" />
              <TextField path={`schedule.generators[${i}].lastStart`} label={t('schedule.lastStart')} placeholder="HH:MM" />
              <NumberField path={`schedule.generators[${i}].everyMinutes`} label={t('schedule.every')} unit={t('units.min')} />
            </FieldRow>
            <ListField path={`schedule.generators[${i}].lengths`} label={t('schedule.lengths')} hint={t('schedule.lengthsHint')} numbers />
            <ListField path={`schedule.generators[${i}].days`} label={t('schedule.days')} hint={t('schedule.daysHint')} weekdays />
            <details>
              <summary>{t('schedule.breaks.title')}</summary>
              {generators[i].lengths.map((length) => (
                <BreaksEditor key={length} path={`schedule.generators[${i}].breaks.${length}`} title={t('schedule.breaks.forLength', { length: f.minutes(length) })} shiftMinutes={length} onChange={(list) => setGeneratorBreaks(i, length, list)} />
              ))}
            </details>
            <div className={styles.buttons}><Button size="small" onClick={() => removeGenerator(i)}>{t('schedule.removeGenerator', { n: i + 1 })}</Button></div>
          </div>
        ))}
        <div className={styles.buttons}><Button size="small" onClick={addGenerator}>{t('schedule.addGenerator')}</Button></div>
        {templates.length > 0 && (
          <ul className={styles.issueList} aria-label={t('schedule.templates')}>
            {templates.map((tpl, i) => (
              <li key={i}>
                {t('schedule.template', { name: tpl.name ?? '', start: tpl.start ?? '', length: f.minutes(tpl.minutes ?? 0) })}{' '}
                <Button size="small" appearance="subtle" onClick={() => removeTemplate(i)}>{t('schedule.removeTemplate', { name: tpl.name ?? i + 1 })}</Button>
                {typeof tpl.minutes === 'number' && (
                  <details>
                    <summary>{t('schedule.breaks.title')}</summary>
                    <BreaksEditor path={`schedule.templates[${i}].breaks`} title={t('schedule.breaks.forTemplate', { name: tpl.name ?? i + 1 })} shiftMinutes={tpl.minutes} onChange={(list) => setTemplateBreaks(i, list)} />
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </Group>
      <Group title={t('schedule.roster')}>
        <FieldRow>
          <NumberField path="schedule.roster.minWorkDays" label={t('schedule.minWorkDays')} unit={t('units.days')} />
          <NumberField path="schedule.roster.maxWorkDays" label={t('schedule.maxWorkDays')} unit={t('units.days')} />
          <NumberField path="schedule.roster.maxWeeklyHours" label={t('schedule.maxWeeklyHours')} unit={t('units.hr')} />
          <NumberField path="schedule.roster.minRestHours" label={t('schedule.minRestHours')} unit={t('units.hr')} defaultValue={DEFAULT_MIN_REST_HOURS} />
          <NumberField path="schedule.roster.maxConsecutiveDays" label={t('schedule.maxConsecutiveDays')} unit={t('units.days')} defaultValue={DEFAULT_MAX_CONSECUTIVE_DAYS} />
          <NumberField path="schedule.roster.weeks" label={t('schedule.rotationWeeks')} unit={t('units.weeks')} defaultValue={4} />
        </FieldRow>
      </Group>
      <RunPanel primary />
      {result && (
        <>
          <Body1 as="p">{t('schedule.summary', { status: t(`schedule.statuses.${result.schedule.status}`, { defaultValue: result.schedule.status }), paid: f.hours(result.schedule.paidHours), required: f.hours(result.schedule.requiredHours), efficiency: f.percent(result.schedule.efficiency), gap: f.percent(result.schedule.gap, 2), seconds: f.seconds(result.schedule.solveSeconds) })}</Body1>
          {result.schedule.paidHolidayHours > 0 && <Body1 as="p">{t('schedule.paidHolidayHours', { hours: f.hours(result.schedule.paidHolidayHours) })}</Body1>}
          {result.schedule.headcount && (
            <Body1 as="p">{t(ownContracts ? 'schedule.headcount' : 'schedule.headcountOne', {
              people: f.count(result.schedule.headcount.total),
              contracts: result.schedule.headcount.byContract.map((c) => t('schedule.contractHeads', { contract: c.contract, people: f.count(c.agents) })).join(t('fields.listSeparator')),
              fte: f.decimal(result.schedule.fte, 1),
              week: f.hours(result.schedule.fullTimeWeeklyHours),
            })}</Body1>
          )}
          {result.schedule.teams && (
            <ul className={styles.issueList} aria-label={t('schedule.teamsTitle')}>
              {result.schedule.teams.map((team) => (
                <li key={team.name}>{t('schedule.teamLine', { team: team.name, queues: team.queues.join(t('fields.listSeparator')), paid: f.hours(team.paidHours), required: f.hours(team.requiredHours), people: f.count(team.headcount ?? 0), fte: f.decimal(team.fte, 1), gap: f.percent(team.gap, 2) })}</li>
              ))}
            </ul>
          )}
          {!result.schedule.headcount && <Body1 as="p">{t('schedule.fteOnly', { fte: f.decimal(result.schedule.fte, 1), week: f.hours(result.schedule.fullTimeWeeklyHours) })}</Body1>}
          {result.schedule.notes.length > 0 && <ul className={styles.issueList}>{result.schedule.notes.map((n, i) => <li key={i}>{engine.note(n)}</li>)}</ul>}
          <ChartWithTable
            title={t('schedule.chart')}
            xLabels={chartLabels}
            series={chartSeries}
            leftLabel={t('columns.agents')}
            columns={[
              { key: 'i', header: t('columns.interval'), cell: (c) => `${c.date} ${c.start}` },
              { key: 'r', header: t('columns.required'), cell: (c) => f.decimal(c.required, 1), numeric: true },
              { key: 's', header: t('columns.scheduled'), cell: (c) => f.count(c.scheduled), numeric: true },
              { key: 'o', header: t('columns.over'), cell: (c) => f.decimal(c.over, 1), numeric: true },
              { key: 'u', header: t('columns.under'), cell: (c) => f.decimal(c.under, 1), numeric: true },
              { key: 'l', header: t('columns.sl'), cell: (c) => f.percent(c.serviceLevel), numeric: true },
            ]}
            rows={coverage}
          />
          <RosterTable schedule={result.schedule} />
        </>
      )}
      <WriteButton kind="schedule" stepIndex={6} />
    </StepFrame>
  );
}
