/** The exceljs executor: fill plans → .xlsx bytes; the atomic writer; the template builder. */
export { applyFillPlan, TemplateMismatchError } from './applyFillPlan';
export { prepareOutputFolder, storeOf, writeWorkbooksAtomically, type OutputFile, type WriteOutcome } from './writeAtomically';
export { buildTemplate } from './templateBuilder';
