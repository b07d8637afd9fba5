/**
 * DrawingML (ECMA-376 Part 1, §21.2 charts and §20.5 spreadsheet drawing) of
 * a fill plan's chart specs: one xl/charts/chartN.xml per chart and one
 * xl/drawings/drawingN.xml per sheet anchoring them to cells.
 *
 * Why written by hand: exceljs writes no charts and drops chart parts a
 * template holds when it loads and saves it, and no maintained npm library
 * writes chart parts into an existing workbook. The parts are small and
 * fixed: each series is a reference to the sheet's cells (so the chart stays
 * live) with a cache of the values written, for viewers that do not
 * recalculate. Element order follows the schema's sequences (CT_BarChart,
 * CT_LineSer, CT_CatAx, …), which Excel enforces.
 */
import type { ChartOperation, ChartSeries } from '../../report';

/** What a series' cells hold when the workbook is written: its name, its categories (or x values) and values. */
export interface SeriesCache {
  readonly name: string;
  readonly categories: readonly (string | number | null)[];
  readonly values: readonly (number | null)[];
}

export interface ChartToWrite {
  readonly op: ChartOperation;
  /** the name the chart's sheet shows once written (ranges are quoted with it) */
  readonly sheetName: string;
  readonly caches: readonly SeriesCache[];
  /** the categories' number format on the sheet (months), for the cache */
  readonly categoryFormat?: string;
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An absolute reference to a range of a sheet: 'Budget'!$A$21:$A$32. */
export function absoluteRef(sheetName: string, range: string): string {
  const abs = range
    .split(':')
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
  return `'${sheetName.replace(/'/g, "''")}'!${abs}`;
}

const richText = (text: string, size: number, bold: boolean): string =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
const title = (text: string, size = 1100): string => `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;

const point = (i: number, v: string | number): string => `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`;
const points = (vs: readonly (string | number | null)[]): string => vs.map((v, i) => (v === null || v === '' ? '' : point(i, v))).join('');

const numRef = (f: string, vs: readonly (number | string | null)[], format = 'General'): string =>
  `<c:numRef><c:f>${esc(f)}</c:f><c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${vs.length}"/>${points(vs.map((v) => (typeof v === 'number' ? v : null)))}</c:numCache></c:numRef>`;
const strRef = (f: string, vs: readonly (string | number | null)[]): string =>
  `<c:strRef><c:f>${esc(f)}</c:f><c:strCache><c:ptCount val="${vs.length}"/>${points(vs)}</c:strCache></c:strRef>`;

function categoriesXml(chart: ChartToWrite, s: ChartSeries, cache: SeriesCache, tag: 'cat' | 'xVal'): string {
  const f = absoluteRef(chart.sheetName, s.categories.range);
  const level = cache.categories;
  const numeric = level.every((v) => v === null || typeof v === 'number');
  return `<c:${tag}>${numeric ? numRef(f, level, chart.categoryFormat) : strRef(f, level)}</c:${tag}>`;
}

/** Office's default series colours (accent 1–6, then darker accents), so every viewer shows the same colours. */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300'];
const fill = (i: number): string => `<a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill>`;

function seriesXml(chart: ChartToWrite, i: number): string {
  const s = chart.op.series[i];
  const cache = chart.caches[i];
  const tx = `<c:tx>${strRef(absoluteRef(chart.sheetName, s.name.range), [cache.name])}</c:tx>`;
  const values = numRef(absoluteRef(chart.sheetName, s.values.range), cache.values);
  const head = `<c:idx val="${i}"/><c:order val="${i}"/>${tx}`;
  switch (chart.op.chart) {
    case 'stackedColumn':
      return `<c:ser>${head}<c:spPr>${fill(i)}</c:spPr><c:invertIfNegative val="0"/>${categoriesXml(chart, s, cache, 'cat')}<c:val>${values}</c:val></c:ser>`;
    case 'line': {
      // many points (a week of intervals): a plain line; a year of months: a line with its points marked
      const marker = cache.values.length > 40 ? '<c:marker><c:symbol val="none"/></c:marker>' : `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill(i)}</c:spPr></c:marker>`;
      return `<c:ser>${head}<c:spPr><a:ln w="22225" cap="rnd">${fill(i)}<a:round/></a:ln></c:spPr>${marker}${categoriesXml(chart, s, cache, 'cat')}<c:val>${values}</c:val><c:smooth val="0"/></c:ser>`;
    }
    case 'scatter':
      return `<c:ser>${head}<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="9"/><c:spPr>${fill(i)}</c:spPr></c:marker>${categoriesXml(chart, s, cache, 'xVal')}<c:yVal>${values}</c:yVal><c:smooth val="0"/></c:ser>`;
  }
}

const AX_X = 500100;
const AX_Y = 500200;
const axisText = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>';

function valueAxis(id: number, cross: number, pos: 'l' | 'b', axTitle: string, numFmt: string | undefined, gridlines: boolean, crossBetween: 'between' | 'midCat'): string {
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>` +
    `${gridlines ? '<c:majorGridlines/>' : ''}${title(axTitle, 900)}<c:numFmt formatCode="${esc(numFmt ?? 'General')}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="${crossBetween}"/></c:valAx>`
  );
}

