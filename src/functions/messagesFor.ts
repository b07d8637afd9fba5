/** The function messages of a locale (English unless a zh-CN table is asked for). */
import type { Locale } from '../i18n/locale';
import { type FunctionMessages, messages } from './messages';
import { messagesZhCN } from './messages.zh-CN';

const TABLES: Readonly<Record<Locale, FunctionMessages>> = { en: messages, 'zh-CN': messagesZhCN };

/** @example messagesFor('zh-CN').greaterThan('aht', 0, 'seconds', -5) //=> 'aht 必须大于 0 秒（实际为 -5）' */
export const messagesFor = (locale: Locale): FunctionMessages => TABLES[locale];
