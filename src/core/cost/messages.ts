/** Every validation message of the cost module (step 8), in one place. */

import type { FieldBound } from './costFields';

/** How a received value is shown in a message: numbers as-is, anything else as JSON. */
export const shown = (v: unknown): string =>
  typeof v === 'number' ? String(v) : v === undefined ? 'nothing' : JSON.stringify(v);

/** @example boundMessage('hourlyWage', 'atLeast0', -5) //=> 'hourlyWage must be 0 or more (got -5)' */
export const boundMessage = (field: string, bound: FieldBound, got: unknown): string =>
  typeof got !== 'number'
    ? `${field} must be a number (got ${shown(got)})`
    : `${field} must be ${bound === 'atLeast0' ? '0 or more' : 'more than 0'} (got ${shown(got)})`;

export const currencyMessage = (got: unknown): string =>
  `currency must be a three-letter ISO 4217 code such as USD or CNY (got ${shown(got)})`;

export const monthLabelMessage = (i: number, got: unknown): string =>
  `month ${i + 1}: month must be a 'YYYY-MM' label such as '2025-01' (got ${shown(got)})`;

export const duplicateMonthMessage = (month: string): string => `month ${month} is given more than once`;

export const noMonthsMessage = 'drivers.months must list at least one month';
