/*
 * Writing outputs. Everything heavy (the fill plans, exceljs, the Office.js
 * executor, the templates) loads only when the user asks to write.
 * Preview mode: the workbooks are offered as downloads. Excel: forecast and
 * schedule sheets go into the open workbook, budgets open as new workbooks.
 */
import type { PlanResult } from '../../core/plan/planResult';
import type { Locale } from '../../i18n/locale';
import type { HostKind } from '../host/host';

export type OutputKind = 'forecast' | 'schedule' | 'budget';

export interface WriteOutcome {
  /** file names downloaded or sheets/workbooks written */
  written: string[];
  skipped: string[];
}

async function templateBytes(name: 'forecast' | 'schedule' | 'budget'): Promise<Uint8Array> {
  const urls = await import(/* webpackChunkName: "templates" */ './templateUrls');
  const response = await fetch(urls.TEMPLATE_URLS[name]);
  if (!response.ok) throw new Error(`template ${name}.xlsx: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** Offers bytes as a file download (preview mode). */
export function download(fileName: string, bytes: Uint8Array | string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes one kind of output from a result, titles and headers in `locale`; throws with a message when a template or the host fails. */
export async function writeOutputs(kind: OutputKind, result: PlanResult, host: HostKind, confirmReplace: (sheet: string) => Promise<boolean>, locale: Locale = 'en'): Promise<WriteOutcome> {
  const { buildFillPlans } = await import(/* webpackChunkName: "report" */ '../../report');
  const plans = buildFillPlans(result, { locale }).filter((p) => p.template === kind);
  const { applyFillPlan } = await import(/* webpackChunkName: "exceljs" */ '../../workbook/file');
  if (host === 'preview') {
    const template = await templateBytes(kind);
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const plan of plans) files.push({ name: plan.fileName, bytes: await applyFillPlan(template, plan) });
    for (const f of files) download(f.name, f.bytes, XLSX); // all rendered before any is offered
    return { written: files.map((f) => f.name), skipped: [] };
  }
  const { writePlansInExcel } = await import(/* webpackChunkName: "excel-writer" */ '../../workbook/excel');
  const template = await templateBytes(kind);
  const report = await writePlansInExcel(plans, {
    templates: { [kind]: toBase64(template) },
    confirmReplace,
    renderBudget: async (plan) => toBase64(await applyFillPlan(template, plan)),
  });
  return { written: [...report.written, ...report.budgetsOpened], skipped: report.skipped.map((s) => `${s.workbook}: ${s.reason}`) };
}
