/** The CLI's summary of the plan's e-mail queues (data.queues entries with channel "email"). */
import type { PlanResult } from '../core/plan/planResult';

const whole = (x: number) => Math.round(x).toLocaleString('en-US');

/** One line per e-mail queue: its items, the share of their work done in the phones' idle time, the extra agent-hours and the oldest item against the window. */
export function emailQueueLines(plan: Pick<PlanResult, 'emailQueues'>): string[] {
  return (plan.emailQueues ?? []).map(
    (q) =>
      `  e-mail queue ${q.name} (answered within ${q.responseHours} h): ${whole(q.forecast.totalItems)} items forecast, ${whole(q.workHours)} hours of work, ${(q.idleShare * 100).toFixed(1)}% of it in the phones' idle time, ${whole(q.extraAgentHours)} extra agent-hours; oldest answered at ${q.oldestAgeHours.toFixed(1)} h, ${whole(q.days[q.days.length - 1]?.backlogAtClose ?? 0)} waiting at the last day's close`,
  );
}
