/**
 * The fill plan's charts in the open workbook: each chart spec
 * (src/report/charts.ts) becomes worksheet.charts.add with the same type,
 * ranges, title and axis titles as the file writer's DrawingML, so a chart
 * is the same whichever writer made it. Series are set one by one
 * (ExcelApi 1.7: series.add, setValues, setXAxisValues), each named by
 * its cell's text.
 */
import type { ChartKind, ChartOperation } from '../../report';

const CHART_TYPES: Readonly<Record<ChartKind, () => Excel.ChartType>> = {
  stackedColumn: () => Excel.ChartType.columnStacked,
  line: () => Excel.ChartType.line,
  scatter: () => Excel.ChartType.xyscatter,
};

/** Adds one chart spec to its sheet (by the contract's name, before the sheet shows its caption); `seriesNames` are the texts of the series' name cells. */
export function addChart(context: Excel.RequestContext, op: ChartOperation, seriesNames: readonly string[]): Excel.Chart {
  const sheet = context.workbook.worksheets.getItem(op.sheet);
  const first = op.series[0];
  const chart = sheet.charts.add(CHART_TYPES[op.chart](), sheet.getRange(first.values.range), Excel.ChartSeriesBy.columns);
  chart.name = op.name;
  chart.title.text = op.title;
  op.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(seriesNames[i]);
    series.name = seriesNames[i];
    if (i > 0) series.setValues(sheet.getRange(s.values.range));
    series.setXAxisValues(sheet.getRange(s.categories.range));
  });
  const category = chart.axes.getItem(Excel.ChartAxisType.category);
  category.title.text = op.xAxis.title;
  if (op.xAxis.numFmt) category.numberFormat = op.xAxis.numFmt;
  if (op.xAxis.labelEvery && op.xAxis.labelEvery > 1) {
    category.tickLabelSpacing = op.xAxis.labelEvery;
    category.tickMarkSpacing = op.xAxis.labelEvery;
  }
  const value = chart.axes.getItem(Excel.ChartAxisType.value);
  value.title.text = op.yAxis.title;
  if (op.yAxis.numFmt) value.numberFormat = op.yAxis.numFmt;
  chart.legend.position = Excel.ChartLegendPosition.bottom;
  chart.setPosition(op.anchor.from, op.anchor.to);
  return chart;
}
