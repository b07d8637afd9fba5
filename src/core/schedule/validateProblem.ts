import { invalid, success, type Result } from '../result';
import { breakPlacements } from './expandPatterns';
import { DAY_MINUTES, formatClock } from '../calendar/clock';
import { WEEKDAYS } from '../calendar/dates';
import { contractsOf, maxConsecutiveOf } from './contracts';
import type { ScheduleProblem, ShiftTemplate } from './types';

/**
 * Checks one shift template: span within 24 h, start within the day, breaks
 * inside the shift and not overlapping, weekdays valid, cost ≥ 0.
 *
 * @returns the template, or `invalid` with a message naming the shift and field.
 * @example validateTemplate({ name: 'Early', start: 420, minutes: 1500, breaks: [] })
 *   //=> invalid("shift 'Early' is 1500 minutes long; a shift may span at most 24 h")
 */
export function validateTemplate(t: ShiftTemplate): Result<ShiftTemplate> {
  const name = `shift '${t.name}'`;
  if (!t.name || typeof t.name !== 'string') return invalid('every shift needs a name');
  if (!Number.isFinite(t.start) || t.start < 0 || t.start >= DAY_MINUTES) {
    return invalid(`${name} starts at minute ${t.start}; a start must be between 00:00 and 23:59`);
  }
  if (!Number.isFinite(t.minutes) || t.minutes <= 0) {
    return invalid(`${name} is ${t.minutes} minutes long; a shift must last more than 0 minutes`);
  }
  if (t.minutes > DAY_MINUTES) {
    return invalid(`${name} is ${t.minutes} minutes long; a shift may span at most 24 h`);
  }
  const spans: { from: number; to: number; i: number }[] = [];
  for (let i = 0; i < t.breaks.length; i++) {
    const b = t.breaks[i];
    const label = `break ${i + 1} of ${name}`;
    if (!Number.isFinite(b.minutes) || b.minutes <= 0) {
      return invalid(`${label} lasts ${b.minutes} minutes; a break must last more than 0 minutes`);
    }
    if (!Number.isFinite(b.offset) || b.offset < 0) {
      return invalid(`${label} starts ${b.offset} minutes after the shift start; the offset must be ≥ 0`);
    }
    const latest = b.latestOffset ?? b.offset;
    if (!Number.isFinite(latest) || latest < b.offset) {
      return invalid(`${label}: latest start ${latest} is before the earliest start ${b.offset}`);
    }
    if (latest + b.minutes > t.minutes) {
      return invalid(
        `${label} (starting ${latest} min after the start, ${b.minutes} min long) ends after the shift's ${t.minutes} minutes; a break must lie inside its shift`,
      );
    }
    spans.push({ from: b.offset, to: latest + b.minutes, i });
  }
  const fixed = spans.filter((s) => t.breaks[s.i].latestOffset === undefined).sort((a, b) => a.from - b.from);
  for (let k = 1; k < fixed.length; k++) {
    if (fixed[k].from < fixed[k - 1].to) {
      return invalid(`breaks ${fixed[k - 1].i + 1} and ${fixed[k].i + 1} of ${name} overlap`);
    }
  }
  const breakMinutes = t.breaks.reduce((s, b) => s + b.minutes, 0);
  if (breakMinutes >= t.minutes) {
    return invalid(`${name} has ${breakMinutes} minutes of breaks in a ${t.minutes}-minute shift; no time is left on the phones`);
  }
  if (t.days) {
    if (t.days.length === 0) return invalid(`${name} has an empty list of days; omit "days" to allow every day`);
    for (const d of t.days) {
      if (!Number.isInteger(d) || d < 0 || d > 6) {
        return invalid(`${name} has day ${d}; days are weekdays 0 (${WEEKDAYS[0]}) to 6 (${WEEKDAYS[6]})`);
      }
    }
  }
  if (t.cost !== undefined && (!Number.isFinite(t.cost) || t.cost < 0)) {
    return invalid(`${name} has cost ${t.cost}; a cost must be a number ≥ 0`);
  }
  return success(t);
}

/**
 * Validates a whole scheduling problem before any model is built: interval
 * length, requirement shape and values, templates (non-empty, unique names,
 * each valid), costs all-or-none, balance and roster settings.
 *
 * @returns the problem, or the first problem found as `invalid` with a clear message.
 * @example validateProblem({ ...problem, templates: [] })
 *   //=> invalid('no shift templates given; add at least one')
 */
