import { forecastRatio } from '../core/forecast/ratioDecomposition';
import {
  agentsRequired,
  erlangAMetrics,
  erlangB,
  erlangC,
  erlangCMetrics,
  trafficErlangs,
  trunksRequired,
} from '../core/queueing';
import type { Result } from '../core/result';
import { scheduledStaff } from '../core/staffing/scheduledStaff';
import { SL_TARGET_RANGE } from '../core/staffing/slTarget';
import { trunkLoad } from '../core/staffing/trunkLoad';
import { type ServiceLevelMethod, measuredServiceLevel } from '../core/workload/measuredServiceLevel';
import type { NumberArgument } from './argument';
import { type CellResult, notAvailable, valueError } from './cellError';
import type { FunctionMessages } from './messages';

/** One custom function: its arguments (in order) and its computation. */
export interface FunctionSpec {
  readonly id: string;
  readonly args: readonly NumberArgument[];
  /** gets the read arguments (undefined = absent optional) and the messages to word its errors in; returns one cell */
  readonly compute: (values: readonly (number | undefined)[], msgs: FunctionMessages) => CellResult;
}

/** Beyond these the engine is not meant to run (and its loops would be long). */
export const MAX_TRAFFIC_ERLANGS = 1_000_000;
export const MAX_AGENTS = 1_000_000;
const DAY_SECONDS = 86_400;

// ---- argument definitions, each in one place -------------------------------
const calls: NumberArgument = { name: 'calls', min: 0 };
const aht: NumberArgument = { name: 'aht', min: 0, minExclusive: true, max: DAY_SECONDS, unit: 'seconds' };
const agents: NumberArgument = { name: 'agents', min: 0, max: MAX_AGENTS, whole: true };
const target: NumberArgument = { name: 'target', min: 0, max: DAY_SECONDS, unit: 'seconds' };
const interval: NumberArgument = {
  name: 'interval', optional: { default: 30 }, min: 0, minExclusive: true, max: 1440, unit: 'minutes',
};
const slTarget: NumberArgument = { name: 'sl_target', percent: true, min: SL_TARGET_RANGE.min, minExclusive: true, max: SL_TARGET_RANGE.max };
const maxOccupancy: NumberArgument = {
  name: 'max_occupancy', optional: { default: undefined }, percent: true, min: 0, minExclusive: true, max: 1,
};
const patienceOptional: NumberArgument = {
  name: 'patience', optional: { default: undefined }, min: 0, minExclusive: true, max: 10 * DAY_SECONDS, unit: 'seconds',
};
const patience: NumberArgument = { ...patienceOptional, optional: undefined };
const traffic: NumberArgument = { name: 'traffic', min: 0, max: MAX_TRAFFIC_ERLANGS, unit: 'erlangs' };
const trunks: NumberArgument = { name: 'trunks', min: 0, max: MAX_AGENTS, whole: true };
const blocking: NumberArgument = { name: 'blocking', percent: true, min: 0, max: 1 };
const count = (name: string): NumberArgument => ({ name, min: 0 });
const seconds = (name: string): NumberArgument => ({ name, min: 0, max: DAY_SECONDS, unit: 'seconds' });

// ---- helpers ----------------------------------------------------------------
/** A core Result as a cell: invalid → #VALUE!, no answer → #N/A. */
function cellOf(result: Result<number>): CellResult {
  if (result.ok) return result.value;
  return result.code === 'invalid' ? valueError(result.message) : notAvailable(result.message);
}

/** The load check every queueing function shares; returns the load or an error. */
function loadOf(c: number, h: number, minutes: number, msgs: FunctionMessages): number | CellResult {
  const load = trafficErlangs(c, h, minutes);
  return load > MAX_TRAFFIC_ERLANGS ? valueError(msgs.loadTooLarge(load, MAX_TRAFFIC_ERLANGS)) : load;
}

const isNumber = (v: unknown): v is number => typeof v === 'number';

/** Erlang A metrics for one interval, or the load error. */
function erlangA(c: number, h: number, n: number, minutes: number, p: number, t = 0) {
  return erlangAMetrics({ calls: c, ahtSeconds: h, agents: n, patienceSeconds: p, intervalMinutes: minutes, targetSeconds: t });
}

