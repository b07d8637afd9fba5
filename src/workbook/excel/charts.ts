/** Charts the writer adds: required vs scheduled agents (Schedule), cost against committed SL per scenario (Scenarios). */

/** Line chart of CoverageTable's "Required (agents)" and "Scheduled (agents)" columns against "Start". */
export function addCoverageChart(sheet: Excel.Worksheet, table: Excel.Table): Excel.Chart {
  const required = table.columns.getItem('Required (agents)').getRange();
  const scheduled = table.columns.getItem('Scheduled (agents)').getRange();
  const chart = sheet.charts.add(Excel.ChartType.line, required.getBoundingRect(scheduled), Excel.ChartSeriesBy.columns);
  chart.name = 'NineStepCoverageChart';
  chart.title.text = 'Required vs scheduled agents per interval';
  chart.series.getItemAt(0).setXAxisValues(table.columns.getItem('Start').getDataBodyRange());
  chart.setPosition('J4', 'S24');
  return chart;
}

/** Scatter of each scenario's total cost (y) against its committed SL (x). */
export function addScenarioChart(sheet: Excel.Worksheet, table: Excel.Table): Excel.Chart {
  const cost = table.columns.getItem('Total cost').getDataBodyRange();
  const sl = table.columns.getItem('Committed SL (%)').getDataBodyRange();
  const chart = sheet.charts.add(Excel.ChartType.xyscatter, cost, Excel.ChartSeriesBy.columns);
  chart.name = 'NineStepScenarioChart';
  chart.title.text = 'Cost against committed service level';
  const series = chart.series.getItemAt(0);
  series.name = 'Scenarios';
  series.setXAxisValues(sl);
  series.setValues(cost);
  chart.setPosition('A13', 'H30');
  return chart;
}
