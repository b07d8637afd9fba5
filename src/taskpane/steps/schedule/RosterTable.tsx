import { Caption1, Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { Group } from '../../components/StepFrame';
import { useStyles } from '../../components/styles';
import { useFormat } from '../../format/useFormat';
import type { RosterEntry, ScheduleSummary } from '../../../core/plan/planResult';

/**
 * Step 7's rotating roster, one rotation week at a time (a tab per week, so
 * seven day columns fit the pane): per agent the shift each day ("HH:MM–HH:MM"
 * by its start date, "Holiday (paid)" on a paid holiday, "Off" otherwise), that week's paid hours, and over the
 * whole rotation the late shifts and weekend days off.
 */
export function RosterTable({ schedule }: { schedule: ScheduleSummary }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const f = useFormat();
  const [week, setWeek] = useState(0);
  const weeks = schedule.rotation?.weeks ?? 1;
  const shown = Math.min(week, weeks - 1);
  const days = schedule.rosterDays.slice(shown * 7, shown * 7 + 7);
  const onDay = (r: RosterEntry, date: string): string => {
    const s = r.shifts.find((x) => x.start.startsWith(date));
    if (s) return `${s.start.slice(11)}–${s.end.slice(11)}`;
    return r.paidHolidays.some((h) => h.date === date) ? t('schedule.paidHoliday') : t('schedule.off');
  };
  const agentName = (name: string): string => {
    // "Agent 3", or "Sales: Agent 3" on a plan scheduled team by team
    const n = /^(?:(.+): )?Agent (\d+)$/.exec(name);
    if (!n) return name;
    const agent = t('schedule.agentName', { n: n[2] });
    return n[1] === undefined ? agent : t('schedule.teamAgent', { team: n[1], agent });
  };
  const spread = schedule.rotation;
  return (
    <Group title={t('schedule.rosterTable')}>
      {schedule.roster.length === 0 ? <Caption1 className={styles.muted}>{t('schedule.noRoster')}</Caption1> : (
        <>
          {spread && <Caption1 as="p">{t('schedule.rotationSpread', { weeks: spread.weeks, lateMin: spread.lateShifts.min, lateMax: spread.lateShifts.max, offMin: spread.weekendDaysOff.min, offMax: spread.weekendDaysOff.max })}</Caption1>}
          {weeks > 1 && (
            <TabList size="small" aria-label={t('schedule.rosterWeeks')} selectedValue={String(shown)} onTabSelect={(_, d) => setWeek(Number(d.value))}>
              {Array.from({ length: weeks }, (_, w) => <Tab key={w} value={String(w)}>{t('schedule.rosterWeek', { n: w + 1 })}</Tab>)}
            </TabList>
          )}
          <DataTable label={`${t('schedule.rosterTable')} — ${t('schedule.rosterWeek', { n: shown + 1 })}`} rows={schedule.roster} columns={[
            { key: 'a', header: t('columns.agent'), cell: (r) => agentName(r.agent) },
            ...(schedule.teams ? [{ key: 's', header: t('columns.skills'), cell: (r: RosterEntry) => (r.skills ?? []).join(', ') }] : []),
            ...days.map((d) => ({ key: d, header: d.slice(5), cell: (r: RosterEntry) => onDay(r, d) })),
            { key: 'h', header: t('columns.weeklyHours'), cell: (r) => f.hours(r.weeklyHours[shown] ?? 0), numeric: true },
            { key: 'l', header: t('columns.lateShifts'), cell: (r) => f.count(r.lateShifts), numeric: true },
            { key: 'w', header: t('columns.weekendDaysOff'), cell: (r) => f.count(r.weekendDaysOff), numeric: true },
          ]} />
        </>
      )}
    </Group>
  );
}
