import { invalid, success, type Result } from '../result';
import { parseClock, weekdayOf } from '../calendar/parse';
import type { BreakRule, ShiftTemplate } from './types';
import { validateTemplate } from './validateProblem';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads shift templates from JSON data (the `--shifts` file): an array of
 * `{ name, start: "HH:MM", minutes, breaks: [{ offset, minutes, paid, latestOffset? }], days?: ["Monday", …], cost? }`.
 * Each template is then checked by {@link validateTemplate}.
 *
 * @returns templates, or `invalid` naming the template and field.
 * @example parseShiftTemplates([{ name: 'Early', start: '07:00', minutes: 480, breaks: [] }])
 *   //=> success([{ name: 'Early', start: 420, minutes: 480, breaks: [] }])
 */
export function parseShiftTemplates(data: unknown): Result<ShiftTemplate[]> {
  if (!Array.isArray(data)) return invalid('the shifts file must hold a JSON array of shift templates');
  if (data.length === 0) return invalid('no shift templates given; add at least one');
  const out: ShiftTemplate[] = [];
  for (let i = 0; i < data.length; i++) {
    const raw = data[i];
    const where = `shift ${i + 1}`;
    if (!isObject(raw)) return invalid(`${where} must be an object with name, start, minutes and breaks`);
    const name = raw.name;
    if (typeof name !== 'string' || name.trim() === '') return invalid(`${where} needs a name`);
    const label = `shift '${name}'`;
    if (typeof raw.start !== 'string') return invalid(`${label}: start must be a time "HH:MM"`);
    const start = parseClock(raw.start, `${label}: start`);
    if (!start.ok) return start;
    if (start.value >= 1440) return invalid(`${label}: start must be before 24:00`);
    if (typeof raw.minutes !== 'number') return invalid(`${label}: minutes (the span) must be a number`);
    const breaksRaw = raw.breaks ?? [];
    if (!Array.isArray(breaksRaw)) return invalid(`${label}: breaks must be an array`);
    const breaks: BreakRule[] = [];
    for (let k = 0; k < breaksRaw.length; k++) {
      const b = breaksRaw[k];
      const bl = `${label}: break ${k + 1}`;
      if (!isObject(b)) return invalid(`${bl} must be an object { offset, minutes, paid }`);
      if (typeof b.offset !== 'number') return invalid(`${bl}: offset (minutes after the shift start) must be a number`);
      if (typeof b.minutes !== 'number') return invalid(`${bl}: minutes must be a number`);
      if (b.paid !== undefined && typeof b.paid !== 'boolean') return invalid(`${bl}: paid must be true or false`);
      if (b.latestOffset !== undefined && typeof b.latestOffset !== 'number') return invalid(`${bl}: latestOffset must be a number`);
      breaks.push({
        offset: b.offset,
        minutes: b.minutes,
        paid: b.paid === true,
        ...(b.latestOffset !== undefined ? { latestOffset: b.latestOffset as number } : {}),
      });
    }
    let days: number[] | undefined;
    if (raw.days !== undefined) {
      if (!Array.isArray(raw.days)) return invalid(`${label}: days must be an array of weekday names`);
      days = [];
      for (const d of raw.days) {
        const wd = typeof d === 'string' ? weekdayOf(d) : invalid(`${label}: days must be weekday names`);
        if (!wd.ok || (typeof d === 'string' && /^\d{4}-/.test(d))) {
          return invalid(`${label}: unknown day "${String(d)}"; use Monday…Sunday`);
        }
        days.push(wd.value);
      }
    }
    if (raw.cost !== undefined && typeof raw.cost !== 'number') return invalid(`${label}: cost must be a number`);
    const t: ShiftTemplate = {
      name,
      start: start.value,
      minutes: raw.minutes,
      breaks,
      ...(days ? { days } : {}),
      ...(raw.cost !== undefined ? { cost: raw.cost as number } : {}),
    };
    const v = validateTemplate(t);
    if (!v.ok) return v;
    out.push(t);
  }
  return success(out);
}
