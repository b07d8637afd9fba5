/* The WFM custom functions: thin adapters over the catalogue (catalog.ts), which
 * holds the arguments' bounds and the maths calls. The JSDoc here is what Excel's
 * formula autocomplete and Insert Function dialog show; the metadata plugin
 * generates functions.json from it and associates each id with its function.
 * Every argument may be a single value, a range or an array constant: results
 * spill in the ranges' shape. Parameters are typed any[][] for that reason.
 * Error messages follow Office's display language (displayLocale.ts); the
 * zh-CN help text lives in i18n/zh-CN.ts and becomes functions.zh-CN.json. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { catalogById } from './catalog';
import { displayLocale } from './displayLocale';
import { evaluate } from './evaluate';
import { toExcel } from './excelResult';
import { messagesFor } from './messagesFor';
import { evaluateRange, rangeCatalogById } from './rangeFunctions';

type Arg = any[][] | null | undefined;

// Outside Excel (the task pane previewed in a browser, tests) there is no
// custom-functions runtime; registration is then a no-op.
const host = globalThis as { CustomFunctions?: unknown };
if (typeof host.CustomFunctions === 'undefined') host.CustomFunctions = { associate: () => undefined };
type Cells = (number | CustomFunctions.Error)[][];

const run = (id: string, args: Arg[]): Cells => toExcel(evaluate(catalogById.get(id)!, args, messagesFor(displayLocale())));
const runRange = (id: string, args: Arg[]): Cells =>
  toExcel(evaluateRange(rangeCatalogById.get(id)!, args, messagesFor(displayLocale())));

/**
 * Probability that a call waits (Erlang C); 1 when agents ≤ traffic.
 * @customfunction ERLANGC
 * @param calls Calls offered in the interval.
 * @param aht Average handle time, seconds.
 * @param agents Agents on the phones (whole number).
 * @param [interval] Interval length, minutes (default 30).
 * @returns Probability of waiting, 0 to 1.
 */
export function erlangc(calls: any[][], aht: any[][], agents: any[][], interval?: any[][]): any[][] {
  return run('ERLANGC', [calls, aht, agents, interval]);
}

/**
 * Smallest whole number of agents whose service level reaches the target (Erlang C, or Erlang A when patience is given).
 * @customfunction AGENTS_REQUIRED
 * @param calls Calls offered in the interval.
 * @param aht Average handle time, seconds.
 * @param sl_target Service-level target: fraction (0.8), percentage (80%) or percentage number (80).
 * @param target Answer-time target, seconds (the Y of X/Y).
 * @param [interval] Interval length, minutes (default 30).
 * @param [max_occupancy] Occupancy cap, fraction or percentage (optional).
 * @param [patience] Mean caller patience, seconds; when given the Erlang A model is used.
 * @param [max_abandon] Abandonment cap: the share of offered calls that may abandon, fraction or percentage (needs patience).
 * @returns Agents required (whole number); 0 calls need 0 agents.
 */
export function agentsRequired(
  calls: any[][], aht: any[][], sl_target: any[][], target: any[][],
  interval?: any[][], max_occupancy?: any[][], patience?: any[][], max_abandon?: any[][],
): any[][] {
  return run('AGENTS_REQUIRED', [calls, aht, sl_target, target, interval, max_occupancy, patience, max_abandon]);
}

/**
 * Smallest number of trunks (lines) whose Erlang B blocking is at most the target.
 * @customfunction TRUNKS_ERLANGB
 * @param traffic Offered trunk load, Erlangs (see TRUNK_LOAD).
 * @param blocking Blocking target: fraction (0.01), percentage (1%) or percentage number.
 * @returns Trunks required (whole number).
 */
export function trunksErlangB(traffic: any[][], blocking: any[][]): any[][] {
  return run('TRUNKS_ERLANGB', [traffic, blocking]);
}

