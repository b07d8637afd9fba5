import { Body1, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartWithTable } from '../../components/ChartWithTable';
import { DataTable } from '../../components/DataTable';
import { FieldRow, SelectField } from '../../components/fields';
import { Group, StepFrame } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useEngineText } from '../../format/useEngineText';
import { useFormat } from '../../format/useFormat';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { useDataStep } from './useDataStep';

export function DataStep() {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  const engine = useEngineText();
  const { host, history, loaded, rejected, reading, totals, fromFile, fromExcel, mapping, setColumn } = useDataStep();
  const fileInput = useRef<HTMLInputElement>(null);
  const [sheet, setSheet] = useState('');
  const share = (r: { share: number }) => f.percent(r.share, 1);
  const findings = loaded?.ok ? engine.report(loaded.value.report) : [];
  return (
    <StepFrame index={1}>
      <Group title={t('data.source')}>
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => fileInput.current?.click()}>{t('data.chooseFile')}</Button>
          <input ref={fileInput} type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" hidden aria-label={t('data.fileInput')}
            onChange={(e) => { const file = e.target.files?.[0]; if (file) void fromFile(file); e.target.value = ''; }} />
          {host.kind === 'excel' && <Button disabled={reading} onClick={() => void fromExcel('selection')}>{t('data.fromSelection')}</Button>}
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
        <SelectField path="data.format" label={t('data.format')} options={(['auto', 'intervals', 'acd'] as const).map((v) => ({ value: v, label: t(`data.formats.${v}`) }))} />
        <SelectField path="data.intervalMinutes" label={t('data.intervalMinutes')} options={[5, 10, 15, 30, 60].map((v) => ({ value: v, label: f.minutes(v) }))} />
      </FieldRow>
      <div role="status" aria-live="polite">
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
      {loaded?.ok && totals && (
        <>
          <Group title={t('data.report')}>
            <Body1 as="p">{t('data.summary', { records: f.count(loaded.value.records.length), from: f.date(totals.from), to: f.date(totals.to), minutes: f.minutes(loaded.value.intervalMinutes), format: t(`data.formats.${loaded.value.format}`) })}</Body1>
            {findings.length > 0 ? (
              <details open={findings.length <= 5}>
                <summary>{t('data.issues', { count: findings.length })}</summary>
                <ul className={styles.issueList}>{findings.map((line, i) => <li key={i}>{line}</li>)}</ul>
              </details>
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
