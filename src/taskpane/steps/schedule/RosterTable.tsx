import { Caption1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { Group } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useFormat } from '../../format/useFormat';
import type { ScheduleSummary } from '../../../core/plan/planResult';

/** Step 7's roster: one row per agent, a column per day and the weekly hours. */
export function RosterTable({ schedule }: { schedule: ScheduleSummary }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  return (
    <Group title={t('schedule.rosterTable')}>
      {schedule.roster.length === 0 ? <Caption1 className={styles.muted}>{t('schedule.noRoster')}</Caption1> : <DataTable label={t('schedule.rosterTable')} rows={schedule.roster} columns={[
        { key: 'a', header: t('columns.agent'), cell: (r) => r.agent },
        ...schedule.rosterDays.map((d, i) => ({ key: d, header: d.slice(5), cell: (r: { shifts: string[] }) => r.shifts[i] ?? '' })),
        { key: 'h', header: t('columns.weeklyHours'), cell: (r) => f.hours(r.weeklyHours), numeric: true },
      ]} />}
    </Group>
  );
}
