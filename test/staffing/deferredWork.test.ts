/**
 * Deferred work (deferredWork.ts) against what is known without the code:
 * hand-derived days (constant arrivals; idle agents that absorb everything;
 * too little idle time, so the window forces dedicated hours; items carried
 * overnight into the next morning's idle time), BACKLOG_AGENTS' workload when
 * the phones leave no idle time, and on small random cases the fewest
 * dedicated hours an exhaustive search over every allocation finds.
 */
import { backlogAgents } from '../../src/core/staffing/backlogAgents';
import { type DeferredInterval, deferredWork } from '../../src/core/staffing/deferredWork';

/** A day of hours: items and idle agents by hour (absent: 0). */
function hours(n: number, items: Record<number, number>, idle: Record<number, number>, ahtSeconds: number): DeferredInterval[] {
  return Array.from({ length: n }, (_, h) => ({ items: items[h] ?? 0, ahtSeconds, idleAgents: idle[h] ?? 0 }));
}
const range = (from: number, to: number, value: number) => Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, value]));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('hand-derived cases (hourly grid)', () => {
  test('constant arrivals, no idle time: every hour is answered at its deadline, by dedicated hours', () => {
    // 20 items an hour, 300 s each: 1⅔ agent-hours of work an hour, 40 a day; window 24 h = 24 hours,
    // so the items of hour t are answered in hour t + 23, 24 h old, and 23 hours' items (460) are always waiting
    const a = deferredWork({ intervalMinutes: 60, responseHours: 24, intervals: hours(24, range(0, 23, 20), {}, 300) });
    expect(a.windowIntervals).toBe(24);
    for (const i of a.intervals) {
      expect(i.dedicatedHours).toBeCloseTo(20 * 300 / 3600, 12);
      expect(i.idleHours).toBe(0);
      expect(i.backlogItems).toBeCloseTo(460, 9);
      expect(i.oldestAgeHours).toBe(24);
    }
    expect(a.carriedInItems).toBeCloseTo(460, 9);
  });

  test('idle agents that absorb everything: one agent for an hour answers each hour\'s 10 items the next hour', () => {
    // 10 items in each of 08–17 h at 360 s (1 agent-hour per 10 items); one idle agent in each of 09–18 h
    const a = deferredWork({ intervalMinutes: 60, responseHours: 4, intervals: hours(24, range(8, 17, 10), range(9, 18, 1), 360) });
    expect(sum(a.intervals.map((i) => i.dedicatedHours))).toBe(0);
    expect(sum(a.intervals.map((i) => i.idleHours))).toBeCloseTo(10, 12);
    expect(Math.max(...a.intervals.map((i) => i.oldestAgeHours))).toBe(2); // arrived in hour t, answered by the end of t + 1
    expect(a.intervals[23].backlogItems).toBeCloseTo(0, 12);
  });

  test('half an idle agent and a 3 h window: the window forces 5 dedicated hours', () => {
    // idle answers 5 items an hour, oldest first; items of hour t are due in hour t + 2.
    // Hour 10 finishes hour 8's items; from hour 11 to 18 half of hour t − 2's items are left when they fall due
    // (0.5 h each), and hour 17's 10 items are all left in hour 19 (1 h): 8 × 0.5 + 1 = 5 h; idle 10 × 0.5 = 5 h
    const a = deferredWork({ intervalMinutes: 60, responseHours: 3, intervals: hours(24, range(8, 17, 10), range(9, 18, 0.5), 360) });
    const dedicated = a.intervals.map((i) => i.dedicatedHours);
    expect(dedicated.slice(0, 11).every((d) => d === 0)).toBe(true);
    for (let h = 11; h <= 18; h++) expect(dedicated[h]).toBeCloseTo(0.5, 12);
    expect(dedicated[19]).toBeCloseTo(1, 12);
    expect(sum(dedicated)).toBeCloseTo(5, 12);
    expect(sum(a.intervals.map((i) => i.idleHours))).toBeCloseTo(5, 12);
    expect(Math.max(...a.intervals.map((i) => i.oldestAgeHours))).toBe(3);
    expect(a.intervals[10].oldestAgeHours).toBe(3); // hour 8's items, finished in hour 10
  });

  test('items carried overnight: the next morning\'s idle agent answers them when the window allows, else dedicated hours do', () => {
    // 10 items at 22 h; one idle agent at 06 h (10 items of 360 s). The horizon repeats: 22 h's items wait past midnight.
    const day = (responseHours: number) => deferredWork({ intervalMinutes: 60, responseHours, intervals: hours(24, { 22: 10 }, { 6: 1 }, 360) });
    const twelve = day(12); // due in hour 22 + 11 = 09 h next day: the idle agent at 06 h answers them, 22:00 → 07:00 = 9 h
    expect(twelve.intervals[6]).toMatchObject({ dedicatedHours: 0, oldestAgeHours: 9 });
    expect(twelve.intervals[6].idleHours).toBeCloseTo(1, 12);
    expect(twelve.carriedInItems).toBeCloseTo(10, 12);
    expect(twelve.intervals[23].backlogItems).toBeCloseTo(10, 12);
    const eight = day(8); // due in hour 22 + 7 = 05 h: before the idle agent comes, so 1 dedicated hour at 05 h, 8 h old
    expect(eight.intervals[5].dedicatedHours).toBeCloseTo(1, 12);
    expect(eight.intervals[5].oldestAgeHours).toBe(8);
    expect(sum(eight.intervals.map((i) => i.idleHours))).toBe(0);
  });

  test('two days: the first day\'s evening items are answered on the second morning', () => {
    const intervals = [...hours(24, { 22: 10 }, {}, 360), ...hours(24, {}, { 6: 1 }, 360)];
    const a = deferredWork({ intervalMinutes: 60, responseHours: 12, intervals });
    expect(a.intervals[23].backlogItems).toBeCloseTo(10, 12); // day 1 closes with them
    expect(a.intervals[47].backlogItems).toBeCloseTo(0, 12); // day 2 closes empty
    expect(a.intervals[24 + 6].oldestAgeHours).toBe(9);
    expect(a.carriedInItems).toBe(0);
  });
});

