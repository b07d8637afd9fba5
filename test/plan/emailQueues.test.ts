/**
 * E-mail queues (data.queues entries with channel "email") through the
 * plan's steps, on a made-up history whose answers are known by hand: four
 * weeks, 08:00–18:00 every day, 20 calls and 4 e-mails in every half-hour,
 * calls of 180 s and e-mails of 360 s. The plan's own forecast is of the
 * calls alone, and the e-mails are a fifth of the calls in every interval, so
 * their forecast is the plan's ÷ 5; the base schedule's
 * coverage is built here (no idle time, or two idle agents in every open
 * half-hour) so the idle hours are known. Also the bad-input messages and the
 * CLI's line.
 */
import type { ForecastInterval } from '../../src/core/forecast/forecast';
import { addDays } from '../../src/core/calendar/dates';
import { formatClock } from '../../src/core/calendar/clock';
import { renderNote } from '../../src/core/notes/render';
import type { EmailQueuePlan, IntervalPlanRow, ScheduleSummary } from '../../src/core/plan/planResult';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { deferredWorkStep, emailForecastStep } from '../../src/core/plan/steps/emailQueues';
import { forecastStep } from '../../src/core/plan/steps/forecast';
import { staffHorizon } from '../../src/core/plan/steps/intervalPlan';
import { serviceObjectiveStep } from '../../src/core/plan/steps/objective';
import { queuesStep } from '../../src/core/plan/steps/queues';
import { settingsFromData } from '../../src/core/plan/steps/settings';
import { staffingSettings } from '../../src/core/plan/steps/staffing';
import { workloadDataStep } from '../../src/core/plan/steps/workloadData';
import { backlogAgents } from '../../src/core/staffing/backlogAgents';
import { emailQueueLines } from '../../src/cli/emailQueueLines';

const FIRST = '2026-10-05'; // a Monday
const OPEN = 16; // 08:00 in half-hours
const CLOSE = 36; // 18:00

/** `days` of half-hours 08:00–18:00: Phone 20 calls of 180 s, Mail 4 e-mails of `mailAht` s. */
function history(mailAht: number, days: number): string {
  const lines = ['date,interval_start,queue,offered,answered,talk_seconds'];
  for (let d = 0; d < days; d++) {
    for (let k = OPEN; k < CLOSE; k++) {
      const at = `${addDays(FIRST, d)},${formatClock(k * 30)}`;
      lines.push(`${at},Phone,20,20,${20 * 180}`, `${at},Mail,4,4,${4 * mailAht}`);
    }
  }
  return lines.join('\n');
}

/** A configuration with these queues (validated). */
function configWith(queues: unknown) {
  const config = validatePlanConfig({ centre: { name: 'mail' }, costs: { currency: 'USD' }, data: { history: 'h.csv', queues }, shrinkage: { absence: 0.3 } });
  if (!config.ok) throw new Error(config.message);
  return config.value;
}

/** The plan up to the e-mail forecast, as runPlan runs it; `emailFor` runs the e-mail step again with other queues. */
function plan(queues: unknown, mailAht = 360, days = 28) {
  const data = workloadDataStep(history(mailAht, days), 'h.csv', configWith(queues));
  if (!data.ok) throw new Error(data.message);
  const derived = settingsFromData(configWith(queues), data.value);
  const settings = derived.config;
  const objective = serviceObjectiveStep(settings);
  const forecast = forecastStep(data.value.records, settings.data.intervalMinutes, { ...settings.forecast, openingHours: derived.openingHours });
  if (!forecast.ok) throw new Error(forecast.message);
  const intervals: ForecastInterval[] = forecast.value.horizon.predicted.intervals;
  const rows = staffHorizon(intervals, staffingSettings(settings, objective, 180));
  if (!rows.ok) throw new Error(rows.message);
  const records = data.value.queueRecords ?? [];
  const withQueues = (other: unknown) => ({ ...settings, data: { ...settings.data, queues: configWith(other).data.queues } });
  return {
    history: data.value.summary,
    intervals,
    rows: rows.value,
    checked: queuesStep(records, settings.data.intervalMinutes, settings, objective, intervals),
    email: emailForecastStep(records, settings, intervals),
    /** the queues step (which checks every queue's call types) and the e-mail step with other queues */
    queuesFor: (other: unknown) => queuesStep(records, settings.data.intervalMinutes, withQueues(other), objective, intervals),
    emailFor: (other: unknown) => emailForecastStep(records, withQueues(other), intervals),
  };
}

