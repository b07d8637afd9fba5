import { defaultShiftGenerators } from '../../src/core/schedule/defaultShifts';
import { generateTemplates } from '../../src/core/schedule/generateTemplates';
import { clockMinutes } from '../../src/core/calendar/clock';
import { parseDayHours } from '../../src/core/workload/openingHours';

const hoursOf = (...days: string[]) => days.map(parseDayHours);

describe('default shifts from opening hours', () => {
  it('weekdays 08:00–20:00 and Saturdays 09:00–17:00: 8 h with lunch and 4 h shifts that start at opening and end by closing', () => {
    const gens = defaultShiftGenerators(hoursOf('08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '09:00-17:00', 'closed'));
    expect(gens.map((g) => [g.days.join(','), g.lengths[0], g.firstStart, g.lastStart])).toEqual([
      ['Mon,Tue,Wed,Thu,Fri', 480, '08:00', '12:00'],
      ['Mon,Tue,Wed,Thu,Fri', 240, '08:00', '16:00'],
      ['Sat', 480, '09:00', '09:00'],
      ['Sat', 240, '09:00', '13:00'],
    ]);
    expect(gens[0].breaks['480']).toEqual([{ offset: 210, minutes: 30, paid: false, latestOffset: 270 }]);
    // every generated shift lies inside its day's hours
    for (const g of gens) {
      const t = generateTemplates({ firstStart: clockMinutes(g.firstStart), lastStart: clockMinutes(g.lastStart), everyMinutes: g.everyMinutes, lengths: g.lengths });
      expect(t.ok).toBe(true);
    }
  });

  it('a closing time off the half-hour grid gets shifts that end at closing; a short day gets shifts of its own length', () => {
    const gens = defaultShiftGenerators(hoursOf('07:00-21:05', 'closed', 'closed', 'closed', 'closed', '10:00-13:00', 'closed'));
    expect(gens.map((g) => [g.days.join(','), g.lengths[0], g.firstStart, g.lastStart])).toEqual([
      ['Mon', 480, '07:00', '13:00'],
      ['Mon', 480, '13:05', '13:05'],
      ['Mon', 240, '07:00', '17:00'],
      ['Mon', 240, '17:05', '17:05'],
      ['Sat', 180, '10:00', '10:00'],
    ]);
  });

  it('open all day: starts at every half hour, overnight included; no open day, no shifts', () => {
    const gens = defaultShiftGenerators(hoursOf(...Array(7).fill('00:00-24:00')));
    expect(gens.map((g) => [g.lengths[0], g.firstStart, g.lastStart, g.days.length])).toEqual([[480, '00:00', '23:30', 7], [240, '00:00', '23:30', 7]]);
    expect(defaultShiftGenerators(hoursOf(...Array(7).fill('closed')))).toEqual([]);
  });
});
