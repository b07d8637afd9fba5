/** Fill plan of forecast.xlsx: Forecast (intervals, months), Staffing (per interval), Scenarios. */
import type { PlanResult } from '../core/plan/planResult';
import { num, text, type CellValue, type FillOperation, type FillPlan } from './fillPlan';
import { labelOperations, tableHeaders } from './labelOperations';
import { type TemplateLabels, templateLabelsEn } from './templateLabels';

const cellOp = (name: string, value: CellValue): FillOperation => ({ kind: 'cell', name, value });

/** @example buildForecastPlan(result).operations.find((o) => o.kind === 'table')?.table //=> 'ForecastTable' */
export function buildForecastPlan(result: PlanResult, labels: TemplateLabels = templateLabelsEn, locale?: FillPlan['locale']): FillPlan {
  const { service, history, forecast, trunks, shrinkage, budgetQuestion } = result;
  const open = result.intervals;
  const headers = (table: string) => tableHeaders('forecast', table, labels);
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
    {
      kind: 'table',
      sheet: 'Forecast',
      table: 'ForecastTable',
      ...headers('ForecastTable'),
      rows: open.map((r) => [text(r.date), text(labels.weekday(r.weekday)), text(r.start), r.closed, num(r.calls), num(r.ahtSeconds), num(r.traffic)]),
    },
    {
      kind: 'table',
      sheet: 'Forecast',
      table: 'MonthlyTable',
      ...headers('MonthlyTable'),
      rows: forecast.monthly.map((m) => [text(m.month), num(m.calls)]),
    },
    cellOp('PeakTrunks', num(trunks.peakTrunks)),
    cellOp('PeakTrunkLoad', num(trunks.peakLoad)),
    cellOp('TrunkBlocking', num(trunks.blocking)),
    cellOp('ShrinkageTotal', num(shrinkage.total)),
    cellOp('IvrSeconds', num(trunks.ivrSeconds)),
    cellOp('PeakTrunkAt', text(trunks.peakAt)),
    {
      kind: 'table',
      sheet: 'Staffing',
      table: 'StaffingTable',
      ...headers('StaffingTable'),
      rows: open
        .filter((r) => !r.closed)
        .map((r) => [
          text(r.date),
          text(labels.weekday(r.weekday)),
          text(r.start),
          num(r.calls),
          num(r.ahtSeconds),
          num(r.traffic),
          num(r.agents),
          num(r.serviceLevel),
          num(r.asaSeconds),
          num(r.abandonRate),
          num(r.occupancy),
          num(r.shrinkage),
          num(r.scheduledRequired),
          num(r.trunkLoad),
          num(r.trunks),
        ]),
    },
    cellOp('ScenarioCurrency', text(result.currency)),
    cellOp('BudgetAmount', num(budgetQuestion?.budget)),
    cellOp('BudgetAnswer', text(budgetQuestion ? labels.note(budgetQuestion.message) : '')),
    {
      kind: 'table',
      sheet: 'Scenarios',
      table: 'ScenarioTable',
      ...headers('ScenarioTable'),
      rows: result.scenarios.map((s) => [
        text(labels.scenario(s)),
        num(s.volumeFactor),
        num(s.slTarget),
        num(s.targetSeconds),
        num(s.ahtFactor),
        num(s.shrinkageFactor),
        num(s.commitment.serviceLevel),
        num(s.commitment.asaSeconds),
        num(s.commitment.abandonRate),
        num(s.commitment.occupancy),
        num(s.commitment.costPerCall),
        num(s.commitment.totalCost),
      ]),
    },
  ];
  return { workbook: 'forecast', template: 'forecast', fileName: 'forecast.xlsx', ...(locale ? { locale } : {}), operations };
}
