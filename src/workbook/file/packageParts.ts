/**
 * What exceljs cannot write, added to the saved .xlsx package (a zip, opened
 * with JSZip, which exceljs itself uses): each sheet's charts (drawing and
 * chart parts, their relationships and content types, see chartXml.ts), its
 * manual column page breaks, and its print ranges (the main area and one
 * per chart, as one defined name: exceljs would write one name per range,
 * which Excel repairs). Runs in memory, before the caller writes the bytes
 * (the CLI's writeAtomically keeps its one rename).
 */
import JSZip from 'jszip';
import { absoluteRef, chartXml, drawingXml, esc, type ChartToWrite } from './chartXml';

export interface SheetPackageEdits {
  /** the name the sheet shows */
  readonly sheetName: string;
  readonly charts: readonly ChartToWrite[];
  /** 1-based columns a printed page ends after */
  readonly columnBreaks: readonly number[];
  /** A1 ranges printed, in order, each starting a page ('A1:S34', 'A37:K57') */
  readonly printAreas: readonly string[];
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

const unescapeXml = (s: string): string => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Sheet name → its part path ('xl/worksheets/sheet1.xml') and its 0-based position (a defined name's localSheetId). */
function sheetParts(workbookXml: string, relsXml: string): Map<string, { path: string; index: number }> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, { path: string; index: number }>();
  [...workbookXml.matchAll(/<sheet\b[^>]*\/>/g)].forEach((m, index) => {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) out.set(unescapeXml(name), { path, index });
  });
  return out;
}

/** Inserts `element` into a worksheet before the first of the elements the schema puts after it. */
function insertBefore(sheetXml: string, element: string, followers: readonly string[]): string {
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const f of followers) {
    const i = sheetXml.indexOf(`<${f}`);
    if (i >= 0 && i < at) at = i;
  }
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

const AFTER_COL_BREAKS = ['customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
const AFTER_DRAWING = AFTER_COL_BREAKS.slice(AFTER_COL_BREAKS.indexOf('drawing') + 1);

const addOverride = (types: string, part: string, contentType: string): string =>
  types.includes(`PartName="${part}"`) ? types : types.replace('</Types>', `<Override PartName="${part}" ContentType="${contentType}"/></Types>`);

/** Applies the edits to an .xlsx package; returns the new bytes. */
export async function editPackage(xlsx: Uint8Array, edits: readonly SheetPackageEdits[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (path: string): Promise<string | undefined> => zip.file(path)?.async('string');
  let workbook = (await read('xl/workbook.xml')) ?? '';
  const parts = sheetParts(workbook, (await read('xl/_rels/workbook.xml.rels')) ?? '');
  let types = (await read('[Content_Types].xml')) ?? '';
  let chartNo = 0;
  let drawingNo = 0;
  for (const e of edits) {
    const part = parts.get(e.sheetName);
    if (!part) throw new Error(`the written workbook has no sheet ${e.sheetName}`);
    let sheet = (await read(part.path)) ?? '';
    if (e.columnBreaks.length > 0) {
      const brks = e.columnBreaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join('');
      sheet = insertBefore(sheet.replace(/<colBreaks\b[\s\S]*?<\/colBreaks>/, ''), `<colBreaks count="${e.columnBreaks.length}" manualBreakCount="${e.columnBreaks.length}">${brks}</colBreaks>`, AFTER_COL_BREAKS);
    }
    if (e.charts.length > 0) {
      drawingNo++;
      const drawing = `xl/drawings/drawing${drawingNo}.xml`;
      const rIds = e.charts.map((c) => {
        chartNo++;
        zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(c));
        types = addOverride(types, `/xl/charts/chart${chartNo}.xml`, CT_CHART);
        return { id: `rId${chartNo}`, target: `../charts/chart${chartNo}.xml` };
      });
      zip.file(drawing, drawingXml(e.charts.map((c) => c.op), rIds.map((r) => r.id)));
      zip.file(
        `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rIds
          .map((r) => `<Relationship Id="${r.id}" Type="${REL_NS}/chart" Target="${r.target}"/>`)
          .join('')}</Relationships>`,
      );
      types = addOverride(types, `/${drawing}`, CT_DRAWING);
      const relsPath = part.path.replace(/([^/]+)$/, '_rels/$1.rels');
      const rels = (await read(relsPath)) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
      const rel = 'rIdNineStepDrawing';
      zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${rel}" Type="${REL_NS}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
      sheet = insertBefore(sheet, `<drawing r:id="${rel}"/>`, AFTER_DRAWING);
    }
    zip.file(part.path, sheet);
    if (e.printAreas.length > 0) {
      const value = esc(e.printAreas.map((r) => absoluteRef(e.sheetName, r)).join(','));
      const name = `<definedName name="_xlnm.Print_Area" localSheetId="${part.index}">${value}</definedName>`;
      const own = new RegExp(`<definedName name="_xlnm\\.Print_Area" localSheetId="${part.index}"[^>]*>[^<]*</definedName>`, 'g');
      workbook = workbook.replace(own, '');
      workbook = workbook.includes('<definedNames>') ? workbook.replace('<definedNames>', `<definedNames>${name}`) : workbook.replace('</sheets>', `</sheets><definedNames>${name}</definedNames>`);
    }
  }
  zip.file('xl/workbook.xml', workbook);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