/**
 * Predicted fraction of offered calls answered within the target time (Erlang C; Erlang A when patience is given).
 * @customfunction SERVICE_LEVEL
 * @param calls Calls offered in the interval.
 * @param aht Average handle time, seconds.
 * @param agents Agents on the phones (whole number).
 * @param target Answer-time target, seconds.
 * @param [interval] Interval length, minutes (default 30).
 * @param [patience] Mean caller patience, seconds; when given the Erlang A model is used.
 * @returns Service level, 0 to 1.
 */
export function serviceLevel(
  calls: any[][], aht: any[][], agents: any[][], target: any[][], interval?: any[][], patience?: any[][],
): any[][] {
  return run('SERVICE_LEVEL', [calls, aht, agents, target, interval, patience]);
}

/**
 * Calls forecast for one interval by ratio decomposition: annual × (1 + growth) × month share ÷ days × weekday index × interval share.
 * @customfunction FORECAST_RATIO
 * @param annual_calls Last year's total calls.
 * @param growth Expected growth: fraction (0.12) or percentage (12%).
 * @param month_share The month's share of the year, fraction or percentage.
 * @param days_in_month Days the centre is open in the month (whole number).
 * @param weekday_index The weekday's index (its share of the week ÷ 1/7; 1.469 = 146.9% of an average day).
 * @param interval_share The interval's share of the day, fraction or percentage.
 * @returns Calls forecast for the interval (unrounded).
 */
export function forecastRatio(
  annual_calls: any[][], growth: any[][], month_share: any[][], days_in_month: any[][],
  weekday_index: any[][], interval_share: any[][],
): any[][] {
  return run('FORECAST_RATIO', [annual_calls, growth, month_share, days_in_month, weekday_index, interval_share]);
}

/**
 * Erlang B blocking probability: the share of calls that find every trunk busy.
 * @customfunction ERLANGB
 * @param traffic Offered load, Erlangs.
 * @param trunks Number of trunks or lines (whole number).
 * @returns Blocking probability, 0 to 1.
 */
export function erlangb(traffic: any[][], trunks: any[][]): any[][] {
  return run('ERLANGB', [traffic, trunks]);
}

/**
 * Offered load in Erlangs: calls × aht ÷ interval seconds.
 * @customfunction TRAFFIC
 * @param calls Calls offered in the interval.
 * @param aht Average handle time, seconds.
 * @param [interval] Interval length, minutes (default 30).
 * @returns Offered load, Erlangs.
 */
export function traffic(calls: any[][], aht: any[][], interval?: any[][]): any[][] {
  return run('TRAFFIC', [calls, aht, interval]);
}

/**
 * Average speed of answer of answered calls, seconds (Erlang C; Erlang A when patience is given).
 * @customfunction ASA
 * @param calls Calls offered in the interval.
 * @param aht Average handle time, seconds.
 * @param agents Agents on the phones (whole number).
 * @param [interval] Interval length, minutes (default 30).
 * @param [patience] Mean caller patience, seconds; when given the Erlang A model is used.
 * @returns Average speed of answer, seconds.
 */
export function asa(calls: any[][], aht: any[][], agents: any[][], interval?: any[][], patience?: any[][]): any[][] {
  return run('ASA', [calls, aht, agents, interval, patience]);
}

/**
 * Agent occupancy: the share of agents' time spent handling calls (Erlang C; Erlang A when patience is given).
 * @customfunction OCCUPANCY
 * @param calls Calls offered in the interval.
 * @param aht Average handle time, seconds.
 * @param agents Agents on the phones (whole number).
 * @param [interval] Interval length, minutes (default 30).
 * @param [patience] Mean caller patience, seconds; when given the Erlang A model is used.
 * @returns Occupancy, 0 to 1.
 */
export function occupancy(calls: any[][], aht: any[][], agents: any[][], interval?: any[][], patience?: any[][]): any[][] {
  return run('OCCUPANCY', [calls, aht, agents, interval, patience]);
}

