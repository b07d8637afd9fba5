/**
 * Recurring and one-off events (holidays, billing days, campaigns) kept apart from the base
 * forecast and laid back on after it as multiplicative factors (planning-guide.md step 3).
 */
import { Result, success, invalid } from '../result';

export interface EventAdjustment {
  name: string;
  /** First and last ISO date the event covers (inclusive). */
  from: string;
  to: string;
  /** Multiplier on calls: 1.2 = +20%, 0 = closed. */
  factor: number;
  /** Optional interval range within each day, minutes since midnight [startFrom, startTo). */
  startFrom?: number;
  startTo?: number;
}

/**
 * Checks an event list: dates ISO and ordered, factor finite and ≥ 0.
 * @example validateEvents([{ name: 'billing', from: '2003-10-01', to: '2003-10-02', factor: 1.1 }]).ok //=> true
 */
export function validateEvents(events: readonly EventAdjustment[]): Result<EventAdjustment[]> {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  for (const [i, e] of events.entries()) {
    const where = `event ${i + 1} (${e.name || 'unnamed'})`;
    if (!iso.test(e.from) || !iso.test(e.to)) return invalid(`${where}: dates must be YYYY-MM-DD (got ${e.from} … ${e.to})`);
    if (e.to < e.from) return invalid(`${where}: ends (${e.to}) before it starts (${e.from})`);
    if (!Number.isFinite(e.factor) || e.factor < 0) return invalid(`${where}: factor must be 0 or more (got ${e.factor})`);
  }
  return success([...events]);
}

/**
 * Applies the events to a forecast: each interval's calls are multiplied by the factor of
 * every event covering its date (and start, when the event has an interval range).
 * Returns new objects; the names of the events applied are listed on each interval.
 * @example applyEvents([{ date: '2003-10-01', start: 420, calls: 100 }], [{ name: 'billing', from: '2003-10-01', to: '2003-10-01', factor: 1.2 }]) //=> [{ date: '2003-10-01', start: 420, calls: 120, events: ['billing'] }]
 */
export function applyEvents<T extends { date: string; start: number; calls: number }>(intervals: readonly T[], events: readonly EventAdjustment[]): (T & { events?: string[] })[] {
  return intervals.map((iv) => {
    let calls = iv.calls;
    const names: string[] = [];
    for (const e of events) {
      if (iv.date < e.from || iv.date > e.to) continue;
      if (e.startFrom !== undefined && iv.start < e.startFrom) continue;
      if (e.startTo !== undefined && iv.start >= e.startTo) continue;
      calls *= e.factor;
      names.push(e.name);
    }
    return names.length ? { ...iv, calls, events: names } : { ...iv };
  });
}

/**
 * Estimates an event's multiplicative effect from history: Σ actual ÷ Σ base forecast over
 * the event's past occurrences (base = what the model expects without the event).
 * @example estimateEventFactor([120, 130], [100, 100]) //=> success(1.25)
 */
export function estimateEventFactor(actualTotals: readonly number[], baseTotals: readonly number[]): Result<number> {
  if (actualTotals.length !== baseTotals.length || actualTotals.length === 0) return invalid('actual and base totals must be non-empty and of equal length');
  const a = actualTotals.reduce((s, x) => s + x, 0);
  const b = baseTotals.reduce((s, x) => s + x, 0);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return invalid('base totals must be positive numbers');
  return success(a / b);
}
