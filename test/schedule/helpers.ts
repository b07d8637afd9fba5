import type { ScheduleProblem, ShiftTemplate } from '../../src/core/schedule/types';

/** One-hour intervals: a day of 24 values with `value` from hour `from` to hour `to` (exclusive). */
export function hours(from: number, to: number, value: number, base: number[] = new Array<number>(24).fill(0)): number[] {
  const row = [...base];
  for (let h = from; h < to; h++) row[h] = value;
  return row;
}

export function shift(name: string, startHour: number, hoursLong: number, extra: Partial<ShiftTemplate> = {}): ShiftTemplate {
  return { name, start: startHour * 60, minutes: hoursLong * 60, breaks: [], ...extra };
}

export const monday = { label: 'Monday', weekday: 0 };
export const tuesday = { label: 'Tuesday', weekday: 1 };

export function oneDay(required: number[], templates: ShiftTemplate[], extra: Partial<ScheduleProblem> = {}): ScheduleProblem {
  return { intervalMinutes: 60, days: [monday], required: [required], templates, objective: 'cover', ...extra };
}
