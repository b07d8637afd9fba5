/**
 * Why a core question failed, as data — a stable code and its values — so the
 * edges word it in the user's language (the function message tables) while
 * `Failure.message` keeps the English text for CLIs, logs and other callers.
 * Quantities are named as the arguments a user sees (calls, patience, …).
 */

/** The values of each reason, by code. Fractions are 0–1, times in seconds. */
export interface FailureReasonParams {
  /** the offered load (calls × aht ÷ interval), Erlangs, is above what the engine computes */
  loadTooLarge: { load: number; max: number };
  /** calls arriving within one mean patience (λ × patience) are above what the Erlang A series sums */
  patienceArrivalsTooMany: { arrivals: number; max: number };
  /** no agent count reaches the service level within the target time */
  unreachableSl: { slTarget: number; seconds: number };
  /** the occupancy cap needs `agents` (= ⌈traffic ÷ cap⌉), more than the engine staffs (`max`) */
  unreachableOccupancy: { maxOccupancy: number; agents: number; max: number };
  /** no agent count brings the average speed of answer down to `seconds` */
  unreachableAsa: { seconds: number };
  /** no agent count keeps abandonment within `maxAbandon` */
  unreachableAbandon: { maxAbandon: number };
  /** an abandonment cap was given without a patience (abandonment needs Erlang A) */
  abandonNeedsPatience: Record<string, never>;
  /** items arriving as the team stops wait `minimumHours` (closed hours + one handle time) at least, longer than the response window */
  backlogWindowTooShort: { responseHours: number; minimumHours: number; openHours: number };
  /** no trunk count reaches 0% blocking */
  zeroBlocking: Record<string, never>;
  /** no trunk count up to `max` reaches the blocking target */
  unreachableBlocking: { max: number };
  /** Erlang C with agents ≤ traffic: the queue grows without limit */
  unstableAsa: { agents: number; traffic: number };
  /** 0 agents answer no call */
  noAnswered: Record<string, never>;
  /** 0 agents have no occupancy */
  noAgentsOccupancy: Record<string, never>;
  /** a count exceeds the count it is part of (answered_within > answered) */
  notMore: { name: string; value: number; other: string; otherValue: number };
  /** the measured-SL method's base has no calls */
  noServiceBase: { method: number };
}

export type FailureReasonCode = keyof FailureReasonParams;

/** One reason: its code and its values. */
export type FailureReason = { [C in FailureReasonCode]: { readonly code: C; readonly params: FailureReasonParams[C] } }[FailureReasonCode];

/** A table that words every reason (one per language; a missing code does not compile). */
export type FailureReasonTexts = { readonly [C in FailureReasonCode]: (p: FailureReasonParams[C]) => string };

const erlangs = (load: number): number => Number(load.toPrecision(6));
const hours = (h: number): string => String(Number(h.toPrecision(4)));
const percent = (fraction: number): string => `${Number((fraction * 100).toPrecision(12))}%`;

/** The English wording (also `Failure.message`). */
export const FAILURE_REASONS_EN: FailureReasonTexts = {
  loadTooLarge: ({ load, max }) =>
    `the offered load is ${erlangs(load)} Erlangs; NineStep computes up to ${max.toLocaleString('en-US')} Erlangs`,
  patienceArrivalsTooMany: ({ arrivals, max }) =>
    `${Number(arrivals.toPrecision(6))} calls arriving within one mean patience; NineStep computes Erlang A up to ${max.toLocaleString('en-US')} (lower calls or patience, or lengthen the interval)`,
  unreachableSl: ({ slTarget, seconds }) => `no agent count reaches ${percent(slTarget)} within ${seconds} s`,
  unreachableOccupancy: ({ maxOccupancy, agents, max }) =>
    `max_occupancy ${percent(maxOccupancy)} needs ${agents.toLocaleString('en-US')} agents; NineStep staffs up to ${max.toLocaleString('en-US')} (raise max_occupancy)`,
  unreachableAsa: ({ seconds }) => `no agent count brings the average speed of answer down to ${seconds} s`,
  unreachableAbandon: ({ maxAbandon }) => `no agent count keeps abandonment within ${percent(maxAbandon)}`,
  abandonNeedsPatience: () => 'max_abandon needs patience (abandonment is modelled by Erlang A)',
  backlogWindowTooShort: ({ responseHours, minimumHours, openHours }) =>
    `with open_hours ${hours(openHours)}, an item arriving just after the team stops waits at least ${hours(minimumHours)} h (the closed hours, then its handling), longer than response_hours ${hours(responseHours)} (widen response_hours or open_hours)`,
  zeroBlocking: () => 'no trunk count reaches 0% blocking',
  unreachableBlocking: ({ max }) => `no trunk count up to ${max.toLocaleString('en-US')} reaches the blocking target`,
  unstableAsa: ({ agents, traffic }) =>
    `with ${agents} agents for ${erlangs(traffic)} Erlangs the queue grows without limit, so ASA is unbounded (add agents or give a patience)`,
  noAnswered: () => 'no call is answered with 0 agents, so ASA is undefined',
  noAgentsOccupancy: () => 'occupancy is undefined with 0 agents',
  notMore: ({ name, value, other, otherValue }) => `${name} (${value}) cannot exceed ${other} (${otherValue})`,
  noServiceBase: ({ method }) =>
    `${method === 2 ? 'no answered calls' : method === 4 ? 'no calls in the base of method 4 (answered + abandoned − short abandons)' : `no calls in the base of method ${method} (answered + abandoned)`}: service level is undefined`,
};

/** Words a reason from a table. */
export function reasonText(reason: FailureReason, texts: FailureReasonTexts = FAILURE_REASONS_EN): string {
  return (texts[reason.code] as (p: FailureReason['params']) => string)(reason.params);
}

/** Builds a reason (typed by its code). */
export const reason = <C extends FailureReasonCode>(code: C, params: FailureReasonParams[C]): FailureReason =>
  ({ code, params }) as FailureReason;
