import { readWeekdays, weekdayIndex } from '../../src/core/calendar/weekdayList';

const WORKWEEK = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

describe('readWeekdays: day lists as planners type them', () => {
  test('English abbreviations and names, any case, commas or spaces', () => {
    expect(readWeekdays('Mon, Tue, Wed, Thu, Fri')).toEqual(WORKWEEK);
    expect(readWeekdays('monday tues WEDNESDAY thurs fri.')).toEqual(WORKWEEK);
    expect(readWeekdays('Sat;Sun')).toEqual(['Sat', 'Sun']);
  });
  test('Chinese 周一…周日, 星期一…星期日 (日 or 天), 礼拜, Chinese commas', () => {
    expect(readWeekdays('周一，周二、周三 周四,周五')).toEqual(WORKWEEK);
    expect(readWeekdays('星期六、星期日')).toEqual(['Sat', 'Sun']);
    expect(readWeekdays('周天')).toEqual(['Sun']);
    expect(readWeekdays('星期天')).toEqual(['Sun']);
    expect(readWeekdays('礼拜三')).toEqual(['Wed']);
  });
  test('ranges in both languages, with or without spaces', () => {
    for (const text of ['Mon-Fri', 'Mon–Fri', 'Mon — Fri', 'mon to fri', 'Monday - Friday', '周一至周五', '周一到周五', '周一~周五', '星期一至星期五', '周一 至 周五']) {
      expect([text, readWeekdays(text)]).toEqual([text, WORKWEEK]);
    }
    expect(readWeekdays('Mon-Wed, Sat')).toEqual(['Mon', 'Tue', 'Wed', 'Sat']);
  });
  test('a range may wrap past Sunday; each day once', () => {
    expect(readWeekdays('Fri-Mon')).toEqual(['Fri', 'Sat', 'Sun', 'Mon']);
    expect(readWeekdays('周六至周一')).toEqual(['Sat', 'Sun', 'Mon']);
    expect(readWeekdays('Mon, Mon-Tue, mon')).toEqual(['Mon', 'Tue']);
    expect(readWeekdays('Wed-Wed')).toEqual(['Wed']);
  });
  test('what names no day is kept as typed, for the validator to name', () => {
    expect(readWeekdays('Mon, Funday')).toEqual(['Mon', 'Funday']);
    expect(readWeekdays('Mon-Funday')).toEqual(['Mon-Funday']);
    expect(readWeekdays('周八')).toEqual(['周八']);
    expect(readWeekdays('')).toEqual([]);
    expect(readWeekdays(' , ')).toEqual([]);
  });
  test('weekdayIndex: Monday is 0, Sunday 6', () => {
    expect(weekdayIndex('Mon')).toBe(0);
    expect(weekdayIndex('星期日')).toBe(6);
    expect(weekdayIndex('周')).toBeUndefined();
    expect(weekdayIndex('m')).toBeUndefined();
  });
});
