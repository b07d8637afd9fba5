/** PlanResult → fill plans (pure data) and the templates' contract. */
export * from './fillPlan';
export * from './templateContract';
export { budgetFormulas, type BudgetFormulas } from './budgetFormulas';
export { capacityCell, capacityFormulas, type CapacityFormulas } from './capacityFormulas';
export { buildForecastPlan, callsByMonth } from './forecastPlan';
export { buildSchedulePlan, rosterRows, weekOf } from './schedulePlan';
export { buildBudgetPlan, budgetWorkbookName } from './budgetPlan';
export { buildFillPlans, type FillPlanOptions } from './buildFillPlans';
export { templateLabelsEn, type TemplateLabels, type SheetLabels, type NotesLabels } from './templateLabels';
export { templateLabels } from './localeLabels';
export { labelOperations, sheetOperations, tableHeaders } from './labelOperations';
export { CELL_LOOKS, type CellLook } from './cellStyles';
export { planFormat, namedCell, localDateTime, type PlanFormatContext } from './planFormats';
export { noteRows, notesOperation } from './notesPlan';
export { queueIntervals, skillGroupIntervals, skillQueueIntervals, QUEUES_SHEET, QUEUE_STAFFING_SHEET, SKILL_STAFFING_SHEET } from './queuesPlan';
export * from './charts';
export { defaultPaper, planTextLayout, sheetPrintLayout, sheetTextLayout, wrappedLines, HEADER_ROW_POINTS, PAPER, PAGE_MARGINS, type SheetPrintInput, type SheetPrintLayout, type SheetTextInput, type SheetTextLayout } from './printLayout';