export function validateProblem(p: ScheduleProblem): Result<ScheduleProblem> {
  const len = p.intervalMinutes;
  if (!Number.isInteger(len) || len <= 0 || DAY_MINUTES % len !== 0) {
    return invalid(`intervalMinutes must be a whole number of minutes dividing 1440 (15, 30, 60…) (got ${len})`);
  }
  const slots = DAY_MINUTES / len;
  if (p.days.length === 0) return invalid('the requirement has no days');
  if (p.required.length !== p.days.length) {
    return invalid(`the requirement has ${p.required.length} days of values for ${p.days.length} days`);
  }
  for (let d = 0; d < p.days.length; d++) {
    const row = p.required[d];
    if (row.length !== slots) {
      return invalid(`day ${p.days[d].label} has ${row.length} intervals; expected ${slots} of ${len} minutes`);
    }
    for (let s = 0; s < slots; s++) {
      const r = row[s];
      if (!Number.isFinite(r)) {
        return invalid(`required on ${p.days[d].label} ${formatClock(s * len)} is not a number (got ${r})`);
      }
      if (r < 0) {
        return invalid(`required on ${p.days[d].label} ${formatClock(s * len)} is ${r}; a requirement must be ≥ 0`);
      }
    }
  }
  if (p.templates.length === 0) return invalid('no shift templates given; add at least one');
  const names = new Set<string>();
  for (const t of p.templates) {
    const r = validateTemplate(t);
    if (!r.ok) return r;
    if (breakPlacements(t, len).length === 0) {
      return invalid(`the breaks of shift '${t.name}' cannot be placed in order without overlapping; list breaks in time order`);
    }
    if (names.has(t.name)) return invalid(`two shift templates are named '${t.name}'; names must be unique`);
    names.add(t.name);
  }
  const withCost = p.templates.filter((t) => t.cost !== undefined).length;
  if (withCost > 0 && withCost < p.templates.length) {
    const missing = p.templates.find((t) => t.cost === undefined);
    return invalid(`cost is given for some shifts but not for '${missing?.name}'; give a cost for every shift or for none`);
  }
  if (p.objective !== 'cover' && p.objective !== 'balance') {
    return invalid(`objective must be "cover" or "balance" (got "${String(p.objective)}")`);
  }
  const b = p.balance;
  if (b) {
    for (const [k, v] of Object.entries(b)) {
      if (v !== undefined && (!Number.isFinite(v) || v < 0)) return invalid(`balance.${k} must be a number ≥ 0 (got ${v})`);
    }
  }
  const r = p.roster;
  if (r) {
    if (p.days.length !== 7) return invalid(`rosters need a horizon of exactly 7 days (got ${p.days.length})`);
    const seen = new Set(p.days.map((d) => d.weekday));
    if (seen.size !== 7) return invalid('rosters need the 7 days of one week, each weekday once');
    if (r.contracts && r.contracts.length > 0) {
      if (r.minWorkDays !== undefined || r.maxWorkDays !== undefined || r.maxWeeklyHours !== undefined) {
        return invalid('roster.minWorkDays, maxWorkDays and maxWeeklyHours shape the default contract; with contracts give days and hours per contract');
      }
    } else {
      const max = r.maxWorkDays ?? 5;
      const min = r.minWorkDays ?? max;
      if (!Number.isInteger(max) || max < 1 || max > 7) return invalid(`roster.maxWorkDays must be a whole number 1–7 (got ${max})`);
      if (!Number.isInteger(min) || min < 1 || min > max) {
        return invalid(`roster.minWorkDays must be a whole number from 1 to maxWorkDays ${max} (got ${min})`);
      }
      if (r.maxWeeklyHours !== undefined && (!Number.isFinite(r.maxWeeklyHours) || r.maxWeeklyHours <= 0)) {
        return invalid(`roster.maxWeeklyHours must be a number > 0 (got ${r.maxWeeklyHours})`);
      }
    }
    const contracts = contractsOf(r);
    const names = new Set<string>();
    let shares = 0;
    for (const c of contracts) {
      const at = `contract '${c.name}'`;
      if (!c.name || names.has(c.name)) return invalid(`contracts need distinct, non-empty names (got '${c.name}' twice or empty)`);
      names.add(c.name);
      const { min, max } = c.days;
      if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max > 7 || min > max) {
        return invalid(`${at}: days must be whole numbers with 1 ≤ min ≤ max ≤ 7 (got ${min}–${max})`);
      }
      const h = c.weeklyHours;
      if (!Number.isFinite(h.min) || !Number.isFinite(h.max) || h.min < 0 || h.max <= 0 || h.min > h.max || h.max > 168) {
        return invalid(`${at}: weekly hours must satisfy 0 ≤ min ≤ max ≤ 168, max > 0 (got ${h.min}–${h.max})`);
      }
      if (c.share !== undefined) {
        if (!Number.isFinite(c.share) || c.share < 0 || c.share > 1) return invalid(`${at}: share must be a fraction 0–1 of the heads (got ${c.share})`);
        shares += c.share;
      }
    }
    if (shares > 1 + 1e-9) return invalid(`the contracts' shares add up to ${Math.round(shares * 1000) / 10}%; at most 100% of the heads`);
    if (contracts.every((c) => c.share !== undefined) && contracts.length > 1 && Math.abs(shares - 1) > 1e-6) {
      return invalid(`the contracts' shares add up to ${Math.round(shares * 1000) / 10}%; when every contract has a share they must add up to 100%`);
    }
    if (r.minRestHours !== undefined && (!Number.isFinite(r.minRestHours) || r.minRestHours < 0 || r.minRestHours > 24)) {
      return invalid(`roster.minRestHours must be between 0 and 24 (got ${r.minRestHours})`);
    }
    const run = maxConsecutiveOf(r);
    if (!Number.isInteger(run) || run < 1 || run > 6) {
      return invalid(`roster.maxConsecutiveDays must be a whole number 1–6 (a day off every week; got ${run})`);
    }
    if (contracts.every((c) => c.days.min > run)) {
      return invalid(`roster.maxConsecutiveDays is ${run}, fewer than every contract's working days; no agent can work a week`);
    }
  }
  const seats = p.seats;
  if (seats && (!Number.isInteger(seats.count) || seats.count < 1)) return invalid(`seats must be a whole number ≥ 1 (got ${seats.count})`);
  return success(p);
}