function categoryAxis(chart: ChartToWrite): string {
  const x = chart.op.xAxis;
  const fmt = x.numFmt ? `<c:numFmt formatCode="${esc(x.numFmt)}" sourceLinked="0"/>` : '';
  const skip = x.labelEvery && x.labelEvery > 1 ? `<c:tickLblSkip val="${x.labelEvery}"/><c:tickMarkSkip val="${x.labelEvery}"/>` : '';
  return (
    `<c:catAx><c:axId val="${AX_X}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>${title(x.title, 900)}${fmt}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${axisText}<c:crossAx val="${AX_Y}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>${skip}<c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

/** The chart part (xl/charts/chartN.xml) of one chart. */
export function chartXml(chart: ChartToWrite): string {
  const { op } = chart;
  const series = op.series.map((_, i) => seriesXml(chart, i)).join('');
  const axes = `<c:axId val="${AX_X}"/><c:axId val="${AX_Y}"/>`;
  let plot: string;
  if (op.chart === 'stackedColumn') {
    plot =
      `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:overlap val="100"/>${axes}</c:barChart>` +
      categoryAxis(chart) +
      valueAxis(AX_Y, AX_X, 'l', op.yAxis.title, op.yAxis.numFmt, true, 'between');
  } else if (op.chart === 'line') {
    plot =
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>` +
      categoryAxis(chart) +
      valueAxis(AX_Y, AX_X, 'l', op.yAxis.title, op.yAxis.numFmt, true, 'between');
  } else {
    plot =
      `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axes}</c:scatterChart>` +
      valueAxis(AX_X, AX_Y, 'b', op.xAxis.title, op.xAxis.numFmt, false, 'midCat') +
      valueAxis(AX_Y, AX_X, 'l', op.yAxis.title, op.yAxis.numFmt, true, 'midCat');
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<c:roundedCorners val="0"/><c:chart>${title(op.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="B4C6E7"/></a:solidFill></a:ln></c:spPr></c:chartSpace>'
  );
}

const cellIndex = (address: string): { col: number; row: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad chart anchor ${address}`);
  return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(m[2]) - 1 };
};

/** The drawing part of a sheet: each chart anchored over its cells (inclusive), moving with them; `rIds[i]` its relationship to chart i. */
export function drawingXml(charts: readonly ChartOperation[], rIds: readonly string[]): string {
  const anchors = charts.map((op, i) => {
    const from = cellIndex(op.anchor.from);
    const to = cellIndex(op.anchor.to);
    const marker = (tag: string, c: number, r: number) => `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', from.col, from.row)}${marker('to', to.col + 1, to.row + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(op.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${anchors.join('')}</xdr:wsDr>`
  );
}
