/** Fill plan of forecast.xlsx: Forecast (intervals, months), Staffing (per interval), Queues (several-queue plans only), Scenarios, and the notes. */
import type { PlanResult } from '../core/plan/planResult';
import { num, text, type CellValue, type FillOperation, type FillPlan } from './fillPlan';
import { chartFormats, monthlyCallsChart, planCostChart } from './charts';
import { labelOperations, sheetOperations } from './labelOperations';
import { notesOperation } from './notesPlan';
import { forecastQueueTables, QUEUES_SHEET } from './queuesPlan';
import { localDateTime, namedCell, type PlanFormatContext } from './planFormats';
import { tableOperation } from './tableOperation';
import { FORECAST_TABLE, MONTHLY_TABLE, SCENARIO_TABLE, STAFFING_TABLE, type CallsMonth } from './templateContract';
import { type TemplateLabels, templateLabelsEn } from './templateLabels';

export interface SheetPlanOptions {
  readonly locale?: FillPlan['locale'];
  /** IANA time zone of the run time shown (the runtime's own when absent) */
  readonly timeZone?: string;
}

/**
 * The history's months then the forecast's, one row a month ('YYYY-MM' order); a month both hold (a forecast
 * starting inside the history's last month) has both figures in one row.
 */
export function callsByMonth(result: PlanResult): CallsMonth[] {
  const rows = new Map<string, { month: string; history?: number; forecast?: number }>();
  for (const m of result.history.monthShares) rows.set(m.month, { month: m.month, history: m.calls });
  for (const m of result.forecast.monthly) rows.set(m.month, { ...rows.get(m.month), month: m.month, forecast: m.calls });
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** @example buildForecastPlan(result).operations.find((o) => o.kind === 'table')?.table //=> 'ForecastTable' */
export function buildForecastPlan(result: PlanResult, labels: TemplateLabels = templateLabelsEn, options: SheetPlanOptions = {}): FillPlan {
  const { service, history, forecast, trunks, shrinkage, budgetQuestion } = result;
  const ctx: PlanFormatContext = { currency: result.currency, labels };
  const cellOp = (name: string, value: CellValue): FillOperation => namedCell('forecast', name, value, ctx);
  const open = result.intervals;
  const months = callsByMonth(result);
  const omitSheets = result.queues ? [] : [QUEUES_SHEET];
  const operations: FillOperation[] = [
    ...labelOperations('forecast', labels, omitSheets),
    cellOp('Centre', text(result.centre)),
    cellOp('RunAt', localDateTime(result.runAt, options.timeZone)),
    cellOp('ForecastMethod', text(labels.method(forecast.method))),
    cellOp('ForecastFrom', text(forecast.from)),
    cellOp('ForecastTo', text(forecast.to)),
    cellOp('ForecastTotalCalls', num(forecast.totalCalls)),
    cellOp('IntervalMinutes', num(history.intervalMinutes)),
    cellOp('SlTarget', num(service.slTarget)),
    cellOp('TargetSeconds', num(service.targetSeconds)),
    cellOp('SlMethod', text(labels.slMethod(service.slMethod, service.slMethodFormula))),
    cellOp('StaffingModel', text(labels.model(service.model))),
    cellOp('HistoryFrom', text(history.from)),
    cellOp('HistoryTo', text(history.to)),
    cellOp('HistoryCalls', num(history.totalCalls)),
    tableOperation('forecast', FORECAST_TABLE, open, ctx),
    tableOperation('forecast', MONTHLY_TABLE, months, ctx),
    cellOp('PeakTrunks', num(trunks.peakTrunks)),
    cellOp('PeakTrunkLoad', num(trunks.peakLoad)),
    cellOp('TrunkBlocking', num(trunks.blocking)),
    cellOp('ShrinkageTotal', num(shrinkage.total)),
    cellOp('IvrSeconds', num(trunks.ivrSeconds)),
    cellOp('PeakTrunkAt', text(trunks.peakAt)),
    tableOperation('forecast', STAFFING_TABLE, open.filter((r) => !r.closed), ctx),
    ...forecastQueueTables(result, ctx),
    cellOp('ScenarioCurrency', text(result.currency)),
    cellOp('BudgetAmount', num(budgetQuestion?.budget)),
    cellOp('BudgetAnswer', text(budgetQuestion ? labels.note(budgetQuestion.message) : '')),
    tableOperation('forecast', SCENARIO_TABLE, result.scenarios, ctx),
    monthlyCallsChart(months.length, labels.charts, chartFormats(ctx)),
    planCostChart('forecast', result.scenarios.length, labels.charts, chartFormats(ctx)),
    notesOperation('forecast', result, ctx, options.timeZone ? { timeZone: options.timeZone } : {}),
    ...sheetOperations('forecast', labels, omitSheets),
  ];
  return {
    workbook: 'forecast',
    template: 'forecast',
    fileName: 'forecast.xlsx',
    ...(options.locale ? { locale: options.locale } : {}),
    ...(omitSheets.length ? { omitSheets } : {}),
    operations,
  };
}