// ---- the functions (functions.md) -------------------------------------------
export const catalog: readonly FunctionSpec[] = [
  {
    id: 'ERLANGC',
    args: [calls, aht, agents, interval],
    compute: ([c, h, n, minutes], msgs) => {
      const load = loadOf(c!, h!, minutes!, msgs);
      return isNumber(load) ? erlangC(load, n!) : load;
    },
  },
  {
    id: 'AGENTS_REQUIRED',
    args: [calls, aht, slTarget, target, interval, maxOccupancy, patienceOptional],
    compute: ([c, h, sl, t, minutes, cap, p], msgs) => {
      const load = loadOf(c!, h!, minutes!, msgs);
      if (!isNumber(load)) return load;
      if (sl! >= 1 && c! > 0) return notAvailable(msgs.unreachableSl(sl!, t!));
      return cellOf(agentsRequired({
        calls: c!, ahtSeconds: h!, slTarget: sl!, targetSeconds: t!, intervalMinutes: minutes!,
        maxOccupancy: cap, patienceSeconds: p,
      }));
    },
  },
  {
    id: 'TRUNKS_ERLANGB',
    args: [traffic, blocking],
    compute: ([a, b], msgs) => (b! <= 0 && a! > 0 ? notAvailable(msgs.zeroBlocking()) : cellOf(trunksRequired(a!, b!))),
  },
  {
    id: 'SERVICE_LEVEL',
    args: [calls, aht, agents, target, interval, patienceOptional],
    compute: ([c, h, n, t, minutes, p], msgs) => {
      const load = loadOf(c!, h!, minutes!, msgs);
      if (!isNumber(load)) return load;
      if (p === undefined) return erlangCMetrics(load, n!, h!, t!).serviceLevel;
      return erlangA(c!, h!, n!, minutes!, p, t!).serviceLevel;
    },
  },
  {
    id: 'FORECAST_RATIO',
    args: [
      { name: 'annual_calls', min: 0 },
      { name: 'growth', percent: true, min: -1, minExclusive: true },
      { name: 'month_share', percent: true, min: 0, max: 1 },
      { name: 'days_in_month', min: 1, max: 31, whole: true, unit: 'days' },
      { name: 'weekday_index', min: 0, max: 7 },
      { name: 'interval_share', percent: true, min: 0, max: 1 },
    ],
    compute: ([annual, growth, month, days, weekday, share]) =>
      cellOf(forecastRatio(annual!, growth!, month!, days!, weekday!, share!)),
  },
  {
    id: 'ERLANGB',
    args: [traffic, trunks],
    compute: ([a, n]) => erlangB(a!, n!),
  },
  {
    id: 'TRAFFIC',
    args: [calls, aht, interval],
    compute: ([c, h, minutes], msgs) => loadOf(c!, h!, minutes!, msgs),
  },
  {
    id: 'ASA',
    args: [calls, aht, agents, interval, patienceOptional],
    compute: ([c, h, n, minutes, p], msgs) => {
      const load = loadOf(c!, h!, minutes!, msgs);
      if (!isNumber(load)) return load;
      if (p === undefined) {
        if (load > 0 && n! <= load) return notAvailable(msgs.unstableAsa(n!, load));
        return erlangCMetrics(load, n!, h!, 0).asaSeconds;
      }
      if (c! > 0 && n === 0) return notAvailable(msgs.noAnswered());
      return erlangA(c!, h!, n!, minutes!, p).asaSeconds;
    },
  },
  {
    id: 'OCCUPANCY',
    args: [calls, aht, agents, interval, patienceOptional],
    compute: ([c, h, n, minutes, p], msgs) => {
      const load = loadOf(c!, h!, minutes!, msgs);
      if (!isNumber(load)) return load;
      if (n === 0) return notAvailable(msgs.noAgentsOccupancy());
      if (p === undefined) return erlangCMetrics(load, n!, h!, 0).occupancy;
      return erlangA(c!, h!, n!, minutes!, p).occupancy;
    },
  },
  {
    id: 'ABANDON_RATE',
    args: [calls, aht, agents, patience, interval],
    compute: ([c, h, n, p, minutes], msgs) => {
      const load = loadOf(c!, h!, minutes!, msgs);
      return isNumber(load) ? erlangA(c!, h!, n!, minutes!, p!).abandonProbability : load;
    },
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
    compute: ([aw, a, bw, b, method], msgs) => {
      if (aw! > a!) return valueError(msgs.notMore('answered_within', aw!, 'answered', a!));
      if (bw! > b!) return valueError(msgs.notMore('abandoned_within', bw!, 'abandoned', b!));
      const base = method === 2 ? a! : method === 4 ? a! + b! - bw! : a! + b!;
      if (base <= 0) return notAvailable(msgs.noServiceBase(method!));
      return cellOf(measuredServiceLevel(method as ServiceLevelMethod, aw!, a!, bw!, b!));
    },
  },
  {
    id: 'SCHEDULED_STAFF',
    args: [{ name: 'agents', min: 0 }, { name: 'shrinkage', percent: true, min: 0, max: 1, maxExclusive: true }],
    compute: ([n, s]) => cellOf(scheduledStaff(n!, s!)),
  },
];

/** The catalogue by id. */
export const catalogById: ReadonlyMap<string, FunctionSpec> = new Map(catalog.map((spec) => [spec.id, spec]));
