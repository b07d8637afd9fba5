/**
 * E-mail queues (data.queues entries with channel "email"; planning guide,
 * "Several queues, channels and skills": deferred work). Before the
 * schedule: each queue's items forecast in proportion to the plan's forecast,
 * which is of the calls answered live (its items to the live calls by weekday
 * and time, as the other queues' shares are, queues.ts), and its response
 * window checked.
 * After it: the items worked within the window on the schedule's planning
 * interval, first by the base schedule's idle agents on the phones, the rest
 * by dedicated e-mail agent-hours (deferredWork.ts).
 */
import type { ForecastInterval } from '../../forecast/forecast';
import { addDays, weekday } from '../../calendar/dates';
import { clockMinutes } from '../../calendar/clock';
import { note } from '../../notes/note';
import { invalidNote } from '../../notes/noAnswerNote';
import { type Result, success, within } from '../../result';
import { type DeferredInterval, deferredWork } from '../../staffing/deferredWork';
import { averageHandleTime, type IntervalRecord } from '../../workload/intervalRecord';
import type { PlanConfig } from '../planConfig';
import type { EmailQueuePlan, IntervalPlanRow, ScheduleSummary } from '../planResult';
import { planningMinutes } from '../planningInterval';
import { rosterIntervals } from '../scenarioPromise';
import { liveRecords } from './liveCalls';
import { historicalShares } from './queues';
import type { PlanSettings } from './settings';

type QueueSetting = Exclude<PlanConfig['data']['queues'], 'total' | 'separate'>[number];

/** An e-mail queue's items over the horizon, on the data's intervals. */
export interface EmailForecast {
  name: string;
  callTypes: string[];
  responseHours: number;
  history: EmailQueuePlan['history'];
  /** start: minutes since midnight; ahtSeconds > 0 */
  intervals: { date: string; start: number; items: number; ahtSeconds: number }[];
}

/** The configured AHT on a date (seconds; 0 when none is configured: the plan then needs the history's, 'plan.noAht'). */
function configuredAht(aht: PlanConfig['data']['ahtSeconds'], date: string): number {
  if (aht === undefined) return 0;
  return typeof aht === 'number' ? aht : aht.byWeekday[weekday(date)];
}

/** One e-mail queue's forecast, or the note saying its window is missing or too short (or that no handle time is known). */
function emailForecast(q: QueueSetting, records: readonly IntervalRecord[], settings: PlanSettings, centreForecast: readonly ForecastInterval[], planning: number): Result<EmailForecast> {
  if (q.responseHours === undefined) return invalidNote(note('email.noResponseWindow', { queue: q.name }));
  const types = new Set(q.callTypes ?? [q.name]);
  const own = records.filter((r) => r.callType !== undefined && types.has(r.callType));
  const aht = averageHandleTime(own);
  const share = historicalShares(own, liveRecords(records, settings.data.queues));
  const intervals = centreForecast.map((i) => ({
    date: i.date,
    start: i.start,
    items: i.calls * share(i.date, i.start),
    ahtSeconds: aht ?? i.aht ?? configuredAht(settings.data.ahtSeconds, i.date),
  }));
  if (intervals.some((i) => i.items > 0 && !(i.ahtSeconds > 0))) return invalidNote(note('plan.noAht', {}));
  const longest = intervals.reduce((m, i) => (i.items > 0 ? Math.max(m, i.ahtSeconds) : m), 0);
  const minimumHours = Math.max(longest / 3600, (2 * planning) / 60);
  if (q.responseHours < minimumHours) {
    return invalidNote(note('email.windowTooShort', { queue: q.name, responseHours: q.responseHours, minimumHours, ahtSeconds: longest, intervalMinutes: planning }));
  }
  return success({
    name: q.name,
    callTypes: [...types],
    responseHours: q.responseHours,
    history: { totalItems: own.reduce((s, r) => s + r.offered, 0), ahtSeconds: aht ?? null },
    intervals,
  });
}

/**
 * The e-mail queues of data.queues, forecast for the horizon (empty without
 * any). Fails naming the queue when its responseHours is missing or shorter
 * than one handle time or two planning intervals. The queues step has
 * checked that their call types are in the history.
 */
export function emailForecastStep(records: readonly IntervalRecord[], settings: PlanSettings, centreForecast: readonly ForecastInterval[]): Result<EmailForecast[]> {
  const listed = settings.data.queues;
  if (!Array.isArray(listed)) return success([]);
  const planning = planningMinutes(settings.schedule.intervalMinutes, settings.data.intervalMinutes);
  if (!planning.ok) return planning;
  const out: EmailForecast[] = [];
  for (const q of listed.filter((x) => x.channel === 'email')) {
    const forecast = emailForecast(q, records, settings, centreForecast, planning.value);
    if (!forecast.ok) return within(forecast, { queue: q.name });
    out.push(forecast.value);
  }
  return success(out);
}

