import { defaultShiftTemplates } from '../../src/core/schedule/defaultShifts';
import { parseShiftTemplates } from '../../src/core/schedule/parseShiftTemplates';
import { parseDayHours } from '../../src/core/workload/openingHours';

const hoursOf = (...days: string[]) => days.map(parseDayHours);
const summary = (hours: ReturnType<typeof hoursOf>) => defaultShiftTemplates(hours).map((t) => `${t.name} ${t.days.join(',')}`);

describe('default shifts from opening hours', () => {
  it('weekdays 08:00–20:00 and Saturdays 09:00–17:00: 8 h with lunch and 4 h shifts, each on the days whose hours hold it', () => {
    const hours = hoursOf('08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '09:00-17:00', 'closed');
    const names = summary(hours);
    expect(names.slice(0, 9)).toEqual([
      '08:00 8h Mon,Tue,Wed,Thu,Fri', '08:30 8h Mon,Tue,Wed,Thu,Fri', '09:00 8h Mon,Tue,Wed,Thu,Fri,Sat', '09:30 8h Mon,Tue,Wed,Thu,Fri',
      '10:00 8h Mon,Tue,Wed,Thu,Fri', '10:30 8h Mon,Tue,Wed,Thu,Fri', '11:00 8h Mon,Tue,Wed,Thu,Fri', '11:30 8h Mon,Tue,Wed,Thu,Fri', '12:00 8h Mon,Tue,Wed,Thu,Fri',
    ]);
    expect(names).toContain('13:00 4h Mon,Tue,Wed,Thu,Fri,Sat');
    expect(names).toContain('16:00 4h Mon,Tue,Wed,Thu,Fri');
    expect(names).not.toContain('16:30 4h Mon,Tue,Wed,Thu,Fri');
    expect(defaultShiftTemplates(hours)[0].breaks).toEqual([{ offset: 210, minutes: 30, paid: false, latestOffset: 270 }]);
    // they are valid templates with unique names
    expect(parseShiftTemplates(defaultShiftTemplates(hours)).ok).toBe(true);
  });

  it('a closing time off the half-hour grid gets shifts that end at closing; a short day gets shifts of its own length', () => {
    const names = summary(hoursOf('07:00-21:05', 'closed', 'closed', 'closed', 'closed', '10:00-13:00', 'closed'));
    expect(names).toContain('13:05 8h Mon');
    expect(names).toContain('17:05 4h Mon');
    expect(names).toContain('10:00 3h Sat');
    expect(names.filter((n) => n.endsWith('Sat'))).toEqual(['10:00 3h Sat']);
  });

  it('open all day: starts at every half hour, overnight included; no open day, no shifts', () => {
    const t = defaultShiftTemplates(hoursOf(...Array(7).fill('00:00-24:00')));
    expect(t.filter((x) => x.minutes === 480).map((x) => x.start)).toHaveLength(48);
    expect(t.find((x) => x.start === '23:30' && x.minutes === 480)?.days).toHaveLength(7);
    expect(defaultShiftTemplates(hoursOf(...Array(7).fill('closed')))).toEqual([]);
  });
});