describe('no idle time: the dedicated hours are BACKLOG_AGENTS\' workload', () => {
  test.each([
    { itemsPerDay: 480, aht: 300, responseHours: 24, openHours: 8 },
    { itemsPerDay: 480, aht: 300, responseHours: 24, openHours: 24 },
    { itemsPerDay: 1200, aht: 420, responseHours: 20, openHours: 10 },
    { itemsPerDay: 96, aht: 900, responseHours: 48, openHours: 8 },
  ])('$itemsPerDay items a day at $aht s within $responseHours h (open $openHours h)', ({ itemsPerDay, aht, responseHours, openHours }) => {
    const agents = backlogAgents({ itemsPerDay, ahtSeconds: aht, responseHours, openHours });
    if (!agents.ok) throw new Error(agents.message);
    // evenly over 24 hours, on a 15-minute grid, for a week
    const intervals = Array.from({ length: 7 * 96 }, () => ({ items: itemsPerDay / 96, ahtSeconds: aht, idleAgents: 0 }));
    const a = deferredWork({ intervalMinutes: 15, responseHours, intervals });
    for (let d = 0; d < 7; d++) {
      const dayHours = sum(a.intervals.slice(d * 96, (d + 1) * 96).map((i) => i.dedicatedHours));
      expect(dayHours).toBeCloseTo(agents.value * openHours, 9);
    }
  });
});

/**
 * The fewest dedicated hours by exhaustive search: whole items of one
 * agent-hour each (aht 3600 s on an hourly grid), every allocation of
 * 0–`most` dedicated hours to every hour tried, items worked first-in
 * first-out from the hour after they arrive, feasible when each is finished
 * within `window` hours of its arrival hour. Arrivals stop `window` hours
 * before the end, so the horizon starts and ends empty.
 */
function fewestDedicated(items: readonly number[], idle: readonly number[], window: number, most: number): number {
  const n = items.length;
  let best = Infinity;
  const dedicated = Array(n).fill(0);
  const feasible = () => {
    const queue: number[] = []; // arrival hour of each waiting item
    for (let t = 0; t < n; t++) {
      let capacity = idle[t] + dedicated[t];
      while (capacity > 0 && queue.length > 0) {
        queue.shift();
        capacity--;
      }
      if (queue.length > 0 && queue[0] + window - 1 <= t) return false;
      for (let k = 0; k < items[t]; k++) queue.push(t);
    }
    return queue.length === 0;
  };
  const search = (t: number, total: number) => {
    if (total >= best) return;
    if (t === n) {
      if (feasible()) best = total;
      return;
    }
    for (let x = 0; x <= most; x++) {
      dedicated[t] = x;
      search(t + 1, total + x);
    }
    dedicated[t] = 0;
  };
  search(0, 0);
  return best;
}