/** What the deferred work reads of the base schedule: its planning interval and coverage. */
type DeferredSchedule = Pick<ScheduleSummary, 'intervalMinutes' | 'coverage'>;

/** The horizon's dates, first to last with none skipped. */
function horizonDates(forecast: EmailForecast): string[] {
  const dates = [...new Set(forecast.intervals.map((i) => i.date))].sort();
  const out: string[] = [];
  for (let d = dates[0]; d !== undefined && d <= dates[dates.length - 1]; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The base schedule's idle agents on the phones per planning interval
 * (key "date minutes"): agents scheduled beyond the requirement, after the
 * day's shrinkage (coverage.over × (1 − shrinkage)).
 */
function idleAgents(schedule: DeferredSchedule, rows: readonly IntervalPlanRow[]): Map<string, number> {
  const roster = rosterIntervals(rows, schedule.coverage, schedule.intervalMinutes);
  return new Map(schedule.coverage.map((c, i) => [`${c.date} ${clockMinutes(c.start)}`, c.over * (1 - roster[i].shrinkage)]));
}

/**
 * One e-mail queue's deferred work on the schedule's planning interval over
 * the horizon's whole days; the idle agents it takes are taken out of `idle`.
 */
function emailQueuePlan(forecast: EmailForecast, minutes: number, idle: Map<string, number>): EmailQueuePlan {
  const dates = horizonDates(forecast);
  const perDay = 1440 / minutes;
  const work = new Map<string, { items: number; seconds: number }>();
  for (const i of forecast.intervals) {
    const key = `${i.date} ${Math.floor(i.start / minutes) * minutes}`;
    const sum = work.get(key) ?? { items: 0, seconds: 0 };
    sum.items += i.items;
    sum.seconds += i.items * i.ahtSeconds;
    work.set(key, sum);
  }
  const totalItems = forecast.intervals.reduce((s, i) => s + i.items, 0);
  const totalSeconds = forecast.intervals.reduce((s, i) => s + i.items * i.ahtSeconds, 0);
  const meanAht = totalItems > 0 ? totalSeconds / totalItems : (forecast.intervals[0]?.ahtSeconds ?? 1);
  const keys = dates.flatMap((date) => Array.from({ length: perDay }, (_, k) => `${date} ${k * minutes}`));
  const grid: DeferredInterval[] = keys.map((key) => {
    const w = work.get(key);
    return { items: w?.items ?? 0, ahtSeconds: w && w.items > 0 ? w.seconds / w.items : meanAht, idleAgents: idle.get(key) ?? 0 };
  });
  const answer = deferredWork({ intervalMinutes: minutes, intervals: grid, responseHours: forecast.responseHours });
  keys.forEach((key, k) => {
    if (answer.intervals[k].idleHours > 0) idle.set(key, Math.max(0, grid[k].idleAgents - answer.intervals[k].idleHours / (minutes / 60)));
  });
  const days = dates.map((date, d) => {
    const part = answer.intervals.slice(d * perDay, (d + 1) * perDay);
    return {
      date,
      items: grid.slice(d * perDay, (d + 1) * perDay).reduce((s, g) => s + g.items, 0),
      backlogAtClose: part[part.length - 1].backlogItems,
      idleHours: part.reduce((s, p) => s + p.idleHours, 0),
      extraAgentHours: part.reduce((s, p) => s + p.dedicatedHours, 0),
      oldestAgeHours: part.reduce((m, p) => Math.max(m, p.oldestAgeHours), 0),
    };
  });
  const workHours = totalSeconds / 3600;
  const idleHours = days.reduce((s, d) => s + d.idleHours, 0);
  return {
    name: forecast.name,
    callTypes: forecast.callTypes,
    responseHours: forecast.responseHours,
    history: forecast.history,
    forecast: { method: 'top-down', totalItems },
    intervalMinutes: minutes,
    workHours,
    idleHours,
    idleShare: workHours > 0 ? idleHours / workHours : 0,
    extraAgentHours: days.reduce((s, d) => s + d.extraAgentHours, 0),
    oldestAgeHours: days.reduce((m, d) => Math.max(m, d.oldestAgeHours), 0),
    carriedInItems: answer.carriedInItems,
    days,
  };
}

/**
 * The e-mail queues' deferred work against the base schedule: its coverage
 * gives the idle agents (`rows` its staffed intervals, for the shrinkage),
 * which the queues take in the order listed (each idle hour works one queue).
 */
export function deferredWorkStep(forecasts: readonly EmailForecast[], schedule: DeferredSchedule, rows: readonly IntervalPlanRow[]): EmailQueuePlan[] {
  if (forecasts.length === 0) return [];
  const idle = idleAgents(schedule, rows);
  return forecasts.map((f) => emailQueuePlan(f, schedule.intervalMinutes, idle));
}
