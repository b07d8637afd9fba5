import { COST_CATEGORIES, costBreakdown } from '../cost';
import { note } from '../notes/note';
import { forecast as forecastCalls } from '../forecast/forecast';
import { type Result, invalid, success } from '../result';
import { aggregateService, budgetToServiceLevel } from '../scenario';
import type { CancelFlag, ScheduleProgress } from '../schedule/types';
import type { HighsRuntime } from '../schedule/solveSchedule';
import { SHRINKAGE_CATEGORIES, shrinkageOn } from '../staffing/shrinkage';
import { queueModel } from '../staffing/queueMetrics';
import type { ServiceObjective } from '../staffing/types';
import type { ServiceLevelMethod } from '../workload/measuredServiceLevel';
import { SERVICE_LEVEL_METHODS } from '../workload/measuredServiceLevel';
import { budgetYear } from './budgetYear';
import { addDays, weekday } from '../calendar/dates';
import { cleanHistory } from './cleanHistory';
import { loadHistory } from './loadHistory';
import type { PlanConfig } from './planConfig';
import type { PlanResult, ScenarioResult } from './planResult';
import { type ScheduleYardstick, monthlyDrivers } from './scenarioChain';
import { checkSchedulable, scheduleHorizon, shiftTemplates } from './scheduleHorizon';
import { type StaffingSettings, periodTargetSaving, staffHorizon } from './staffHorizon';
import { summariseHistory } from './summariseHistory';

/** Everything the plan needs besides the configuration. */
export interface PlanInput {
  config: PlanConfig;
  /** the history file's text: an interval table or per-call records */
  historyText: string;
  /** where the history came from, for the report */
  historySource: string;
  /** a loaded HiGHS runtime (Node: `await require('highs')()`; browser: in a Worker) */
  highs: HighsRuntime;
  /** ISO timestamp of the run (the core has no clock) */
  runAt: string;
  onProgress?: (step: number, label: string) => void;
  signal?: CancelFlag;
}

const STEP_LABELS = [
  '', 'service objective', 'workload data', 'forecast', 'base staff', 'trunks', 'shrinkage', 'schedules', 'costs', 'high/mid/low plans',
];

/**
 * Runs the nine steps from a validated configuration and the history into a
 * PlanResult (plain data for the writers). Reports progress per step and
 * stops with a failure when `signal.aborted` is set between steps (the
 * schedule solve also checks it).
 */