/**
 * Share of offered calls that abandon before an answer (Erlang A, exponential patience).
 * @customfunction ABANDON_RATE
 * @param calls Calls offered in the interval.
 * @param aht Average handle time, seconds.
 * @param agents Agents on the phones (whole number).
 * @param patience Mean caller patience, seconds.
 * @param [interval] Interval length, minutes (default 30).
 * @returns Abandon rate, 0 to 1.
 */
export function abandonRate(calls: any[][], aht: any[][], agents: any[][], patience: any[][], interval?: any[][]): any[][] {
  return run('ABANDON_RATE', [calls, aht, agents, patience, interval]);
}

/**
 * Erlangs held on trunks: calls × (talk + asa + ivr) ÷ interval seconds (after-call work holds no trunk).
 * @customfunction TRUNK_LOAD
 * @param calls Calls offered in the interval.
 * @param talk Average talk time including hold, seconds.
 * @param asa Average speed of answer (time waiting on the line), seconds.
 * @param [interval] Interval length, minutes (default 30).
 * @param [ivr] Time in the IVR on the same trunks, seconds (default 0).
 * @returns Trunk load, Erlangs.
 */
export function trunkLoad(calls: any[][], talk: any[][], asa: any[][], interval?: any[][], ivr?: any[][]): any[][] {
  return run('TRUNK_LOAD', [calls, talk, asa, interval, ivr]);
}

/**
 * Measured service level by method 1–4 of the planning guide (default 3: every abandon counts as missed).
 * @customfunction SL_ACHIEVED
 * @param answered_within Calls answered within the target time.
 * @param answered Calls answered.
 * @param abandoned_within Calls abandoned within the target time.
 * @param abandoned Calls abandoned.
 * @param [method] 1: (Aw+Bw)/(A+B); 2: Aw/A; 3: Aw/(A+B); 4: Aw/(A+B−Bw). Default 3.
 * @returns Measured service level, 0 to 1.
 */
export function slAchieved(
  answered_within: any[][], answered: any[][], abandoned_within: any[][], abandoned: any[][], method?: any[][],
): any[][] {
  return run('SL_ACHIEVED', [answered_within, answered, abandoned_within, abandoned, method]);
}

/**
 * Smallest whole number of agents whose average speed of answer is at most the target (Erlang C, or Erlang A when patience is given).
 * @customfunction AGENTS_ASA
 * @param calls Calls offered in the interval.
 * @param aht Average handle time, seconds.
 * @param asa_target Average speed of answer that must not be exceeded, seconds.
 * @param [interval] Interval length, minutes (default 30).
 * @param [patience] Mean caller patience, seconds; when given the Erlang A model is used.
 * @returns Agents required (whole number); 0 calls need 0 agents.
 */
export function agentsAsa(calls: any[][], aht: any[][], asa_target: any[][], interval?: any[][], patience?: any[][]): any[][] {
  return run('AGENTS_ASA', [calls, aht, asa_target, interval, patience]);
}

/**
 * Agents for a chat queue where each agent handles up to `concurrency` chats at once (each agent counts as that many servers).
 * @customfunction CHAT_AGENTS
 * @param chats Chats offered in the interval.
 * @param aht Chat duration observed at that concurrency, seconds.
 * @param sl_target Service-level target: fraction (0.8), percentage (80%) or percentage number (80).
 * @param target Answer-time target, seconds (the Y of X/Y).
 * @param concurrency Chats one agent handles at once (whole number, 1 to 10); 1 gives AGENTS_REQUIRED.
 * @param [interval] Interval length, minutes (default 30).
 * @param [patience] Mean customer patience, seconds; when given the Erlang A model is used.
 * @returns Agents required (whole number).
 */
export function chatAgents(
  chats: any[][], aht: any[][], sl_target: any[][], target: any[][], concurrency: any[][], interval?: any[][], patience?: any[][],
): any[][] {
  return run('CHAT_AGENTS', [chats, aht, sl_target, target, concurrency, interval, patience]);
}

