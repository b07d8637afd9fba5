/**
 * The notes sheet of every workbook: what the plan rests on, from the
 * PlanResult as it is — the forecast method and its backtest, the anomalies
 * and how they were repaired, the engine's notes (estimated months, fallbacks,
 * the schedule's and the costs' notes), the service objective, the history,
 * shrinkage, the rates and (in a budget) the scenario. Layout only: each
 * figure is the engine's, with its number format.
 */
import { COST_RATE_FIELDS } from '../core/cost';
import type { PlanResult, ScenarioResult } from '../core/plan/planResult';
import type { CellFormat, TableOperation, TemplateName } from './fillPlan';
import { num, text } from './fillPlan';
import { planFormat, localDateTime, type PlanFormatContext } from './planFormats';
import { tableOperation } from './tableOperation';
import { FMT, NOTES_TABLE, rateFormat, type NoteRow } from './templateContract';

export interface NotesOptions {
  /** the budget's scenario (its factors and its costs' notes) */
  readonly scenario?: ScenarioResult;
  readonly timeZone?: string;
}

/** The notes sheet's rows. */
export function noteRows(result: PlanResult, ctx: PlanFormatContext, options: NotesOptions = {}): NoteRow[] {
  const { labels } = ctx;
  const L = labels.notes;
  const S = L.sections;
  const I = L.items;
  const rows: NoteRow[] = [];
  const row = (section: string, item: string, value: NoteRow['value'], detail = '', numFmt?: string): void => {
    rows.push(numFmt ? { section, item, value, detail, numFmt } : { section, item, value, detail });
  };
  const { forecast, service, history, schedule } = result;

  row(S.forecast, I.runAt, localDateTime(result.runAt, options.timeZone), '', FMT.dateTime);
  row(S.forecast, I.method, text(labels.method(forecast.method)));
  row(S.forecast, I.from, text(forecast.from));
  row(S.forecast, I.to, text(forecast.to));
  row(S.forecast, I.totalCalls, num(forecast.totalCalls), '', FMT.int);
  row(S.forecast, I.repairMethod, text(labels.notes.repair(forecast.repairMethod)));
  for (const b of forecast.backtest) row(S.backtest, `${labels.method(b.method)} — wMAPE`, num(b.wmape), L.backtest(b), FMT.pct);
  if (forecast.anomalies.length === 0) row(S.anomalies, I.noAnomalies, null);
  for (const a of forecast.anomalies) row(S.anomalies, L.anomalyItem(a), num(a.repairedTo ?? a.observed), L.anomalyDetail(a), FMT.int);
  const notes = [...forecast.notes, ...result.notes, ...schedule.notes, ...(options.scenario?.costs.notes ?? [])];
  notes.forEach((n, i) => row(S.notes, `${i + 1}`, null, labels.note(n)));

  row(S.service, I.slTarget, num(service.slTarget), '', FMT.pct);
  row(S.service, I.targetSeconds, num(service.targetSeconds), '', FMT.int);
  row(S.service, I.slMethod, null, labels.slMethod(service.slMethod, service.slMethodFormula));
  row(S.service, I.model, null, labels.model(service.model));
  if (service.patienceSeconds !== undefined) row(S.service, I.patience, num(service.patienceSeconds), '', FMT.int);
  if (service.maxOccupancy !== undefined) row(S.service, I.maxOccupancy, num(service.maxOccupancy), '', FMT.pct);
  row(S.service, I.targetLevel, null, L.targetLevel(service.targetLevel));

  row(S.history, I.source, null, history.source);
  row(S.history, I.from, text(history.from));
  row(S.history, I.to, text(history.to));
  row(S.history, I.days, num(history.days), '', FMT.int);
  row(S.history, I.intervalMinutes, num(history.intervalMinutes), '', FMT.int);
  row(S.history, I.totalCalls, num(history.totalCalls), '', FMT.int);
  if (history.measuredServiceLevel !== undefined) row(S.history, I.measuredSl, num(history.measuredServiceLevel), '', FMT.pct);
  if (history.ahtSeconds !== undefined) row(S.history, I.aht, num(history.ahtSeconds), '', FMT.one);

  row(S.shrinkage, I.shrinkageTotal, num(result.shrinkage.total), '', FMT.pct);
  for (const c of result.shrinkage.byCategory) row(S.shrinkage, L.shrinkage(c.category), num(c.share), '', FMT.pct);

  row(S.schedule, I.scheduleStatus, null, labels.status(schedule.status));
  row(S.schedule, I.paidHours, num(schedule.paidHours), '', FMT.one);
  row(S.schedule, I.efficiency, num(schedule.efficiency), '', FMT.pct);

  row(S.rates, I.currency, text(result.rates.currency || result.currency));
  for (const f of COST_RATE_FIELDS) {
    const rl = labels.sheets.Budget;
    row(S.rates, rl?.cells[f.name] ?? f.label, num(result.rates[f.key]), rl?.units[f.name] ?? f.unit, rateFormat(f.key));
  }
  const s = options.scenario;
  if (s) {
    row(S.scenario, labels.sheets.Budget?.cells.Scenario ?? 'Scenario', text(labels.scenario(s)));
    row(S.scenario, I.volumeFactor, num(s.volumeFactor), '', FMT.factor);
    row(S.scenario, I.slTarget, num(s.slTarget), '', FMT.pct);
    row(S.scenario, I.targetSeconds, num(s.targetSeconds), '', FMT.int);
    row(S.scenario, I.ahtFactor, num(s.ahtFactor), '', FMT.factor);
    row(S.scenario, I.shrinkageFactor, num(s.shrinkageFactor), '', FMT.factor);
  }
  return rows;
}

/** The notes table of a template's notes sheet, each value with its format. */
export function notesOperation(template: TemplateName, result: PlanResult, ctx: PlanFormatContext, options: NotesOptions = {}): TableOperation {
  const rows = noteRows(result, ctx, options);
  const valueColumn = NOTES_TABLE.columns.findIndex((c) => c.header === 'Value');
  const formats: CellFormat[] = rows.flatMap((r, row) => {
    if (!r.numFmt) return [];
    return [{ column: valueColumn, row, numFmt: planFormat(r.numFmt, ctx) ?? r.numFmt }];
  });
  return tableOperation(template, NOTES_TABLE, rows, ctx, formats);
}
