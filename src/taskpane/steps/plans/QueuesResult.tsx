import { Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { EmailQueuePlan, QueuePlan, QueuesSummary, SkillsPlan } from '../../../core/plan/planResult';
import { DataTable } from '../../components/DataTable';
import { Group } from '../../components/StepFrame';
import { useFormat } from '../../format/useFormat';

type SkillQueue = SkillsPlan['queues'][number];

/** Whether a simulated SL meets its target: its whole 95% interval above (yes), below (no), or the target inside it (unsure); the mean alone without an interval. */
function meetsTarget(q: SkillQueue): 'yes' | 'no' | 'unsure' | undefined {
  const sl = q.serviceLevel;
  if (sl === null) return undefined;
  if (sl.ci95 === null) return sl.mean >= q.slTarget ? 'yes' : 'no';
  return sl.ci95[0] >= q.slTarget ? 'yes' : sl.ci95[1] < q.slTarget ? 'no' : 'unsure';
}

/**
 * A several-queue plan's result: each queue's objective, history, forecast and
 * staffing; the voice queues staffed separately, pooled and (data.skills) by
 * skill groups with each queue's simulated SL; the e-mail queues' backlog.
 */
export function QueuesResult(props: { queues: QueuesSummary; emailQueues: readonly EmailQueuePlan[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const c = props.queues.comparison;
  type Row = { key: string; hours: number; share?: number };
  const comparison: Row[] = [
    { key: 'separate', hours: c.separateAgentHours },
    { key: 'pooled', hours: c.pooledAgentHours },
    { key: 'saving', hours: c.savingHours, share: c.savingShare },
    ...(c.skillsAgentHours !== undefined ? [{ key: 'skills', hours: c.skillsAgentHours }] : []),
  ];
  const skills = props.queues.skills;
  return (
    <Group title={t('plans.queues.title')}>
      <DataTable<QueuePlan>
        label={t('plans.queues.title')}
        rows={props.queues.queues}
        columns={[
          { key: 'queue', header: t('plans.queues.columns.queue'), cell: (q) => q.name },
          { key: 'channel', header: t('plans.queues.columns.channel'), cell: (q) => (q.channel === 'chat' ? t('plans.queues.channels.chat', { n: q.concurrency }) : t('plans.queues.channels.voice')) },
          { key: 'objective', header: t('plans.queues.columns.objective'), cell: (q) => t('service.objective', { x: Math.round(q.slTarget * 100), y: q.targetSeconds }) },
          { key: 'historyCalls', header: t('plans.queues.columns.historyCalls'), cell: (q) => f.count(q.history.totalCalls), numeric: true },
          { key: 'historyAht', header: t('plans.queues.columns.historyAht'), cell: (q) => (q.history.ahtSeconds === null ? '—' : f.seconds(q.history.ahtSeconds, 0)), numeric: true },
          { key: 'forecastCalls', header: t('plans.queues.columns.forecastCalls'), cell: (q) => f.count(q.forecast.totalCalls), numeric: true },
          { key: 'agentHours', header: t('plans.queues.columns.agentHours'), cell: (q) => f.hours(q.agentHours), numeric: true },
          { key: 'peakAgents', header: t('plans.queues.columns.peakAgents'), cell: (q) => f.count(q.peakAgents), numeric: true },
        ]}
      />
      <DataTable<Row>
        label={t('plans.queues.comparisonTitle')}
        rows={comparison}
        columns={[
          { key: 'what', header: t('plans.queues.columns.staffing'), cell: (r) => (r.key === 'skills' ? t('plans.queues.skillsRow') : t(`plans.queues.comparison.${r.key}`)) },
          { key: 'hours', header: t('plans.queues.columns.agentHours'), cell: (r) => (r.share === undefined ? f.hours(r.hours) : `${f.hours(r.hours)} (${f.percent(r.share)})`), numeric: true },
        ]}
      />
      <Body1 as="p">{t('plans.queues.comparisonNote')}</Body1>
      {skills && (
        <>
          <DataTable<SkillQueue>
            label={t('plans.queues.skillsTitle')}
            rows={skills.queues}
            columns={[
              { key: 'queue', header: t('plans.queues.skillColumns.queue'), cell: (q) => q.name },
              { key: 'objective', header: t('plans.queues.skillColumns.objective'), cell: (q) => t('service.objective', { x: Math.round(q.slTarget * 100), y: q.targetSeconds }) },
              {
                key: 'simulated',
                header: t('plans.queues.skillColumns.simulated'),
                cell: (q) => (q.serviceLevel === null ? '—' : q.serviceLevel.ci95 === null ? f.percent(q.serviceLevel.mean)
                  : t('plans.withInterval', { value: f.percent(q.serviceLevel.mean), lo: f.percent(q.serviceLevel.ci95[0]), hi: f.percent(q.serviceLevel.ci95[1]) })),
                numeric: true,
              },
              { key: 'meets', header: t('plans.queues.skillColumns.meets'), cell: (q) => { const m = meetsTarget(q); return m === undefined ? '—' : t(`plans.queues.meets.${m}`); } },
            ]}
          />
          <Body1 as="p">{t('plans.queues.skillsNote', { calls: f.count(skills.callsPerEvaluation), seed: skills.seed })}</Body1>
        </>
      )}
      {props.emailQueues.length > 0 && (
        <>
          <DataTable<EmailQueuePlan>
            label={t('plans.queues.emailTitle')}
            rows={props.emailQueues}
            columns={[
              { key: 'queue', header: t('plans.queues.emailColumns.queue'), cell: (q) => q.name },
              { key: 'window', header: t('plans.queues.emailColumns.window'), cell: (q) => f.hours(q.responseHours), numeric: true },
              { key: 'items', header: t('plans.queues.emailColumns.items'), cell: (q) => f.count(q.forecast.totalItems), numeric: true },
              { key: 'idle', header: t('plans.queues.emailColumns.idle'), cell: (q) => `${f.hours(q.idleHours)} (${f.percent(q.idleShare)})`, numeric: true },
              { key: 'extra', header: t('plans.queues.emailColumns.extra'), cell: (q) => f.hours(q.extraAgentHours), numeric: true },
              { key: 'backlog', header: t('plans.queues.emailColumns.backlog'), cell: (q) => f.count(Math.max(0, ...q.days.map((d) => d.backlogAtClose))), numeric: true },
              { key: 'oldest', header: t('plans.queues.emailColumns.oldest'), cell: (q) => f.hours(q.oldestAgeHours), numeric: true },
            ]}
          />
          <Body1 as="p">{t('plans.queues.emailNote')}</Body1>
        </>
      )}
    </Group>
  );
}
