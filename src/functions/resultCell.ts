import type { FailureReason } from '../core/failureReasons';
import type { Result } from '../core/result';
import { type CellResult, notAvailable, valueError } from './cellError';
import type { FunctionMessages } from './messages';

/** Words an engine failure's reason from a language's message table. */
export function reasonMessage(r: FailureReason, msgs: FunctionMessages): string {
  switch (r.code) {
    case 'loadTooLarge': return msgs.loadTooLarge(r.params.load, r.params.max);
    case 'patienceArrivalsTooMany': return msgs.patienceArrivalsTooMany(r.params.arrivals, r.params.max);
    case 'unreachableSl': return msgs.unreachableSl(r.params.slTarget, r.params.seconds);
    case 'unreachableOccupancy': return msgs.unreachableOccupancy(r.params.maxOccupancy, r.params.agents, r.params.max);
    case 'unreachableAsa': return msgs.unreachableAsa(r.params.seconds);
    case 'unreachableAbandon': return msgs.unreachableAbandon(r.params.maxAbandon);
    case 'abandonNeedsPatience': return msgs.abandonNeedsPatience();
    case 'backlogWindowTooShort': return msgs.backlogWindowTooShort(r.params.responseHours, r.params.minimumHours, r.params.openHours);
    case 'zeroBlocking': return msgs.zeroBlocking();
    case 'unreachableBlocking': return msgs.unreachableBlocking(r.params.max);
    case 'unstableAsa': return msgs.unstableAsa(r.params.agents, r.params.traffic);
    case 'noAnswered': return msgs.noAnswered();
    case 'noAgentsOccupancy': return msgs.noAgentsOccupancy();
    case 'notMore': return msgs.notMore(r.params.name, r.params.value, r.params.other, r.params.otherValue);
    case 'noServiceBase': return msgs.noServiceBase(r.params.method);
  }
}

/**
 * A core Result as a cell: invalid → #VALUE!, no answer → #N/A, worded from
 * the failure's reason in `msgs` (its English `message` when it has none).
 */
export function cellOf(result: Result<number>, msgs: FunctionMessages): CellResult {
  if (result.ok) return result.value;
  const message = result.reason ? reasonMessage(result.reason, msgs) : result.message;
  return result.code === 'invalid' ? valueError(message) : notAvailable(message);
}
