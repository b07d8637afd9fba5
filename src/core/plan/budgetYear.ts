import { type Note, note } from '../notes/note';
import type { IntervalRecord } from '../workload/intervalRecord';
import { budgetMonths, daysInMonth } from './calendarDays';

/** One month of the budget year. */
export interface BudgetMonth {
  month: string;
  /** calls forecast for the month (before scenario factors) */
  calls: number;
  days: number;
}

/**
 * The long horizon: calls per month for the twelve months from `start`, each
 * the same calendar month's history × (1 + growth) (the ratio method's month
 * shares applied to last year's total). Months the history lacks are filled
 * from the history's mean calls per calendar day, with a note.
 */
export function budgetYear(records: readonly IntervalRecord[], start: string, growth: number): { months: BudgetMonth[]; notes: Note[] } {
  const byMonth = new Map<string, number>();
  for (const r of records) byMonth.set(r.date.slice(0, 7), (byMonth.get(r.date.slice(0, 7)) ?? 0) + r.offered);
  const dates = records.map((r) => r.date).sort();
  const spanDays = (Date.parse(dates[dates.length - 1]) - Date.parse(dates[0])) / 86_400_000 + 1;
  const perDay = [...byMonth.values()].reduce((a, b) => a + b, 0) / spanDays;
  const notes: Note[] = [];
  const months = budgetMonths(start).map((month) => {
    const calendarMonth = month.slice(5, 7);
    const seen = [...byMonth.keys()].filter((k) => k.endsWith(`-${calendarMonth}`) && k < month).sort();
    const latest = seen[seen.length - 1];
    const days = daysInMonth(month);
    // a month only partly in the history is scaled up to the whole month
    let calls: number;
    if (latest) {
      const daysSeen = new Set(records.filter((r) => r.date.startsWith(latest)).map((r) => r.date)).size;
      const firstSeen = dates.find((d) => d.startsWith(latest))!;
      const lastSeen = [...dates].reverse().find((d) => d.startsWith(latest))!;
      const covered = (Date.parse(lastSeen) - Date.parse(firstSeen)) / 86_400_000 + 1;
      const partial = covered < daysInMonth(latest) - 3 && daysSeen > 0;
      calls = byMonth.get(latest)! * (partial ? daysInMonth(latest) / covered : 1) * (1 + growth);
      if (partial) notes.push(note('budgetYear.partialMonth', { month, source: latest, days: covered }));
    } else {
      calls = perDay * days * (1 + growth);
      notes.push(note('budgetYear.missingMonth', { month, calendarMonth }));
    }
    return { month, calls, days };
  });
  return { months, notes };
}
