/** plan.json's rotating roster (rosterSummary.ts): local date-times over the N weeks, an end after midnight on the next date, the spread. */
import { publishRoster, localDateTime } from '../../src/core/plan/rosterSummary';
import { expandPatterns } from '../../src/core/schedule/expandPatterns';
import type { Roster, RosterShift } from '../../src/core/schedule/roster';
import type { ScheduleProblem } from '../../src/core/schedule/types';
import { shift } from '../schedule/helpers';
import { weekday } from '../../src/core/calendar/dates';

const dates = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08'];
const p: ScheduleProblem = {
  intervalMinutes: 60, days: dates.map((label, weekday) => ({ label, weekday })), required: dates.map(() => new Array<number>(24).fill(0)),
  objective: 'cover', wrap: true, templates: [shift('Early', 6, 8), shift('Night', 22, 8)],
  roster: { contracts: [{ name: 'Full-time', weeklyHours: { min: 40, max: 40 }, days: { min: 5, max: 5 } }], minRestHours: 11, weeks: 2 },
};
const patterns = expandPatterns(p);
const line = (name: string, template: number, days: number[]) => ({
  name, contract: 'Full-time', workDays: days, holidays: [], holidayHours: 0, weeklyHours: 40,
  shifts: dates.map((label, d): RosterShift | null => (days.includes(d) ? { day: label, dayIndex: d, shift: '', pattern: patterns.findIndex((x) => x.template === template && x.day === d), start: '', end: '', breaks: [], paidHours: 8 } : null)),
});
// Nights Monday–Friday and earlies Tuesday–Saturday: either may follow the other (Saturday's early ends 14:00, Monday's night
// starts 22:00; at most 1 + 5 days in a row).
const roster: Roster = { agents: [line('Agent 1', 1, [0, 1, 2, 3, 4]), line('Agent 2', 0, [1, 2, 3, 4, 5])] };

describe('publishRoster', () => {
  const published = publishRoster(p, patterns, roster);

  it('covers the two weeks from the first date, the night ending on the next date', () => {
    expect(published.rosterDays).toHaveLength(14);
    expect(published.rosterDays[13]).toBe('2026-11-15');
    const a1 = published.roster[0];
    expect(a1.shifts[0]).toEqual({ start: '2026-11-02T22:00', end: '2026-11-03T06:00' });
    expect(a1.shifts).toHaveLength(10);
    // Week 2: Agent 1 takes the earlies, Tuesday 10 to Saturday 14 November.
    expect(a1.shifts.slice(5)).toEqual([10, 11, 12, 13, 14].map((d) => ({ start: `2026-11-${d}T06:00`, end: `2026-11-${d}T14:00` })));
    expect(a1.weeklyHours).toEqual([40, 40]);
  });

  it('counts late shifts (the five nights) and weekend days off (Saturday and Sunday of the night week, Sunday of the early week) per agent, and their spread', () => {
    expect(published.roster.map((a) => [a.lateShifts, a.weekendDaysOff])).toEqual([[5, 3], [5, 3]]);
    expect(published.rotation).toEqual({ weeks: 2, lateShifts: { min: 5, max: 5 }, weekendDaysOff: { min: 3, max: 3 } });
    expect(published.notes).toEqual([]);
  });

  it('local date-times roll into later dates', () => {
    expect(localDateTime('2026-12-31', 1440 + 90)).toBe('2027-01-01T01:30');
  });
});

describe('publishRoster on the plan\'s calendar (later weeks by each date\'s openness)', () => {
  const asUsual = (date: string) => weekday(date);

  it('a closed date of a later week gets no shifts; those agents\' hours that week drop by the shift', () => {
    // Thursday 12 November closed (a holiday): Agent 1 works earlies Tue–Sat in week 2, Agent 2 nights Mon–Fri.
    const published = publishRoster(p, patterns, roster, (d) => (d === '2026-11-12' ? null : asUsual(d)));
    expect(published.rosterDays).toHaveLength(14);
    const onDate = published.roster.flatMap((a) => a.shifts).filter((s) => s.start.startsWith('2026-11-12'));
    expect(onDate).toEqual([]);
    expect(published.roster[0].shifts.slice(5)).toEqual([10, 11, 13, 14].map((d) => ({ start: `2026-11-${d}T06:00`, end: `2026-11-${d}T14:00` })));
    expect(published.roster.map((a) => a.weeklyHours)).toEqual([[40, 32], [40, 32]]);
    // five nights of Agent 1 in week 1; four of Agent 2 in week 2 (Thursday's dropped)
    expect(published.roster.map((a) => a.lateShifts)).toEqual([5, 4]);
    expect(published.notes).toEqual([{ code: 'schedule.rosterClosedDates', params: { dates: ['2026-11-12'] } }]);
  });

  it('an open date the solved week does not staff alike stops the roster before its week', () => {
    // Sunday 8 November closed in the solved week, Sunday 15 open; Saturday 14 a make-up day worked as a Friday.
    const calendar = (d: string) => (d === '2026-11-08' ? null : d === '2026-11-14' ? 4 : asUsual(d));
    const published = publishRoster(p, patterns, roster, calendar);
    expect(published.rosterDays).toEqual(dates);
    expect(published.rotation?.weeks).toBe(1);
    expect(published.roster.map((a) => a.shifts.length)).toEqual([5, 5]);
    expect(published.roster.map((a) => a.weeklyHours)).toEqual([[40], [40]]);
    expect(published.notes).toEqual([{ code: 'schedule.rosterCut', params: { weeks: 2, published: 1, from: '2026-11-09', dates: ['2026-11-14', '2026-11-15'] } }]);
  });

  it('a calendar that opens every week as the solved one changes nothing', () => {
    expect(publishRoster(p, patterns, roster, asUsual)).toEqual(publishRoster(p, patterns, roster));
  });
});