/** The base schedule's coverage with `idle` agents beyond the requirement in every half-hour that has calls. */
function coverage(rows: readonly IntervalPlanRow[], idle: number): Pick<ScheduleSummary, 'intervalMinutes' | 'coverage'> {
  return {
    intervalMinutes: 30,
    coverage: rows.map((r) => {
      const required = Math.ceil(r.scheduledRequired - 1e-9);
      const over = r.calls > 0 ? idle : 0;
      return { date: r.date, weekday: r.weekday, start: r.start, required, scheduled: required + over, over, under: 0, serviceLevel: 1 };
    }),
  };
}

const MAIL = { name: 'Mail', callTypes: ['Mail'], channel: 'email', responseHours: 24 };
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

const { history: planned, intervals, rows, checked, email, emailFor, queuesFor } = plan([{ name: 'Phone' }, MAIL]);

describe('an e-mail queue beside a voice queue', () => {
  if (!email.ok) throw new Error(email.message);
  const [mail] = email.value;
  const byDay = new Map<string, number>();
  for (const i of intervals) byDay.set(i.date, (byDay.get(i.date) ?? 0) + i.calls / 5);

  test('the plan forecasts the calls alone; the items are a fifth of its forecast in every interval, at the history\'s 360 s', () => {
    expect(planned.totalCalls).toBe(28 * 20 * 20);
    expect(mail).toMatchObject({ name: 'Mail', responseHours: 24, history: { totalItems: 28 * 20 * 4, ahtSeconds: 360 } });
    mail.intervals.forEach((m, i) => {
      expect(m.items).toBeCloseTo(intervals[i].calls / 5, 9);
      expect(m.ahtSeconds).toBe(360);
    });
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.value!.queues.map((q) => q.name)).toEqual(['Phone']);
  });

  test('no idle time: the extra hours are the work, each day BACKLOG_AGENTS\' workload, and each day\'s items wait a day', () => {
    const [q] = deferredWorkStep(email.value, coverage(rows, 0), rows);
    expect(q.idleHours).toBe(0);
    expect(q.extraAgentHours).toBeCloseTo(q.workHours, 9);
    expect(q.workHours).toBeCloseTo((sum([...byDay.values()]) * 360) / 3600, 9);
    // each day answers the day before's items, 24 h after they arrived (the first day: the horizon's last day's, as it repeats)
    q.days.forEach((d, i) => {
      const before = q.days[(i + q.days.length - 1) % q.days.length];
      const agents = backlogAgents({ itemsPerDay: byDay.get(before.date)!, ahtSeconds: 360, responseHours: 24, openHours: 10 });
      if (!agents.ok) throw new Error(agents.message);
      expect(d.items).toBeCloseTo(byDay.get(d.date)!, 9);
      expect(d.extraAgentHours).toBeCloseTo(agents.value * 10, 9);
      expect(d.backlogAtClose).toBeCloseTo(d.items, 9); // all of them wait for the next day
    });
    expect(q.carriedInItems).toBeCloseTo(q.days[q.days.length - 1].items, 9);
    expect(q.oldestAgeHours).toBe(24);
  });

  test('two idle agents in every open half-hour (30% shrinkage): 7 e-mails a half-hour, so only 17:30\'s wait for the morning', () => {
    expect(Math.max(...mail.intervals.map((m) => m.items))).toBeLessThan(7);
    // 2 × (1 − 0.3) agents × 1800 s ÷ 360 s = 7 e-mails a half-hour, more than the 4 or so arriving:
    // each half-hour's e-mails are answered in the next, and 17:30's at 08:00 next day, 15 h old (17:30 → 08:30)
    const [wide] = deferredWorkStep(email.value, coverage(rows, 2), rows);
    expect(wide.extraAgentHours).toBe(0);
    expect(wide.idleShare).toBeCloseTo(1, 12);
    expect(wide.oldestAgeHours).toBe(15);
    const evening = mail.intervals.filter((m) => m.start === 17 * 60 + 30);
    for (const [d, day] of wide.days.entries()) expect(day.backlogAtClose).toBeCloseTo(evening[d].items, 9);
    // within 12 h, 17:30's e-mails are due at 05:00, before the idle agents come: they take dedicated hours
    const [narrow] = deferredWorkStep([{ ...mail, responseHours: 12 }], coverage(rows, 2), rows);
    expect(narrow.extraAgentHours).toBeCloseTo((sum(evening.map((m) => m.items)) * 360) / 3600, 9);
    expect(narrow.idleHours + narrow.extraAgentHours).toBeCloseTo(narrow.workHours, 9);
    expect(narrow.oldestAgeHours).toBe(12);
  });

  test('two e-mail queues take the idle time in the order listed, each idle hour once', () => {
    // 2 × 0.7 idle agents a half-hour answer 7 e-mails; two queues of about 4 each bring more than that
    const idleHours = sum(coverage(rows, 2).coverage.map((c) => c.over * (1 - 0.3) * 0.5));
    const [alone] = deferredWorkStep(email.value, coverage(rows, 2), rows);
    const [first, second] = deferredWorkStep([mail, { ...mail, name: 'Mail 2' }], coverage(rows, 2), rows);
    expect(first).toEqual(alone);
    expect(first.idleHours + second.idleHours).toBeLessThanOrEqual(idleHours + 1e-9);
    expect(second.extraAgentHours).toBeGreaterThanOrEqual(first.workHours + second.workHours - idleHours - 1e-9);
    expect(second.idleHours + second.extraAgentHours).toBeCloseTo(second.workHours, 9);
  });

  test('the CLI prints one line per e-mail queue', () => {
    const q: EmailQueuePlan = {
      name: 'Mail', callTypes: ['Mail'], responseHours: 12, history: { totalItems: 2240, ahtSeconds: 360 }, forecast: { method: 'top-down', totalItems: 560.4 },
      intervalMinutes: 30, workHours: 56.04, idleHours: 53.24, idleShare: 0.95, extraAgentHours: 2.8, oldestAgeHours: 12, carriedInItems: 4,
      days: [{ date: '2026-11-08', items: 80, backlogAtClose: 4, idleHours: 7.6, extraAgentHours: 0.4, oldestAgeHours: 12 }],
    };
    expect(emailQueueLines({ emailQueues: [q] })).toEqual([
      "  e-mail queue Mail (answered within 12 h): 560 items forecast, 56 hours of work, 95.0% of it in the phones' idle time, 3 extra agent-hours; oldest answered at 12.0 h, 4 waiting at the last day's close",
    ]);
    expect(emailQueueLines({})).toEqual([]);
  });
});

