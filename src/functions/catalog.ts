import { forecastRatio } from '../core/forecast/ratioDecomposition';
import {
  MAX_TRAFFIC_ERLANGS,
  abandonRateOf,
  agentsRequired,
  asaOf,
  erlangB,
  occupancyOf,
  queueBoundsFailure,
  serviceLevelOf,
  trafficErlangs,
  trunksRequired,
  waitProbabilityOf,
} from '../core/queueing';
import { agentsForAsa } from '../core/queueing/agentsForAsa';
import { MAX_CHAT_CONCURRENCY, chatAgents } from '../core/queueing/chatAgents';
import { backlogAgents } from '../core/staffing/backlogAgents';
import { scheduledStaff } from '../core/staffing/scheduledStaff';
import { SL_TARGET_RANGE } from '../core/staffing/slTarget';
import { trunkLoad } from '../core/staffing/trunkLoad';
import { type ServiceLevelMethod, measuredServiceLevel } from '../core/workload/measuredServiceLevel';
import type { NumberArgument } from './argument';
import type { CellResult } from './cellError';
import type { FunctionMessages } from './messages';
import { cellOf } from './resultCell';

/** One custom function: its arguments (in order) and its computation. */
export interface FunctionSpec {
  readonly id: string;
  readonly args: readonly NumberArgument[];
  /** gets the read arguments (undefined = absent optional) and the messages to word its errors in; returns one cell */
  readonly compute: (values: readonly (number | undefined)[], msgs: FunctionMessages) => CellResult;
}

/** Agent and trunk arguments beyond this are not meant (the load bound stops far earlier). */
export const MAX_AGENTS = 1_000_000;
/** Calls offered in one interval: far beyond any centre, and small enough that no product overflows. */
const MAX_CALLS = 10_000_000;
/** Calls in a year, or one value of a history range. */
export const MAX_ANNUAL_CALLS = 1_000_000_000_000;
const DAY_SECONDS = 86_400;

// ---- argument definitions, each in one place -------------------------------
const calls: NumberArgument = { name: 'calls', min: 0, max: MAX_CALLS };
const aht: NumberArgument = { name: 'aht', min: 0, minExclusive: true, max: DAY_SECONDS, unit: 'seconds' };
const agents: NumberArgument = { name: 'agents', min: 0, max: MAX_AGENTS, whole: true };
const target: NumberArgument = { name: 'target', min: 0, max: DAY_SECONDS, unit: 'seconds' };
/** At least a minute: shorter intervals make the arrival rate of any count of calls unbounded. */
const interval: NumberArgument = {
  name: 'interval', optional: { default: 30 }, min: 1, max: 1440, unit: 'minutes',
};
const slTarget: NumberArgument = { name: 'sl_target', percent: true, min: SL_TARGET_RANGE.min, minExclusive: true, max: SL_TARGET_RANGE.max };
const maxOccupancy: NumberArgument = {
  name: 'max_occupancy', optional: { default: undefined }, percent: true, min: 0, minExclusive: true, max: 1,
};
const patienceOptional: NumberArgument = {
  name: 'patience', optional: { default: undefined }, min: 0, minExclusive: true, max: 10 * DAY_SECONDS, unit: 'seconds',
};
const patience: NumberArgument = { ...patienceOptional, optional: undefined };
/** Below 100%: no finite patience lets every caller abandon, and 0% no staffing reaches. */
const maxAbandon: NumberArgument = {
  name: 'max_abandon', optional: { default: undefined }, percent: true, min: 0, minExclusive: true, max: 1, maxExclusive: true,
};
/** A millisecond: no ACD measures waits more finely, and tinier targets only make the search deep. */
const asaTarget: NumberArgument = { name: 'asa_target', min: 0.001, max: DAY_SECONDS, unit: 'seconds' };
const concurrency: NumberArgument = { name: 'concurrency', min: 1, max: MAX_CHAT_CONCURRENCY, whole: true };
const YEAR_HOURS = 8_784;
const traffic: NumberArgument = { name: 'traffic', min: 0, max: MAX_TRAFFIC_ERLANGS, unit: 'erlangs' };
const trunks: NumberArgument = { name: 'trunks', min: 0, max: MAX_AGENTS, whole: true };
const blocking: NumberArgument = { name: 'blocking', percent: true, min: 0, max: 1 };
const count = (name: string): NumberArgument => ({ name, min: 0, max: MAX_ANNUAL_CALLS });
const seconds = (name: string): NumberArgument => ({ name, min: 0, max: DAY_SECONDS, unit: 'seconds' });

/** One interval's queue from the read arguments (the core checks the shared bounds). */
const queue = (c: number, h: number, n: number, minutes: number, t: number, p: number | undefined) => ({
  calls: c, ahtSeconds: h, agents: n, intervalMinutes: minutes, targetSeconds: t, patienceSeconds: p,
});

