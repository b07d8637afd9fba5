/**
 * The plan's few calendar needs that src/core/calendar does not already cover
 * (budget months).
 */
import { daysInMonth as monthDays } from '../calendar/dates';

/** Days in the month 'YYYY-MM'. */
export function daysInMonth(month: string): number {
  return monthDays(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

/** The twelve months 'YYYY-MM' starting with the month of `date`. */
export function budgetMonths(date: string): string[] {
  const [y, m] = date.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const month = m - 1 + i;
    return `${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  });
}
