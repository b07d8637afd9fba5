/**
 * The queue sheets of a several-queue plan (data.queues other than "total"):
 * the forecast's Queues sheet (each queue's summary and its intervals) and the
 * schedule's Queue staffing sheet (separate vs pooled, each queue's agents in
 * the schedule's intervals, the skill groups and their simulated service, the
 * e-mail queues' days). A one-queue plan omits both sheets.
 */
import { WEEKDAYS, weekday } from '../core/calendar/dates';
import { formatClock } from '../core/calendar/clock';
import type { PlanResult } from '../core/plan/planResult';
import type { TableOperation } from './fillPlan';
import type { PlanFormatContext } from './planFormats';
import { tableOperation } from './tableOperation';
import {
  EMAIL_DAYS_TABLE,
  POOLING_TABLE,
  QUEUE_AGENTS_TABLE,
  QUEUE_INTERVALS_TABLE,
  QUEUES_TABLE,
  SKILL_GROUPS_TABLE,
  SKILL_SERVICE_TABLE,
  type EmailDay,
  type QueueInterval,
} from './templateContract';

/** The forecast template's queue sheet and the schedule template's. */
export const QUEUES_SHEET = 'Queues';
export const QUEUE_STAFFING_SHEET = 'Queue staffing';

/** Every queue's intervals, queue after queue, in the order of the plan's queues. */
export function queueIntervals(result: PlanResult): QueueInterval[] {
  return (result.queues?.queues ?? []).flatMap((q) =>
    q.intervals.map((i) => ({
      queue: q.name,
      channel: q.channel,
      date: i.date,
      weekday: WEEKDAYS[weekday(i.date)],
      start: formatClock(i.start),
      calls: i.calls,
      ahtSeconds: i.ahtSeconds,
      agents: i.agents,
      serviceLevel: i.serviceLevel,
    })),
  );
}

/** Every e-mail queue's days, queue after queue. */
export function emailDays(result: PlanResult): EmailDay[] {
  return (result.emailQueues ?? []).flatMap((q) => q.days.map((d) => ({ ...d, queue: q.name, weekday: WEEKDAYS[weekday(d.date)], responseHours: q.responseHours })));
}

/** The forecast's Queues sheet: the queues' summary and their intervals; none for a one-queue plan. */
export function forecastQueueTables(result: PlanResult, ctx: PlanFormatContext): TableOperation[] {
  if (!result.queues) return [];
  return [tableOperation('forecast', QUEUES_TABLE, result.queues.queues, ctx), tableOperation('forecast', QUEUE_INTERVALS_TABLE, queueIntervals(result), ctx)];
}

/**
 * The schedule's Queue staffing sheet: separate vs pooled, each queue's agents
 * in the schedule's intervals (its coverage days), the skill groups and each
 * voice queue's simulated SL (empty tables without data.skills), and the
 * e-mail queues' days (empty without one); none for a one-queue plan.
 */
export function scheduleQueueTables(result: PlanResult, ctx: PlanFormatContext): TableOperation[] {
  if (!result.queues) return [];
  const slots = new Set(result.schedule.coverage.map((c) => `${c.date} ${c.start}`));
  const inSchedule = queueIntervals(result).filter((i) => slots.has(`${i.date} ${i.start}`));
  return [
    tableOperation('schedule', POOLING_TABLE, [result.queues.comparison], ctx),
    tableOperation('schedule', QUEUE_AGENTS_TABLE, inSchedule, ctx),
    tableOperation('schedule', SKILL_GROUPS_TABLE, result.queues.skills?.groups ?? [], ctx),
    tableOperation('schedule', SKILL_SERVICE_TABLE, result.queues.skills?.queues ?? [], ctx),
    tableOperation('schedule', EMAIL_DAYS_TABLE, emailDays(result), ctx),
  ];
}
