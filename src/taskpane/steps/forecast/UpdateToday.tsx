import { Body1, Button, Caption1, Field, Input } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { useStyles } from '../../components/styles';
import { useEngineText } from '../../format/useEngineText';
import { useFormat } from '../../format/useFormat';
import { type UpdateRow, gapPeak, useUpdateToday } from './useUpdateToday';

/**
 * Step 3's "Update today" (collapsed until opened): today's actuals so far and
 * a clock time give the revised rest of the day, and with a solved plan the
 * agents it needs against the schedule.
 */
export function UpdateToday() {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  const engine = useEngineText();
  const { hasHistory, today, fileProblem, time, setTime, fromFile, run, outcome } = useUpdateToday();
  const fileInput = useRef<HTMLInputElement>(null);
  const failed = outcome && !outcome.ok ? outcome : undefined;
  const fileMessage = fileProblem ? engine.failure(fileProblem) : failed?.field === 'file' ? engine.failure(failed.failure) : undefined;
  const timeMessage = failed?.field === 'time' ? engine.failure(failed.failure) : undefined;
  const done = outcome?.ok ? outcome : undefined;
  const signed = (n: number) => (n > 0 ? `+${f.count(n)}` : f.count(n));

  let summary: string[] = [];
  if (done) {
    const { restRevised, restDayAhead } = done.revised.revised;
    const change = restDayAhead > 0 ? restRevised / restDayAhead - 1 : 0;
    const level = Math.abs(change) < 0.005
      ? t('forecast.today.onForecast', { from: done.from })
      : t(change > 0 ? 'forecast.today.above' : 'forecast.today.below', { from: done.from, share: f.percent(Math.abs(change), 0) });
    const peak = gapPeak(done.rows, done.intervalMinutes);
    const staffing = done.staffing === 'noPlan' ? t('forecast.today.needsPlan')
      : done.staffing === 'outsidePlan' ? t('forecast.today.outsidePlan', { date: f.date(done.date) })
        : !peak ? ''
          : peak.gap > 0 ? t('forecast.today.short', { count: peak.gap, agents: f.count(peak.gap), from: peak.from, to: peak.to })
            : t('forecast.today.covered', { count: -peak.gap, agents: f.count(-peak.gap) });
    summary = [staffing === '' ? `${level}.` : t('forecast.today.sentence', { level, staffing })];
  }
  const withGap = done?.staffing === 'plan';
  return (
    <details className={styles.section}>
      <summary><Body1><strong>{t('forecast.today.title')}</strong></Body1></summary>
      <div role="group" aria-label={t('forecast.today.title')}>
        <Body1 as="p">{t('forecast.today.intro')}</Body1>
        {!hasHistory && <Caption1 className={styles.muted}>{t('forecast.today.needsHistory')}</Caption1>}
        <Field label={t('forecast.today.file')} validationMessage={fileMessage} validationState={fileMessage ? 'error' : 'none'}>
          <div className={styles.buttons}>
            <Button disabled={!hasHistory} onClick={() => fileInput.current?.click()}>{t('forecast.today.chooseFile')}</Button>
            <input ref={fileInput} type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" hidden aria-label={t('forecast.today.file')}
              onChange={(e) => { const file = e.target.files?.[0]; if (file) void fromFile(file); e.target.value = ''; }} />
            {today && <Caption1>{t('forecast.today.fileRead', { name: today.name, date: f.date(today.date), count: today.records.length, intervals: f.count(today.records.length) })}</Caption1>}
          </div>
        </Field>
        <Field label={t('forecast.today.from')} hint={t('forecast.today.fromHint')} validationMessage={timeMessage} validationState={timeMessage ? 'error' : 'none'}>
          <Input value={time} placeholder="HH:MM" onChange={(_, d) => setTime(d.value)} />
        </Field>
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={!hasHistory || !today} onClick={run}>{t('forecast.today.update')}</Button>
        </div>
        {done && (
          <>
            <Body1 as="p" role="status">{summary.join(' ')}</Body1>
            <DataTable<UpdateRow> label={t('forecast.today.table')} rows={done.rows} columns={[
              { key: 'i', header: t('columns.interval'), cell: (r) => r.start },
              { key: 'd', header: t('forecast.today.dayAhead'), cell: (r) => f.count(r.dayAhead), numeric: true },
              { key: 'c', header: t('forecast.today.revised'), cell: (r) => f.count(r.calls), numeric: true },
              ...(withGap ? [
                { key: 'n', header: t('forecast.today.needed'), cell: (r: UpdateRow) => (r.gap ? f.count(r.gap.required) : '—'), numeric: true },
                { key: 's', header: t('columns.scheduled'), cell: (r: UpdateRow) => (r.gap ? f.count(r.gap.scheduled ?? r.gap.planRequired) : '—'), numeric: true },
                { key: 'g', header: t('forecast.today.gap'), cell: (r: UpdateRow) => (r.gap ? signed(r.gap.gap) : '—'), numeric: true },
              ] : []),
            ]} />
            <Caption1 as="p" className={styles.muted}>{engine.note(done.revised.note)}</Caption1>
          </>
        )}
      </div>
    </details>
  );
}
