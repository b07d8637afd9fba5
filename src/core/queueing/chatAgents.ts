import { type Result, success } from '../result';
import { type StaffingQuestion, agentsRequired } from './agentsRequired';

/** Chats one agent may handle at once: above this the "c servers" model no longer describes the work. */
export const MAX_CHAT_CONCURRENCY = 10;

/**
 * Agents for a chat queue (CHAT_AGENTS): each agent handles up to
 * `concurrency` chats at once and the handle time is the chat duration
 * observed at that concurrency, so an agent is `concurrency` servers of an
 * M/M/S queue (planning guide, "Several queues, channels and skills"; Koole,
 * "Call Center Optimization", 2013, §5.4). SL rises with the servers, so the
 * answer is ⌈S / concurrency⌉ for the smallest server count S meeting the
 * objective; concurrency 1 is exactly AGENTS_REQUIRED.
 *
 * @param q the chat queue's question (calls = chats offered, aht = chat duration, seconds)
 * @param concurrency chats at once per agent, a whole number 1…MAX_CHAT_CONCURRENCY (checked at the edge)
 * @example chatAgents({ calls: 100, ahtSeconds: 180, slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 }, 2) //=> success(7) (14 servers)
 */
export function chatAgents(q: StaffingQuestion, concurrency: number): Result<number> {
  const servers = agentsRequired(q);
  if (!servers.ok) return servers;
  return success(Math.ceil(servers.value / concurrency));
}
