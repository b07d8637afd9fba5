/** Fill plan of forecast.xlsx: Forecast (intervals, months), Staffing (per interval), Scenarios. */
import type { PlanResult } from '../core/plan/planResult';
import { num, text, type CellValue, type FillOperation, type FillPlan } from './fillPlan';
import { labelOperations } from './labelOperations';
import { tableOperation } from './tableOperation';
import { FORECAST_TABLE, MONTHLY_TABLE, SCENARIO_TABLE, STAFFING_TABLE } from './templateContract';
import { type TemplateLabels, templateLabelsEn } from './templateLabels';

const cellOp = (name: string, value: CellValue): FillOperation => ({ kind: 'cell', name, value });

/** @example buildForecastPlan(result).operations.find((o) => o.kind === 'table')?.table //=> 'ForecastTable' */
export function buildForecastPlan(result: PlanResult, labels: TemplateLabels = templateLabelsEn, locale?: FillPlan['locale']): FillPlan {
  const { service, history, forecast, trunks, shrinkage, budgetQuestion } = result;
  const open = result.intervals;
  const operations: FillOperation[] = [
    ...labelOperations('forecast', labels),
    cellOp('Centre', text(result.centre)),
    cellOp('RunAt', text(result.runAt)),
    cellOp('ForecastMethod', text(labels.method(forecast.method))),
    cellOp('ForecastFrom', text(forecast.from)),
    cellOp('ForecastTo', text(forecast.to)),
    cellOp('ForecastTotalCalls', num(forecast.totalCalls)),
    cellOp('IntervalMinutes', num(history.intervalMinutes)),
    cellOp('SlTarget', num(service.slTarget)),
    cellOp('TargetSeconds', num(service.targetSeconds)),
    cellOp('SlMethod', text(`${service.slMethod}: ${service.slMethodFormula}`)),
    cellOp('StaffingModel', text(service.model)),
    cellOp('HistoryFrom', text(history.from)),
    cellOp('HistoryTo', text(history.to)),
    cellOp('HistoryCalls', num(history.totalCalls)),
    tableOperation('forecast', FORECAST_TABLE, open, labels),
    tableOperation('forecast', MONTHLY_TABLE, forecast.monthly, labels),
    cellOp('PeakTrunks', num(trunks.peakTrunks)),
    cellOp('PeakTrunkLoad', num(trunks.peakLoad)),
    cellOp('TrunkBlocking', num(trunks.blocking)),
    cellOp('ShrinkageTotal', num(shrinkage.total)),
    cellOp('IvrSeconds', num(trunks.ivrSeconds)),
    cellOp('PeakTrunkAt', text(trunks.peakAt)),
    tableOperation('forecast', STAFFING_TABLE, open.filter((r) => !r.closed), labels),
    cellOp('ScenarioCurrency', text(result.currency)),
    cellOp('BudgetAmount', num(budgetQuestion?.budget)),
    cellOp('BudgetAnswer', text(budgetQuestion ? labels.note(budgetQuestion.message) : '')),
    tableOperation('forecast', SCENARIO_TABLE, result.scenarios, labels),
  ];
  return { workbook: 'forecast', template: 'forecast', fileName: 'forecast.xlsx', ...(locale ? { locale } : {}), operations };
}
