/**
 * Charts the writer adds: required vs scheduled agents (Schedule), cost against
 * committed SL per scenario (Scenarios). Columns are found by their place in
 * the contract, not by header text, because headers are shown in the plan's
 * language; titles come from the template labels.
 */
import { SCHEDULE_CONTRACT, FORECAST_CONTRACT, findTable } from '../../report';

/** 0-based index of a contract column (by its English header) in a table. */
function columnIndex(table: string, header: string): number {
  const found = findTable(SCHEDULE_CONTRACT, table) ?? findTable(FORECAST_CONTRACT, table);
  const i = found ? found.table.columns.findIndex((c) => c.header === header) : -1;
  if (i < 0) throw new Error(`table ${table} has no column ${header}`);
  return i;
}

/** Line chart of CoverageTable's "Required (agents)" and "Scheduled (agents)" columns against "Start". */
export function addCoverageChart(sheet: Excel.Worksheet, table: Excel.Table, title: string): Excel.Chart {
  const required = table.columns.getItemAt(columnIndex('CoverageTable', 'Required (agents)')).getRange();
  const scheduled = table.columns.getItemAt(columnIndex('CoverageTable', 'Scheduled (agents)')).getRange();
  const chart = sheet.charts.add(Excel.ChartType.line, required.getBoundingRect(scheduled), Excel.ChartSeriesBy.columns);
  chart.name = 'NineStepCoverageChart';
  chart.title.text = title;
  chart.series.getItemAt(0).setXAxisValues(table.columns.getItemAt(columnIndex('CoverageTable', 'Start')).getDataBodyRange());
  chart.setPosition('J4', 'S24');
  return chart;
}

/** Scatter of each scenario's total cost (y) against its committed SL (x). */
export function addScenarioChart(sheet: Excel.Worksheet, table: Excel.Table, titles: { readonly scenarios: string; readonly scenarioSeries: string }): Excel.Chart {
  const cost = table.columns.getItemAt(columnIndex('ScenarioTable', 'Total cost')).getDataBodyRange();
  const sl = table.columns.getItemAt(columnIndex('ScenarioTable', 'Committed SL (%)')).getDataBodyRange();
  const chart = sheet.charts.add(Excel.ChartType.xyscatter, cost, Excel.ChartSeriesBy.columns);
  chart.name = 'NineStepScenarioChart';
  chart.title.text = titles.scenarios;
  const series = chart.series.getItemAt(0);
  series.name = titles.scenarioSeries;
  series.setXAxisValues(sl);
  series.setValues(cost);
  chart.setPosition('A13', 'H30');
  return chart;
}
