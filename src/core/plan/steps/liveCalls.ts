/** Which of a several-queue history's calls are answered live (voice and chat queues), the rest being e-mail queues' items. */
import type { IntervalRecord } from '../../workload/intervalRecord';
import type { PlanConfig } from '../planConfig';

/**
 * The records of the calls answered live: an e-mail queue's call types leave
 * the phones' history, so the plan's own forecast and requirement (the voice
 * roster whose idle time works the e-mails) and the live queues' shares are
 * of the live calls alone. All of them without e-mail queues.
 */
export function liveRecords(records: readonly IntervalRecord[], queues: PlanConfig['data']['queues']): IntervalRecord[] {
  const email = new Set(Array.isArray(queues) ? queues.filter((q) => q.channel === 'email').flatMap((q) => q.callTypes ?? [q.name]) : []);
  return email.size === 0 ? [...records] : records.filter((r) => r.callType === undefined || !email.has(r.callType));
}
