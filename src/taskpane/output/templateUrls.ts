import budget from '../../../templates/budget.xlsx';
import forecast from '../../../templates/forecast.xlsx';
import schedule from '../../../templates/schedule.xlsx';

/** The templates' URLs (bundled as assets by webpack). */
export const TEMPLATE_URLS = { forecast, schedule, budget } as const;
