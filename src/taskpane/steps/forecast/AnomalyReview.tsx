import { Body1, Caption1, Field, Select, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RepairMethod } from '../../../core/forecast/repair';
import { Group } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useFormat } from '../../format/useFormat';
import { REPAIR_METHODS, useCleaning } from './useCleaning';

/** Step 3: the history's flagged anomalies, a repair/keep switch on each, and the repair method. */
export function AnomalyReview() {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  const { hasHistory, repair, anomalies, setRepair, setAccepted } = useCleaning();
  const when = (a: { date: string; start?: string }) => (a.start ? `${f.date(a.date)} ${a.start}` : t('cleaning.wholeDay', { date: f.date(a.date) }));
  const kept = anomalies.filter((a) => !a.accepted).length;
  const repaired = anomalies.filter((a) => a.repairedTo !== undefined).length;
  return (
    <Group title={t('cleaning.title')}>
      <Body1 as="p">{t('cleaning.intro')}</Body1>
      <Field label={t('cleaning.repair')}>
        <Select className={styles.control} value={repair} onChange={(_, d) => setRepair(d.value as RepairMethod)}>
          {REPAIR_METHODS.map((m) => <option key={m} value={m}>{t(`cleaning.repairs.${m}`)}</option>)}
        </Select>
      </Field>
      {!hasHistory && <Caption1 className={styles.muted}>{t('cleaning.needHistory')}</Caption1>}
      {hasHistory && anomalies.length === 0 && <Body1 as="p">{t('cleaning.none')}</Body1>}
      {anomalies.length > 0 && (
        <>
          <Body1 as="p" role="status">{t('cleaning.summary', { flagged: f.count(anomalies.length), repaired: f.count(repaired), kept: f.count(kept) })}</Body1>
          <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={t('cleaning.table')}>
            <Table size="extra-small" className={styles.autoTable} aria-label={t('cleaning.table')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('cleaning.columns.when')}</TableHeaderCell>
                  <TableHeaderCell>{t('cleaning.columns.kind')}</TableHeaderCell>
                  <TableHeaderCell className={styles.numeric}>{t('cleaning.columns.observed')}</TableHeaderCell>
                  <TableHeaderCell className={styles.numeric}>{t('cleaning.columns.expected')}</TableHeaderCell>
                  <TableHeaderCell className={styles.numeric}>{t('cleaning.columns.repairedTo')}</TableHeaderCell>
                  <TableHeaderCell>{t('cleaning.columns.repair')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {anomalies.map((a) => (
                  <TableRow key={`${a.date}|${a.start ?? ''}`}>
                    <TableCell className={styles.nowrap}>{when(a)}</TableCell>
                    <TableCell>{t(`cleaning.kinds.${a.kind}`)}</TableCell>
                    <TableCell className={styles.numeric}>{f.count(a.observed)}</TableCell>
                    <TableCell className={styles.numeric}>{f.count(a.expected)}</TableCell>
                    <TableCell className={styles.numeric}>{a.repairedTo === undefined ? '—' : f.count(a.repairedTo)}</TableCell>
                    <TableCell>
                      <Switch checked={a.accepted} aria-label={t('cleaning.repairRow', { when: when(a) })} onChange={(_, d) => setAccepted(a, d.checked)} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </Group>
  );
}
