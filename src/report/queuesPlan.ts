/**
 * The queue sheets of a several-queue plan (data.queues other than "total"):
 * the forecast's Queues sheet (each queue's summary and its intervals) and the
 * schedule's Queue staffing sheet (separate vs pooled, each queue's agents in
 * the schedule's intervals, the skill groups and their simulated service, the
 * e-mail queues' days), and the schedule's Skill staffing sheet (each skill
 * group's agents and each voice queue's simulated SL per interval). A
 * one-queue plan omits all three; a plan without data.skills the last.
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
  SKILL_GROUP_INTERVALS_TABLE,
  SKILL_GROUPS_TABLE,
  SKILL_QUEUE_INTERVALS_TABLE,
  SKILL_SERVICE_TABLE,
  TEAMS_TABLE,
  type EmailDay,
  type QueueInterval,
  type SkillGroupInterval,
  type SkillQueueInterval,
} from './templateContract';

/** The forecast template's queue sheet and the schedule template's. */
export const QUEUES_SHEET = 'Queues';
export const QUEUE_STAFFING_SHEET = 'Queue staffing';
/** The schedule template's per-interval skill-group sheet (plans with data.skills). */
export const SKILL_STAFFING_SHEET = 'Skill staffing';

/** Whether a 'YYYY-MM-DD' date and 'HH:MM' start is one of the schedule's intervals (the queue tables show those only). */
function inSchedule(result: PlanResult): (date: string, start: string) => boolean {
  const slots = new Set(result.schedule.coverage.map((c) => `${c.date} ${c.start}`));
  return (date, start) => slots.has(`${date} ${start}`);
}

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
  const scheduled = inSchedule(result);
  return [
    tableOperation('schedule', POOLING_TABLE, [result.queues.comparison], ctx),
    tableOperation('schedule', QUEUE_AGENTS_TABLE, queueIntervals(result).filter((i) => scheduled(i.date, i.start)), ctx),
    tableOperation('schedule', SKILL_GROUPS_TABLE, result.queues.skills?.groups ?? [], ctx),
    tableOperation('schedule', SKILL_SERVICE_TABLE, result.queues.skills?.queues ?? [], ctx),
    tableOperation('schedule', EMAIL_DAYS_TABLE, emailDays(result), ctx),
    tableOperation('schedule', TEAMS_TABLE, result.schedule.teams ?? [], ctx),
  ];
}

/** Each skill group's agents in the schedule's intervals, group after group (none without data.skills). */
export function skillGroupIntervals(result: PlanResult): SkillGroupInterval[] {
  const scheduled = inSchedule(result);
  return (result.queues?.skills?.groups ?? []).flatMap((g) =>
    g.intervals
      .filter((i) => scheduled(i.date, formatClock(i.start)))
      .map((i) => ({ date: i.date, weekday: WEEKDAYS[weekday(i.date)], start: formatClock(i.start), group: g.name, agents: i.agents })),
  );
}

/**
 * Each voice queue's simulated SL in the schedule's intervals, queue after
 * queue, with its calls and the Erlang agents and SL of the queue staffed as
 * its own team (its QueuePlan interval of the same date and start).
 */
export function skillQueueIntervals(result: PlanResult): SkillQueueInterval[] {
  const scheduled = inSchedule(result);
  const plans = new Map((result.queues?.queues ?? []).map((q) => [q.name, new Map(q.intervals.map((i) => [`${i.date} ${i.start}`, i]))]));
  return (result.queues?.skills?.queues ?? []).flatMap((q) =>
    q.intervals.flatMap((i) => {
      const own = plans.get(q.name)?.get(`${i.date} ${i.start}`);
      if (!scheduled(i.date, formatClock(i.start)) || own === undefined) return [];
      return [{
        date: i.date,
        weekday: WEEKDAYS[weekday(i.date)],
        start: formatClock(i.start),
        queue: q.name,
        calls: own.calls,
        slTarget: q.slTarget,
        serviceLevel: i.serviceLevel,
        separateAgents: own.agents,
        separateServiceLevel: own.serviceLevel,
      }];
    }),
  );
}

/** The schedule's Skill staffing sheet: each group's agents and each voice queue's service per interval; none without data.skills. */
export function scheduleSkillTables(result: PlanResult, ctx: PlanFormatContext): TableOperation[] {
  if (!result.queues?.skills) return [];
  return [
    tableOperation('schedule', SKILL_GROUP_INTERVALS_TABLE, skillGroupIntervals(result), ctx),
    tableOperation('schedule', SKILL_QUEUE_INTERVALS_TABLE, skillQueueIntervals(result), ctx),
  ];
}