test('on small random cases the dedicated hours are the fewest an exhaustive search finds', () => {
  let seed = 7;
  const random = (k: number) => {
    seed = (seed * 48271) % 2147483647; // Park–Miller: exact in doubles
    return Math.floor((seed / 2147483647) * k);
  };
  let binding = 0;
  for (let trial = 0; trial < 40; trial++) {
    const window = 2 + random(3); // 2–4 hours
    const n = 8;
    const items = Array.from({ length: n }, (_, t) => (t < n - window ? random(4) : 0));
    const idle = Array.from({ length: n }, () => Math.max(0, random(5) - 2)); // mostly none, up to 2
    const a = deferredWork({ intervalMinutes: 60, responseHours: window, intervals: items.map((x, t) => ({ items: x, ahtSeconds: 3600, idleAgents: idle[t] })) });
    const planned = sum(a.intervals.map((i) => i.dedicatedHours));
    const fewest = fewestDedicated(items, idle, window, 4);
    expect(planned).toBeCloseTo(fewest, 9);
    expect(sum(a.intervals.map((i) => i.idleHours)) + planned).toBeCloseTo(sum(items), 9);
    if (fewest > 0 && fewest < sum(items)) binding++;
  }
  expect(binding).toBeGreaterThan(10); // cases where idle time and dedicated hours both answer items
});

test('item by item: with the idle and dedicated hours found, every e-mail of a day is answered within the window', () => {
  // a 15-minute day: whole e-mails 07:00–21:00 shaped like a working day, 420 s each, a patchy idle roster until 20:00, 5 h window
  let seed = 11;
  const random = (k: number) => {
    seed = (seed * 48271) % 2147483647;
    return Math.floor((seed / 2147483647) * k);
  };
  const intervals: DeferredInterval[] = Array.from({ length: 96 }, (_, k) => {
    const open = k >= 28 && k < 84;
    return { items: open ? random(3 + Math.round(4 * Math.sin(((k - 28) / 56) * Math.PI))) : 0, ahtSeconds: 420, idleAgents: open && k < 80 ? random(4) * 0.5 : 0 };
  });
  const answer = deferredWork({ intervalMinutes: 15, responseHours: 5, intervals });
  const capacity = answer.intervals.map((i) => i.idleHours + i.dedicatedHours); // agent-hours an interval
  // three days in a row with those hours, each e-mail arriving evenly within its interval, worked first in first out
  // from the next interval on, at the interval's capacity spread evenly over its 15 minutes
  const arrivals: number[] = []; // hours from the first day's 00:00
  for (let day = 0; day < 3; day++) {
    intervals.forEach((interval, k) => {
      for (let j = 0; j < interval.items; j++) arrivals.push(day * 24 + (k + (j + 0.5) / interval.items) * 0.25);
    });
  }
  let next = 0; // the first e-mail not yet answered
  let left = 420 / 3600; // its work left, agent-hours
  let oldest = 0;
  for (let u = 0; u < 3 * 96; u++) {
    const rate = capacity[u % 96] / 0.25; // agent-hours an hour
    let used = 0;
    while (next < arrivals.length && Math.floor(arrivals[next] / 0.25) < u && used + left <= capacity[u % 96] + 1e-9) {
      used += left;
      const answered = u * 0.25 + (rate > 0 ? used / rate : 0);
      expect(answered - arrivals[next]).toBeLessThanOrEqual(5 + 1e-9);
      oldest = Math.max(oldest, (u - Math.floor(arrivals[next] / 0.25) + 1) * 0.25);
      next++;
      left = 420 / 3600;
    }
    if (next < arrivals.length && Math.floor(arrivals[next] / 0.25) < u) left -= capacity[u % 96] - used;
  }
  expect(oldest).toBe(Math.max(...answer.intervals.map((i) => i.oldestAgeHours)));
  // the window empties the backlog each night, so the third day closes with what the plan says waits at 24:00
  const waiting = next < arrivals.length ? arrivals.length - next - 1 + left / (420 / 3600) : 0;
  expect(waiting).toBeCloseTo(answer.intervals[95].backlogItems, 9);
  expect(answer.intervals[95].backlogItems).toBeGreaterThan(0);
  expect(sum(answer.intervals.map((i) => i.dedicatedHours))).toBeGreaterThan(0);
  expect(sum(answer.intervals.map((i) => i.idleHours))).toBeGreaterThan(0);
});
