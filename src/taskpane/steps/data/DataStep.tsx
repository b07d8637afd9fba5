import { Body1, Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select } from '@fluentui/react-components';
import { WEEKDAYS } from '../../../core/calendar/dates';
import type { AcdSummary } from '../../../core/workload/acdRecords';
import type { ResetItem } from '../../state/derivedSettings';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartWithTable } from '../../components/ChartWithTable';
import { DataTable } from '../../components/DataTable';
import { FieldRow, NumberField, ChoiceField } from '../../components/fields';
import { Group, StepFrame } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useEngineText } from '../../format/useEngineText';
import { useFormat } from '../../format/useFormat';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { QueuesField } from './QueuesField';
import { useDataStep } from './useDataStep';

/** Per-call records: what the calls measure over the whole file (the core's AcdSummary). */
function MeasuredFromCalls(props: { summary: AcdSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = props.summary;
  const rows: { key: string; label: string; value: string }[] = [
    { key: 'offered', label: t('data.measured.offered'), value: f.count(s.offered) },
    { key: 'answered', label: t('data.measured.answered'), value: f.count(s.answered) },
    { key: 'abandoned', label: t('data.measured.abandoned'), value: t('data.measured.abandonedValue', { calls: f.count(s.abandoned), share: s.offered > 0 ? f.percent(s.abandoned / s.offered) : '—' }) },
    { key: 'aht', label: t('data.measured.aht'), value: s.ahtSeconds === undefined ? '—' : f.seconds(s.ahtSeconds, 0) },
    ...([1, 2, 3, 4] as const).map((m) => {
      const sl = s.serviceLevel[m];
      return { key: `sl${m}`, label: t('data.measured.sl', { method: t(`service.method.${m}`), seconds: f.seconds(s.serviceSeconds, 0) }), value: sl.ok ? f.percent(sl.value) : '—' };
    }),
    { key: 'patience', label: t('data.measured.patience'), value: s.patience.ok ? f.seconds(s.patience.value.meanPatienceSeconds, 0) : t('data.measured.noPatience') },
  ];
  return (
    <Group title={t('data.measured.title')}>
      <Body1 as="p">{t('data.measured.intro')}</Body1>
      <DataTable label={t('data.measured.title')} rows={rows} columns={[
        { key: 'm', header: t('columns.measure'), cell: (r) => r.label },
        { key: 'v', header: t('columns.value'), cell: (r) => r.value, numeric: true },
      ]} />
    </Group>
  );
}

export function DataStep() {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  const engine = useEngineText();
  const { host, history, loaded, rejected, reading, totals, fromFile, fromExcel, trySample, mapping, setColumn, resetNote, dismissReset, historyHasAht, ahtShape, setAhtShape } = useDataStep();
  const fileInput = useRef<HTMLInputElement>(null);
  const [sheet, setSheet] = useState('');
  const share = (r: { share: number }) => f.percent(r.share, 1);
  /** the value a reset setting had, as the message shows it */
  const wasText = (r: ResetItem): string =>
    r.field === 'from' ? f.date(String(r.was))
      : r.field === 'patience' && typeof r.was === 'number' ? f.seconds(r.was, 0)
        : r.field === 'holidays' && Array.isArray(r.was) ? f.count(r.was.length)
          : r.field === 'interval' && typeof r.was === 'number' ? f.minutes(r.was)
            : '';
  const reportLines = loaded?.ok ? engine.report(loaded.value.report) : [];
  const findings = loaded?.ok ? engine.findings(loaded.value.report) : [];
  const findingCount = findings.reduce((n, g) => n + g.count, 0);
  return (
    <StepFrame index={1}>
      <Group title={t('data.source')}>
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => fileInput.current?.click()}>{t('data.chooseFile')}</Button>
          <input ref={fileInput} type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" hidden aria-label={t('data.fileInput')}
            onChange={(e) => { const file = e.target.files?.[0]; if (file) void fromFile(file); e.target.value = ''; }} />
          {host.kind === 'excel' && <Button disabled={reading} onClick={() => void fromExcel('selection')}>{t('data.fromSelection')}</Button>}
          {host.kind === 'preview' && !history && <Button disabled={reading} onClick={() => void trySample()}>{t('data.trySample')}</Button>}
        </div>
        {host.kind === 'excel' && (
          <div className={styles.buttons}>
            <Field label={t('data.sheetName')}><Input value={sheet} onChange={(_, d) => setSheet(d.value)} /></Field>
            <Button disabled={reading || sheet.trim() === ''} onClick={() => void fromExcel({ sheet: sheet.trim() })}>{t('data.fromSheet')}</Button>
          </div>
        )}
        <Body1 as="p">{history ? t('data.current', { name: history.name }) : t('data.none')}</Body1>
      </Group>
      <FieldRow>
        <ChoiceField path="data.format" label={t('data.format')} options={(['auto', 'intervals', 'acd'] as const).map((v) => ({ value: v, label: t(`data.formats.${v}`) }))} />
        <ChoiceField path="data.intervalMinutes" label={t('data.intervalMinutes')} options={[5, 10, 15, 30, 60].map((v) => ({ value: v, label: f.minutes(v) }))} />
      </FieldRow>
      <QueuesField />
      <div role="status" aria-live="polite">
        {resetNote && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('data.resetTitle', { name: resetNote.name })}</MessageBarTitle>
              <ul className={styles.issueList}>{resetNote.reset.map((r) => <li key={r.field}>{t(`data.reset.${r.field}`, { was: wasText(r) })}</li>)}</ul>
            </MessageBarBody>
            <MessageBarActions><Button size="small" onClick={dismissReset}>{t('data.resetOk')}</Button></MessageBarActions>
          </MessageBar>
        )}
        {rejected && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('data.rejected', { name: rejected.name })}</MessageBarTitle>
              <pre className={styles.report}>{rejected.message}</pre>
              {rejected.text !== undefined && mapping && <Body1 as="p">{t('columnMap.pending', { name: rejected.name })}</Body1>}
            </MessageBarBody>
          </MessageBar>
        )}
        {loaded && !loaded.ok && (
          <MessageBar intent="error" layout="multiline"><MessageBarBody><pre className={styles.report}>{loaded.message}</pre></MessageBarBody></MessageBar>
        )}
      </div>
      {mapping && <ColumnMappingEditor header={mapping.header} rows={mapping.rows} onChange={setColumn} />}
      {loaded?.ok && !historyHasAht && (
        <Group title={t('data.aht.title')}>
          <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t('data.aht.reason')}</MessageBarBody></MessageBar>
          <Field label={t('data.aht.shape')}>
            <Select className={styles.control} value={ahtShape} onChange={(_, d) => setAhtShape(d.value === 'byWeekday' ? 'byWeekday' : 'single')}>
              <option value="single">{t('data.aht.shapes.single')}</option>
              <option value="byWeekday">{t('data.aht.shapes.byWeekday')}</option>
            </Select>
          </Field>
          {ahtShape === 'single' ? (
            <NumberField path="data.ahtSeconds" label={t('data.aht.seconds')} unit={t('units.sec')} hint={t('data.aht.hint')} required />
          ) : (
            <FieldRow>
              {WEEKDAYS.map((d, i) => <NumberField key={d} path={`data.ahtSeconds.byWeekday[${i}]`} label={t(`weekdays.${d}`)} unit={t('units.sec')} required />)}
            </FieldRow>
          )}
        </Group>
      )}
      {loaded?.ok && loaded.value.acd && <MeasuredFromCalls summary={loaded.value.acd} />}
      {loaded?.ok && totals && (
        <>
          <Group title={t('data.report')}>
            <Body1 as="p">{t('data.summary', { records: f.count(loaded.value.records.length), from: f.date(totals.from), to: f.date(totals.to), minutes: f.minutes(loaded.value.intervalMinutes), format: t(`data.formats.${loaded.value.format}`) })}</Body1>
            <ul className={styles.issueList}>{reportLines.map((line, i) => <li key={i}>{line}</li>)}</ul>
            {findings.length > 0 ? (
              <>
                <Body1 as="p">{t('data.issues', { count: findingCount, n: f.count(findingCount) })}</Body1>
                {findings.map((g) => (
                  <details key={g.kind} open={findings.length <= 3 && g.count <= 3}>
                    <summary>{t('data.findingKind', { kind: engine.kindName(g.kind), count: f.count(g.count), severity: t(`data.severity.${g.severity}`) })}</summary>
                    <ul className={styles.issueList} aria-label={engine.kindName(g.kind)}>
                      {g.examples.map((line, i) => <li key={i}>{line}</li>)}
                      {g.count > g.examples.length && <li>{t('data.moreOfKind', { count: g.count - g.examples.length, n: f.count(g.count - g.examples.length) })}</li>}
                    </ul>
                  </details>
                ))}
              </>
            ) : <Body1 as="p">{t('data.noIssues')}</Body1>}
          </Group>
          <Group title={t('data.byYear')}>
            <DataTable label={t('data.byYear')} rows={totals.year} columns={[
              { key: 'k', header: t('columns.year'), cell: (r) => r.key },
              { key: 'c', header: t('columns.calls'), cell: (r) => f.count(r.calls), numeric: true },
              { key: 'd', header: t('columns.days'), cell: (r) => f.count(r.days), numeric: true },
            ]} />
          </Group>
          <Group title={t('data.byMonth')}>
            <DataTable label={t('data.byMonth')} rows={totals.month} columns={[
              { key: 'k', header: t('columns.month'), cell: (r) => r.key },
              { key: 'c', header: t('columns.calls'), cell: (r) => f.count(r.calls), numeric: true },
              { key: 's', header: t('columns.shareOfYear'), cell: share, numeric: true },
            ]} />
          </Group>
          <Group title={t('data.byWeekday')}>
            <DataTable label={t('data.byWeekday')} rows={totals.weekday} columns={[
              { key: 'k', header: t('columns.weekday'), cell: (r) => t(`weekdays.${r.key}`, { defaultValue: r.key }) },
              { key: 'p', header: t('columns.perDay'), cell: (r) => f.count(r.perDay), numeric: true },
              { key: 'i', header: t('columns.weekdayIndex'), cell: (r) => f.decimal(r.share * 7, 3), numeric: true },
            ]} />
          </Group>
          <ChartWithTable
            title={t('data.byInterval')}
            xLabels={totals.interval.map((r) => r.key)}
            series={[{ label: t('columns.shareOfDay'), values: totals.interval.map((r) => r.share * 100), colour: 'colorBrandForeground1' }]}
            leftLabel={t('columns.shareOfDayAxis')}
            columns={[
              { key: 'k', header: t('columns.interval'), cell: (r) => r.key },
              { key: 'c', header: t('columns.calls'), cell: (r) => f.count(r.calls), numeric: true },
              { key: 's', header: t('columns.shareOfDay'), cell: share, numeric: true },
            ]}
            rows={totals.interval}
          />
        </>
      )}
    </StepFrame>
  );
}
