/** The template labels of each language (kept apart from the tables, so no table imports another). */
import type { Locale } from '../i18n/locale';
import { type TemplateLabels, templateLabelsEn } from './templateLabels';
import { templateLabelsZhCN } from './templateLabels.zh-CN';

const TABLES: Readonly<Record<Locale, TemplateLabels>> = { en: templateLabelsEn, 'zh-CN': templateLabelsZhCN };

/** @example templateLabels('zh-CN').sheets.Budget.title //=> '预算' */
export const templateLabels = (locale: Locale): TemplateLabels => TABLES[locale];
