/**
 * Step 4, base staff: agents per interval by Erlang C or A (`objective`
 * decides), meeting the SL target in every interval or call-weighted over each
 * day (`targetLevel`), for the forecast as a scenario sees it (calls ×
 * volumeFactor, AHT × ahtFactor).
 */
import type { ForecastInterval } from '../../forecast/forecast';
import { note } from '../../notes/note';
import { type Result, success, within } from '../../result';
import { invalidNote } from '../../notes/noAnswerNote';
import { scenarioForecast, scenarioObjective } from '../../scenario';
import type { Scenario } from '../../scenario/types';
import { formatClock } from '../../calendar/clock';
import { weekday } from '../../calendar/dates';
import { baseStaff } from '../../staffing/baseStaff';
import { comparePeriodTarget, periodStaff } from '../../staffing/periodStaff';
import type { ShrinkagePlan } from '../../staffing/shrinkage';
import type { IntervalForecast, IntervalStaffing, ServiceObjective } from '../../staffing/types';
import type { PlanSettings } from './settings';

/** How one chain (the base plan, a scenario, a candidate SL of the budget question) turns a forecast into staff. */
export interface StaffingSettings {
  objective: ServiceObjective;
  targetLevel: 'interval' | 'daily';
  shrinkage: ShrinkagePlan;
  /** multiplies every shrinkage share (scenarios) */
  shrinkageFactor: number;
  volumeFactor: number;
  ahtFactor: number;
  /** AHT for intervals whose forecast has none, seconds: one value or by weekday (0 = Monday); 0 when there is none */
  fallbackAhtSeconds: number | readonly number[];
  blocking: number;
  ivrSeconds: number;
  /** share of AHT that holds a trunk (talk), the rest being after-call work */
  talkShare: number;
}

/** What a scenario changes in a chain; the base plan is the objective's own SL with factors 1. */
export type ScenarioSettings = Pick<Scenario, 'slTarget' | 'targetSeconds' | 'volumeFactor' | 'ahtFactor' | 'shrinkageFactor'>;

/**
 * The settings of one chain from the plan's configuration.
 * @example staffingSettings(config, objective, 240, { slTarget: 0.85, targetSeconds: 20, volumeFactor: 1.1 }).volumeFactor //=> 1.1
 */
export function staffingSettings(config: PlanSettings, objective: ServiceObjective, fallbackAhtSeconds: number | readonly number[], scenario?: ScenarioSettings): StaffingSettings {
  return {
    objective: scenario ? scenarioObjective(objective, scenario) : objective,
    targetLevel: config.service.targetLevel,
    shrinkage: config.shrinkage,
    shrinkageFactor: scenario?.shrinkageFactor ?? 1,
    volumeFactor: scenario?.volumeFactor ?? 1,
    ahtFactor: scenario?.ahtFactor ?? 1,
    fallbackAhtSeconds,
    blocking: config.trunks.blocking,
    ivrSeconds: config.trunks.ivrSeconds,
    talkShare: config.trunks.talkShare,
  };
}

/** One interval of the horizon with its forecast (after scenario factors) and its staffing. */
export interface StaffedInterval {
  date: string;
  /** minutes since midnight */
  start: number;
  closed: boolean;
  forecast: IntervalForecast;
  staffing: IntervalStaffing;
}

/** Forecast intervals grouped by date, in order. */
export function byDate<T extends { date: string }>(intervals: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const interval of intervals) {
    const list = days.get(interval.date) ?? [];
    list.push(interval);
    days.set(interval.date, list);
  }
  return days;
}

/** A day's forecast as staffing reads it; fails ('plan.noAht') when an interval has no AHT and the history gives none. */
function dayForecast(day: readonly ForecastInterval[], s: StaffingSettings): Result<IntervalForecast[]> {
  const fallback = day.length === 0 ? 0 : typeof s.fallbackAhtSeconds === 'number' ? s.fallbackAhtSeconds : s.fallbackAhtSeconds[weekday(day[0].date)];
  if (!(fallback > 0) && day.some((i) => !(i.aht && i.aht > 0))) return invalidNote(note('plan.noAht', {}));
  const forecast = day.map((i) => ({
    label: `${i.date} ${formatClock(i.start)}`,
    calls: i.calls,
    ahtSeconds: i.aht && i.aht > 0 ? i.aht : fallback,
  }));
  return success(scenarioForecast(forecast, s));
}

/**
 * Agents per interval over the horizon, day by day.
 * @example staffStep(forecast.intervals, settings).value[0].staffing.agents //=> 14
 */
export function staffStep(intervals: readonly ForecastInterval[], s: StaffingSettings): Result<StaffedInterval[]> {
  const out: StaffedInterval[] = [];
  for (const [date, day] of byDate(intervals)) {
    const forecast = dayForecast(day, s);
    if (!forecast.ok) return forecast;
    const staffed: Result<readonly IntervalStaffing[]> =
      s.targetLevel === 'daily'
        ? (() => {
            const period = periodStaff(forecast.value, s.objective);
            return period.ok ? success(period.value.rows) : period;
          })()
        : baseStaff(forecast.value, s.objective);
    if (!staffed.ok) return within(staffed, { date });
    day.forEach((interval, i) => {
      out.push({ date, start: interval.start, closed: Boolean(interval.closed), forecast: forecast.value[i], staffing: staffed.value[i] });
    });
  }
  return success(out);
}

/** Interval-level against daily (call-weighted) targets over the horizon, with the agent-hours each needs. */
export function periodTargetSaving(intervals: readonly ForecastInterval[], s: StaffingSettings) {
  let intervalLevelHours = 0;
  let periodLevelHours = 0;
  let calls = 0;
  let weighted = 0;
  for (const [, day] of byDate(intervals)) {
    const forecast = dayForecast(day, s);
    if (!forecast.ok) return forecast;
    if (forecast.value.every((f) => f.calls === 0)) continue;
    const compared = comparePeriodTarget(forecast.value, s.objective);
    if (!compared.ok) return compared;
    intervalLevelHours += compared.value.intervalLevel.agentHours;
    periodLevelHours += compared.value.periodLevel.agentHours;
    const dayCalls = forecast.value.reduce((sum, f) => sum + f.calls, 0);
    calls += dayCalls;
    weighted += dayCalls * compared.value.periodLevel.serviceLevel;
  }
  const savingHours = intervalLevelHours - periodLevelHours;
  return success({
    intervalLevelHours,
    periodLevelHours,
    savingHours,
    savingShare: intervalLevelHours > 0 ? savingHours / intervalLevelHours : 0,
    dailyServiceLevel: calls > 0 ? weighted / calls : 1,
  });
}