// ---- the functions (functions.md) -------------------------------------------
export const catalog: readonly FunctionSpec[] = [
  {
    id: 'ERLANGC',
    args: [calls, aht, agents, interval],
    compute: ([c, h, n, minutes], msgs) => cellOf(waitProbabilityOf(queue(c!, h!, n!, minutes!, 0, undefined)), msgs),
  },
  {
    id: 'AGENTS_REQUIRED',
    args: [calls, aht, slTarget, target, interval, maxOccupancy, patienceOptional, maxAbandon],
    compute: ([c, h, sl, t, minutes, cap, p, ab], msgs) => cellOf(agentsRequired({
      calls: c!, ahtSeconds: h!, slTarget: sl!, targetSeconds: t!, intervalMinutes: minutes!,
      maxOccupancy: cap, patienceSeconds: p, maxAbandon: ab,
    }), msgs),
  },
  {
    id: 'TRUNKS_ERLANGB',
    args: [traffic, blocking],
    compute: ([a, b], msgs) => cellOf(trunksRequired(a!, b!), msgs),
  },
  {
    id: 'SERVICE_LEVEL',
    args: [calls, aht, agents, target, interval, patienceOptional],
    compute: ([c, h, n, t, minutes, p], msgs) => cellOf(serviceLevelOf(queue(c!, h!, n!, minutes!, t!, p)), msgs),
  },
  {
    id: 'FORECAST_RATIO',
    args: [
      { name: 'annual_calls', min: 0, max: MAX_ANNUAL_CALLS },
      { name: 'growth', percent: true, min: -1, minExclusive: true },
      { name: 'month_share', percent: true, min: 0, max: 1 },
      { name: 'days_in_month', min: 1, max: 31, whole: true, unit: 'days' },
      { name: 'weekday_index', min: 0, max: 7 },
      { name: 'interval_share', percent: true, min: 0, max: 1 },
    ],
    compute: ([annual, growth, month, days, weekday, share], msgs) =>
      cellOf(forecastRatio(annual!, growth!, month!, days!, weekday!, share!), msgs),
  },
  {
    id: 'ERLANGB',
    args: [traffic, trunks],
    compute: ([a, n]) => erlangB(a!, n!),
  },
  {
    id: 'TRAFFIC',
    args: [calls, aht, interval],
    compute: ([c, h, minutes], msgs) => {
      const bounds = queueBoundsFailure(c!, h!, minutes!);
      return bounds ? cellOf(bounds, msgs) : trafficErlangs(c!, h!, minutes!);
    },
  },
  {
    id: 'ASA',
    args: [calls, aht, agents, interval, patienceOptional],
    compute: ([c, h, n, minutes, p], msgs) => cellOf(asaOf(queue(c!, h!, n!, minutes!, 0, p)), msgs),
  },
  {
    id: 'OCCUPANCY',
    args: [calls, aht, agents, interval, patienceOptional],
    compute: ([c, h, n, minutes, p], msgs) => cellOf(occupancyOf(queue(c!, h!, n!, minutes!, 0, p)), msgs),
  },
  {
    id: 'ABANDON_RATE',
    args: [calls, aht, agents, patience, interval],
    compute: ([c, h, n, p, minutes], msgs) => cellOf(abandonRateOf(queue(c!, h!, n!, minutes!, 0, p!)), msgs),
  },
  {
    id: 'TRUNK_LOAD',
    args: [calls, seconds('talk'), seconds('asa'), interval, { ...seconds('ivr'), optional: { default: 0 } }],
    compute: ([c, talk, asa, minutes, ivr]) => trunkLoad(c!, talk!, asa!, minutes!, ivr!),
  },
  {
    id: 'SL_ACHIEVED',
    args: [
      count('answered_within'), count('answered'), count('abandoned_within'), count('abandoned'),
      { name: 'method', optional: { default: 3 }, min: 1, max: 4, whole: true },
    ],
    compute: ([aw, a, bw, b, method], msgs) => cellOf(measuredServiceLevel(method as ServiceLevelMethod, aw!, a!, bw!, b!), msgs),
  },
  {
    id: 'AGENTS_ASA',
    args: [calls, aht, asaTarget, interval, patienceOptional],
    compute: ([c, h, asa, minutes, p], msgs) => cellOf(agentsForAsa({
      calls: c!, ahtSeconds: h!, asaTargetSeconds: asa!, intervalMinutes: minutes!, patienceSeconds: p,
    }), msgs),
  },
  {
    id: 'CHAT_AGENTS',
    args: [{ ...calls, name: 'chats' }, aht, slTarget, target, concurrency, interval, patienceOptional],
    compute: ([c, h, sl, t, k, minutes, p], msgs) => cellOf(chatAgents({
      calls: c!, ahtSeconds: h!, slTarget: sl!, targetSeconds: t!, intervalMinutes: minutes!, patienceSeconds: p,
    }, k!), msgs),
  },
  {
    id: 'BACKLOG_AGENTS',
    args: [
      { name: 'items_per_day', min: 0, max: MAX_CALLS },
      aht,
      { name: 'response_hours', min: 0, minExclusive: true, max: YEAR_HOURS, unit: 'hours' },
      { name: 'open_hours', optional: { default: 8 }, min: 0, minExclusive: true, max: 24, unit: 'hours' },
    ],
    compute: ([items, h, window, open], msgs) => cellOf(backlogAgents({
      itemsPerDay: items!, ahtSeconds: h!, responseHours: window!, openHours: open!,
    }), msgs),
  },
  {
    id: 'SCHEDULED_STAFF',
    args: [{ name: 'agents', min: 0, max: MAX_AGENTS }, { name: 'shrinkage', percent: true, min: 0, max: 1, maxExclusive: true }],
    compute: ([n, s], msgs) => cellOf(scheduledStaff(n!, s!), msgs),
  },
];

/** The catalogue by id. */
export const catalogById: ReadonlyMap<string, FunctionSpec> = new Map(catalog.map((spec) => [spec.id, spec]));
