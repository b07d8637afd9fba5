/** PlanResult → fill plans (pure data) and the templates' contract. */
export * from './fillPlan';
export * from './templateContract';
export { budgetFormulas, type BudgetFormulas } from './budgetFormulas';
export { buildForecastPlan } from './forecastPlan';
export { buildSchedulePlan, rosterRows, weekOf } from './schedulePlan';
export { buildBudgetPlan, budgetWorkbookName } from './budgetPlan';
export { buildFillPlans, type FillPlanOptions } from './buildFillPlans';
export { templateLabelsEn, type TemplateLabels, type SheetLabels } from './templateLabels';
export { templateLabels } from './localeLabels';
export { labelOperations, tableHeaders } from './labelOperations';