describe('bad input names the queue and the field', () => {
  test('no responseHours', () => {
    const missing = emailFor([{ name: 'Mail', callTypes: ['Mail'], channel: 'email' }]);
    if (missing.ok || !missing.note) throw new Error('expected a failure with a note');
    expect(renderNote(missing.note, 'en')).toBe('data.queues: e-mail queue "Mail" needs its response window, responseHours (e.g. 24 to reply within a day)');
    expect(renderNote(missing.note, 'zh-CN')).toContain('邮件队列“Mail”需要设置回复时限 responseHours');
    expect(missing.where).toEqual({ queue: 'Mail' });
  });

  test('a window shorter than two planning intervals, or than the handle time', () => {
    const half = emailFor([{ ...MAIL, responseHours: 0.5 }]);
    if (half.ok || !half.note) throw new Error('expected a failure with a note');
    expect(half.note).toMatchObject({ code: 'email.windowTooShort', params: { queue: 'Mail', responseHours: 0.5, minimumHours: 1, ahtSeconds: 360, intervalMinutes: 30 } });
    expect(renderNote(half.note, 'en')).toBe(
      'data.queues: e-mail queue "Mail" must be answered within 0.5 h, shorter than the 1 h any item needs: one handle time (360 s) and at least two 30-minute planning intervals (an e-mail is not answered in the interval it arrives)',
    );
    const long = plan([{ ...MAIL, responseHours: 1.2 }], 5400, 14).email; // cases of 1.5 h each
    if (long.ok || !long.note) throw new Error('expected a failure with a note');
    expect(long.note.params).toMatchObject({ minimumHours: 1.5, ahtSeconds: 5400 });
    expect(renderNote(long.note, 'zh-CN')).toContain('短于每封邮件至少需要的 1.5 小时');
  });

  test('an e-mail queue whose call types the history does not have', () => {
    const wrong = queuesFor([{ ...MAIL, callTypes: ['Cases'] }]);
    if (wrong.ok || !wrong.note) throw new Error('expected a failure with a note');
    expect(renderNote(wrong.note, 'en')).toBe('data.queues: queue "Mail" takes call type "Cases", which the history does not have (its call types: Mail, Phone)');
  });

  test('responseHours on a voice queue, or not above 0, or beyond a week', () => {
    for (const queue of [{ name: 'A', responseHours: 24 }, { ...MAIL, responseHours: 0 }, { ...MAIL, responseHours: 200 }]) {
      const r = validatePlanConfig({ centre: { name: 'c' }, costs: { currency: 'USD' }, data: { history: 'h', queues: [queue] } });
      expect(r.ok ? '' : r.message).toMatch(/data\.queues\[0\]\.responseHours/);
    }
  });
});
