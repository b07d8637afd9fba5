import { Body1, Button, Caption1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ChartWithTable } from '../../components/ChartWithTable';
import { DataTable } from '../../components/DataTable';
import { FieldRow, NumberField, ChoiceField, TextField } from '../../components/fields';
import { RunPanel } from '../../components/RunPanel';
import { Group, StepFrame } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { WriteButton } from '../../components/WriteButton';
import { useEngineText } from '../../format/useEngineText';
import { useFormat } from '../../format/useFormat';
import { AnomalyReview } from './AnomalyReview';
import { HolidaysField } from './HolidaysField';
import { UpdateToday } from './UpdateToday';
import { useForecastStep } from './useForecastStep';

export function ForecastStep() {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  const engine = useEngineText();
  const { methods, result, chart, events, addEvent, removeEvent } = useForecastStep();
  return (
    <StepFrame index={2}>
      <AnomalyReview />
      <ChoiceField path="forecast.method" label={t('forecast.method')} options={methods.map((m) => ({ value: m, label: t(`forecast.methods.${m}`) }))} />
      <FieldRow>
        <TextField path="forecast.from" label={t('forecast.from')} placeholder="YYYY-MM-DD" hint={t('forecast.fromHint')} />
        <NumberField path="forecast.days" label={t('forecast.days')} unit={t('units.days')} />
        <NumberField path="forecast.growth" label={t('forecast.growth')} percent />
      </FieldRow>
      <HolidaysField />
      <Group title={t('forecast.events')}>
        {events.length === 0 && <Caption1 className={styles.muted}>{t('forecast.noEvents')}</Caption1>}
        {events.map((_, i) => (
          <div key={i} className={styles.section} role="group" aria-label={t('forecast.eventN', { n: i + 1 })}>
            <FieldRow>
              <TextField path={`forecast.events[${i}].name`} label={t('forecast.eventName')} />
              <NumberField path={`forecast.events[${i}].factor`} label={t('forecast.eventFactor')} hint={t('forecast.eventFactorHint')} />
              <TextField path={`forecast.events[${i}].from`} label={t('forecast.eventFrom')} placeholder="YYYY-MM-DD" />
              <TextField path={`forecast.events[${i}].to`} label={t('forecast.eventTo')} placeholder="YYYY-MM-DD" />
            </FieldRow>
            <div className={styles.buttons}><Button size="small" onClick={() => removeEvent(i)}>{t('forecast.removeEvent', { n: i + 1 })}</Button></div>
          </div>
        ))}
        <div className={styles.buttons}><Button size="small" onClick={addEvent}>{t('forecast.addEvent')}</Button></div>
      </Group>
      <RunPanel />
      {result && (
        <>
          <Body1 as="p">{t('forecast.summary', { method: t(`forecast.methods.${result.forecast.method}`, { defaultValue: result.forecast.method }), from: f.date(result.forecast.from), to: f.date(result.forecast.to), calls: f.count(result.forecast.totalCalls) })}</Body1>
          <Group title={t('forecast.backtest')}>
            <DataTable label={t('forecast.backtest')} rows={result.forecast.backtest} columns={[
              { key: 'm', header: t('columns.method'), cell: (r) => t(`forecast.methods.${r.method}`, { defaultValue: r.method }) },
              { key: 'w', header: t('columns.wmape'), cell: (r) => (r.wmape === undefined ? '—' : f.percent(r.wmape)), numeric: true },
            ]} />
          </Group>
          {chart && (
            <ChartWithTable
              title={t('forecast.chart')}
              xLabels={chart.rows.map((r) => r.date.slice(5))}
              series={[
                { label: t('columns.history'), values: chart.rows.map((r) => r.history), colour: 'colorNeutralForeground2' },
                { label: t('columns.forecast'), values: chart.rows.map((r) => r.forecast), colour: 'colorBrandForeground1', dashed: true },
              ]}
              leftLabel={t('columns.callsPerDay')}
              columns={[
                { key: 'd', header: t('columns.date'), cell: (r) => r.date },
                { key: 'h', header: t('columns.history'), cell: (r) => (r.history === null ? '' : f.count(r.history)), numeric: true },
                { key: 'f', header: t('columns.forecast'), cell: (r) => (r.forecast === null ? '' : f.count(r.forecast)), numeric: true },
              ]}
              rows={chart.rows}
            />
          )}
          <Group title={t('forecast.anomalies')}>
            <ul className={styles.issueList}>
              {[...result.forecast.notes.map(engine.note), ...engine.report(result.history.importReport)].map((n, i) => <li key={i}>{n}</li>)}
            </ul>
          </Group>
        </>
      )}
      <UpdateToday />
      <WriteButton kind="forecast" stepIndex={2} />
    </StepFrame>
  );
}
