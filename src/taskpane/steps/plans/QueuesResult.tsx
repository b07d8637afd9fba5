import { Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { QueuePlan, QueuesSummary } from '../../../core/plan/planResult';
import { DataTable } from '../../components/DataTable';
import { Group } from '../../components/StepFrame';
import { useFormat } from '../../format/useFormat';

/** A several-queue plan's result: each queue's objective, history, forecast and staffing, and the voice queues staffed separately against pooled. */
export function QueuesResult(props: { queues: QueuesSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const c = props.queues.comparison;
  type Row = { key: string; hours: number; share?: number };
  const comparison: Row[] = [
    { key: 'separate', hours: c.separateAgentHours },
    { key: 'pooled', hours: c.pooledAgentHours },
    { key: 'saving', hours: c.savingHours, share: c.savingShare },
  ];
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
          { key: 'what', header: t('plans.queues.columns.staffing'), cell: (r) => t(`plans.queues.comparison.${r.key}`) },
          { key: 'hours', header: t('plans.queues.columns.agentHours'), cell: (r) => (r.share === undefined ? f.hours(r.hours) : `${f.hours(r.hours)} (${f.percent(r.share)})`), numeric: true },
        ]}
      />
      <Body1 as="p">{t('plans.queues.comparisonNote')}</Body1>
    </Group>
  );
}
