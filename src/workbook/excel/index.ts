/** The Office.js executor. */
export { writePlansInExcel, writePlansToWorkbook, type ExcelWriteReport, type ExcelWriterOptions } from './writePlans';
export { DEFAULT_LIMITS, excelText, rowBatches, type BatchLimits } from './batches';
export { contentHash, OWNERSHIP_SETTING, type Ownership } from './ownership';