/**
 * Agents (unrounded) working open_hours a day so that every e-mail or case, arriving evenly over 24 hours, is finished within response_hours.
 * @customfunction BACKLOG_AGENTS
 * @param items_per_day Items (e-mails, cases) arriving a day.
 * @param aht Average handle time of one item, seconds.
 * @param response_hours Every item must be finished within this many hours of arriving.
 * @param [open_hours] Hours a day the team works the items (default 8, at most 24).
 * @returns Agents (unrounded): the workload items × aht ÷ (open_hours × 3600), or #N/A when the window is shorter than the closed hours plus one handle time.
 */
export function backlogAgents(items_per_day: any[][], aht: any[][], response_hours: any[][], open_hours?: any[][]): any[][] {
  return run('BACKLOG_AGENTS', [items_per_day, aht, response_hours, open_hours]);
}

/**
 * Staff to schedule so that the base staff remain after shrinkage: agents ÷ (1 − shrinkage), unrounded.
 * @customfunction SCHEDULED_STAFF
 * @param agents Base staff (agents needed on the phones).
 * @param shrinkage Total shrinkage: fraction (0.3) or percentage (30%); below 100%.
 * @returns Scheduled staff (unrounded).
 */
export function scheduledStaff(agents: any[][], shrinkage: any[][]): any[][] {
  return run('SCHEDULED_STAFF', [agents, shrinkage]);
}

/**
 * Forecast accuracy over two ranges: MAPE (default), WMAPE, BIAS (signed, forecast − actual over actual), HIT_RATE (share within ±tolerance) or R2.
 * @customfunction FORECAST_ACCURACY
 * @param actual Actual calls per interval (a range).
 * @param forecast Forecast calls per interval (a range of the same size).
 * @param [metric] "MAPE", "WMAPE", "BIAS", "HIT_RATE" or "R2" (default "MAPE").
 * @param [tolerance] For HIT_RATE: the allowed error as a fraction of actual (default 10%).
 * @returns The accuracy figure (a fraction; R2 may be negative).
 */
export function forecastAccuracy(actual: any[][], forecast: any[][], metric?: any[][], tolerance?: any[][]): any[][] {
  return runRange('FORECAST_ACCURACY', [actual, forecast, metric, tolerance]);
}

/**
 * A month's share of the year's calls, from a history range (the month_share of FORECAST_RATIO).
 * @customfunction MONTH_SHARE
 * @param dates Dates of the history rows (a range).
 * @param calls Calls of the history rows (a range of the same size).
 * @param month Month number, 1 (January) to 12.
 * @param [year] Only this year's history (default: every complete year).
 * @returns Share of the year, 0 to 1.
 */
export function monthShare(dates: any[][], calls: any[][], month: any[][], year?: any[][]): any[][] {
  return runRange('MONTH_SHARE', [dates, calls, month, year]);
}

/**
 * A weekday's index from a history range: its share of the week ÷ 1/7 (1.469 = 146.9% of an average day).
 * @customfunction WEEKDAY_INDEX
 * @param dates Dates of the history rows (a range).
 * @param calls Calls of the history rows (a range of the same size).
 * @param weekday Weekday, 1 = Monday … 7 = Sunday (ISO numbering).
 * @returns Weekday index (average day = 1).
 */
export function weekdayIndexOf(dates: any[][], calls: any[][], weekday: any[][]): any[][] {
  return runRange('WEEKDAY_INDEX', [dates, calls, weekday]);
}

/**
 * An interval's share of the day's calls, from a history range (the interval_share of FORECAST_RATIO).
 * @customfunction INTERVAL_SHARE
 * @param dates Dates of the history rows (a range).
 * @param starts Interval start times of the history rows (a range).
 * @param calls Calls of the history rows (a range of the same size).
 * @param start The interval's start: a time (10:00) or minutes since midnight (600).
 * @param [weekday] Only this weekday, 1 = Monday … 7 = Sunday (default: all days).
 * @returns Share of the day, 0 to 1.
 */
export function intervalShare(dates: any[][], starts: any[][], calls: any[][], start: any[][], weekday?: any[][]): any[][] {
  return runRange('INTERVAL_SHARE', [dates, starts, calls, start, weekday]);
}