export function runPlan(input: PlanInput): Result<PlanResult> {
  const { config, highs, signal } = input;
  const cancelled = () => invalid('the plan was cancelled');
  const step = (n: number) => {
    input.onProgress?.(n, STEP_LABELS[n]);
    return signal?.aborted === true;
  };
  const minutes = config.data.intervalMinutes;

  // 1–2: service objective, workload data
  if (step(1)) return cancelled();
  if (step(2)) return cancelled();
  const history = loadHistory(input.historyText, config.data.format, minutes, config.data.columns);
  if (!history.ok) return { ...history, message: `${input.historySource}: ${history.message}` };
  const { records } = history.value;
  const historySummary = summariseHistory(records, input.historySource, history.value.intervalMinutes, config.service.slMethod as ServiceLevelMethod, history.value.report);
  if (history.value.intervalMinutes !== minutes) {
    return invalid(`data.intervalMinutes is ${minutes} but the history has ${history.value.intervalMinutes}-minute intervals`);
  }
  const patienceSeconds = config.staffing.model === 'erlangA' ? config.staffing.patienceSeconds ?? history.value.patienceSeconds : undefined;
  if (config.staffing.model === 'erlangA' && patienceSeconds === undefined) {
    return invalid('staffing.patienceSeconds is needed for Erlang A: the history has no per-call records to estimate it from');
  }

  // 3: clean the history (flag, the user's decisions, repair), then forecast the planning horizon
  if (step(3)) return cancelled();
  const cleaned = cleanHistory(records, minutes, config.forecast.cleaning);
  const lastDay = historySummary.to;
  const from = config.forecast.from ?? addDays(lastDay, 1);
  const predicted = forecastCalls(cleaned.records, {
    intervalMinutes: minutes,
    method: config.forecast.method,
    from,
    to: addDays(from, config.forecast.days - 1),
    holidays: config.forecast.holidays,
    events: config.forecast.events.map((e) => ({ name: e.name, from: e.from, to: e.to, factor: e.factor })),
  });
  if (!predicted.ok) return { ...predicted, message: `forecast: ${predicted.message}` };
  const intervals = predicted.value.intervals;
  const fallbackAhtSeconds = historySummary.ahtSeconds ?? 0;
  if (!(fallbackAhtSeconds > 0) && intervals.some((i) => !(i.aht && i.aht > 0))) {
    return invalid('the history has no talk or after-call-work time, so there is no AHT to plan with');
  }
  const year = budgetYear(cleaned.records, from, config.forecast.growth);

  // 4–6: base staff, trunks, shrinkage
  if (step(4)) return cancelled();
  const objective: ServiceObjective = {
    slTarget: config.service.slTarget,
    targetSeconds: config.service.targetSeconds,
    intervalMinutes: minutes,
    maxOccupancy: config.service.maxOccupancy,
    patienceSeconds,
  };
  const settings = (over: Partial<StaffingSettings> = {}): StaffingSettings => ({
    objective,
    targetLevel: config.service.targetLevel,
    shrinkage: config.shrinkage,
    shrinkageFactor: 1,
    volumeFactor: 1,
    ahtFactor: 1,
    fallbackAhtSeconds,
    blocking: config.trunks.blocking,
    ivrSeconds: config.trunks.ivrSeconds,
    talkShare: config.trunks.talkShare,
    ...over,
  });
  const base = settings();
  const rows = staffHorizon(intervals, base);
  if (!rows.ok) return rows;
  const saving = periodTargetSaving(intervals, base);
  if (!saving.ok) return saving;
  if (step(5)) return cancelled();
  const peak = rows.value.reduce((best, r) => (r.trunkLoad > best.trunkLoad ? r : best), rows.value[0]);
  if (step(6)) return cancelled();
  const firstShrinkage = shrinkageOn(config.shrinkage, Number(from.slice(5, 7)), weekday(from));
  if (!firstShrinkage.ok) return firstShrinkage;

  // 7: schedule the horizon
  if (step(7)) return cancelled();
  const schedulable = checkSchedulable(rows.value);
  if (!schedulable.ok) return schedulable;
  const templates = shiftTemplates(config.schedule);
  if (!templates.ok) return templates;
  const progress = (step: number, what: string) => (p: ScheduleProgress) => input.onProgress?.(step, `${what}: ${p.phase}`);
  const baseSchedule = scheduleHorizon(highs, rows.value, templates.value, config, objective, { signal, onProgress: progress(7, 'schedules') });
  if (!baseSchedule.ok) return baseSchedule;
  const yardstickOf = (run: typeof baseSchedule.value): ScheduleYardstick => ({
    paidPerRequiredHour: run.summary.requiredHours > 0 ? run.summary.paidHours / run.summary.requiredHours : 1,
    peakRatio: run.peakRatio,
  });

  // 8–9: costs of each scenario, and the budget question
  if (step(8)) return cancelled();
  const scenarios: ScenarioResult[] = [];
  const yardsticks = new Map<string, ScheduleYardstick>();
  for (const scenario of config.scenarios) {
    if (step(9)) return cancelled();
    const scenarioSettings = settings({
      objective: { ...objective, slTarget: scenario.slTarget, targetSeconds: scenario.targetSeconds },
      volumeFactor: scenario.volumeFactor,
      ahtFactor: scenario.ahtFactor,
      shrinkageFactor: scenario.shrinkageFactor,
    });
    const week = staffHorizon(intervals, scenarioSettings);
    if (!week.ok) return { ...week, message: `scenario ${scenario.name}: ${week.message}` };
    const sameAsBase =
      scenario.slTarget === objective.slTarget && scenario.targetSeconds === objective.targetSeconds &&
      scenario.volumeFactor === 1 && scenario.ahtFactor === 1 && scenario.shrinkageFactor === 1;
    const solved = sameAsBase
      ? baseSchedule
      : scheduleHorizon(highs, week.value, templates.value, config, scenarioSettings.objective, { signal, onProgress: progress(9, `${scenario.name} plan's schedule`) });
    if (!solved.ok) return { ...solved, message: `scenario ${scenario.name}: ${solved.message}` };
    const yardstick = yardstickOf(solved.value);
    yardsticks.set(scenario.name, yardstick);
    const drivers = monthlyDrivers(intervals, year.months, scenarioSettings, yardstick);
    if (!drivers.ok) return { ...drivers, message: `scenario ${scenario.name}: ${drivers.message}` };
    const costs = costBreakdown(drivers.value, config.costs);
    if (!costs.ok) return { ...costs, message: `scenario ${scenario.name}: ${costs.message}` };
    const { calls: _calls, ...commitment } = aggregateService(week.value);
    scenarios.push({
      id: scenario.name,
      label: scenario.label,
      volumeFactor: scenario.volumeFactor,
      slTarget: scenario.slTarget,
      targetSeconds: scenario.targetSeconds,
      ahtFactor: scenario.ahtFactor,
      shrinkageFactor: scenario.shrinkageFactor,
      commitment: { ...commitment, costPerCall: costs.value.total.costPerCall, totalCost: costs.value.total.total },
      drivers: drivers.value,
      costs: costs.value,
    });
  }

  let budgetAnswer: PlanResult['budgetQuestion'];
  if (config.budgetQuestion) {
    const mid = config.scenarios.find((s) => s.name === 'mid') ?? config.scenarios[0];
    const targetSeconds = config.budgetQuestion.targetSeconds ?? mid.targetSeconds;
    const yardstick = yardsticks.get(mid.name)!;
    const costOf = (slTarget: number): Result<number> => {
      const drivers = monthlyDrivers(intervals, year.months, settings({
        objective: { ...objective, slTarget, targetSeconds },
        volumeFactor: mid.volumeFactor, ahtFactor: mid.ahtFactor, shrinkageFactor: mid.shrinkageFactor,
      }), yardstick);
      if (!drivers.ok) return drivers;
      const costs = costBreakdown(drivers.value, config.costs);
      return costs.ok ? success(costs.value.total.total) : costs;
    };
    const answer = budgetToServiceLevel(costOf, config.budgetQuestion.budget);
    const budget = config.budgetQuestion.budget;
    budgetAnswer = answer.ok
      ? {
          budget, targetSeconds, slTarget: answer.value.slTarget, cost: answer.value.cost,
          nextSlTarget: answer.value.next?.slTarget, nextCost: answer.value.next?.cost,
          message: answer.value.next
            ? note('budget.answer', {
                currency: config.costs.currency, budget, slTarget: answer.value.slTarget, targetSeconds,
                scenario: mid.name, nextSlTarget: answer.value.next.slTarget, nextCost: answer.value.next.cost,
              })
            : note('budget.answerTop', { currency: config.costs.currency, budget, slTarget: answer.value.slTarget, targetSeconds }),
        }
      : { budget, targetSeconds, message: answer.note ?? note('budget.failed', { reason: answer.message }) };
  }

  return success({
    centre: config.centre.name,
    currency: config.costs.currency,
    runAt: input.runAt,
    service: {
      slTarget: config.service.slTarget,
      targetSeconds: config.service.targetSeconds,
      slMethod: config.service.slMethod as ServiceLevelMethod,
      slMethodFormula: SERVICE_LEVEL_METHODS[config.service.slMethod as ServiceLevelMethod],
      model: queueModel(patienceSeconds),
      patienceSeconds,
      maxOccupancy: config.service.maxOccupancy,
      targetLevel: config.service.targetLevel,
    },
    history: historySummary,
    forecast: {
      method: predicted.value.method,
      backtest: (predicted.value.selection ?? []).map((s) => ({ method: s.method, wmape: s.wmape })),
      from,
      to: addDays(from, config.forecast.days - 1),
      totalCalls: intervals.reduce((s, i) => s + i.calls, 0),
      monthly: year.months.map((m) => ({ month: m.month, calls: m.calls })),
      notes: [...cleaned.notes, ...predicted.value.notes, ...year.notes],
      repairMethod: config.forecast.cleaning.repair,
      anomalies: cleaned.anomalies,
    },
    intervals: rows.value,
    trunks: { blocking: config.trunks.blocking, ivrSeconds: config.trunks.ivrSeconds, peakTrunks: peak.trunks, peakLoad: peak.trunkLoad, peakAt: `${peak.date} ${peak.start}` },
    shrinkage: {
      total: firstShrinkage.value.total,
      byCategory: SHRINKAGE_CATEGORIES.map((category) => ({ category, share: firstShrinkage.value.byCategory[category] ?? 0 })),
    },
    periodTarget: saving.value,
    schedule: baseSchedule.value.summary,
    rates: config.costs,
    scenarios,
    budgetQuestion: budgetAnswer,
    notes: [note('plan.costCategories', { categories: COST_CATEGORIES.map((c) => c.id) }), note('plan.monthlyScaling', {})],
  });
}
