/**
 * A list of weekdays as a planner types it, read into the plan's codes
 * ('Mon' … 'Sun'): English names or abbreviations ("Mon", "tues", "Friday"),
 * Chinese ("周一", "星期三", "周日" / "周天", "星期日" / "星期天"), and ranges
 * ("Mon-Fri", "Mon–Fri", "Mon to Fri", "周一至周五", "周一到周五", "周一~周五"),
 * which may wrap past Sunday ("Fri-Mon": Fri, Sat, Sun, Mon). Items are
 * separated by commas (",", "，", "、"), semicolons or spaces.
 */

/** The plan's weekday codes, Monday first (planConfig's weekday names). */
export const WEEKDAY_CODES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** English words for each day (lower case), Monday first: the full name and its usual abbreviations. */
const ENGLISH: readonly (readonly string[])[] = [
  ['mon', 'monday'],
  ['tue', 'tues', 'tuesday'],
  ['wed', 'weds', 'wednesday'],
  ['thu', 'thur', 'thurs', 'thursday'],
  ['fri', 'friday'],
  ['sat', 'saturday'],
  ['sun', 'sunday'],
];
/** Chinese day numerals after 周 / 星期 / 礼拜, Monday first (Sunday: 日 or 天). */
const CHINESE: readonly (readonly string[])[] = [['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['日', '天']];

/** The day index (0 = Monday) a single word names, or undefined. */
export function weekdayIndex(word: string): number | undefined {
  const w = word.trim().toLowerCase().replace(/\.$/, '');
  const en = ENGLISH.findIndex((names) => names.includes(w));
  if (en >= 0) return en;
  const zh = /^(?:周|星期|礼拜)(.)$/.exec(w);
  if (zh) {
    const i = CHINESE.findIndex((names) => names.includes(zh[1]));
    if (i >= 0) return i;
  }
  return undefined;
}

/** Range separators between two day words: "-", "–", "—", "~", "～", "to", "至", "到". */
const RANGE = /^(.+?)\s*(?:-|–|—|~|～|\bto\b|至|到)\s*(.+)$/i;

/**
 * The codes a typed list names, in the order typed, each day once; a piece
 * that names no day is kept as typed so the plan's validator names it
 * ("item 2: must be one of Mon, Tue, …").
 * @example readWeekdays('Mon-Fri') //=> ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
 * @example readWeekdays('周一至周五, 周日') //=> ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sun']
 * @example readWeekdays('Fri–Mon') //=> ['Fri', 'Sat', 'Sun', 'Mon']
 * @example readWeekdays('Mon, Funday') //=> ['Mon', 'Funday']
 */
export function readWeekdays(text: string): string[] {
  const out: string[] = [];
  const add = (item: string) => {
    if (!out.includes(item)) out.push(item);
  };
  // "Mon to Fri" and "Mon - Fri" hold spaces: join a range's words before splitting on spaces
  const pieces = text.replace(/\s*(-|–|—|~|～|至|到)\s*/g, '$1').replace(/\s+to\s+/gi, '-').split(/[,，、;；\s]+/).filter((p) => p !== '');
  for (const piece of pieces) {
    const single = weekdayIndex(piece);
    if (single !== undefined) {
      add(WEEKDAY_CODES[single]);
      continue;
    }
    const range = RANGE.exec(piece);
    const from = range ? weekdayIndex(range[1]) : undefined;
    const to = range ? weekdayIndex(range[2]) : undefined;
    if (from === undefined || to === undefined) {
      add(piece);
      continue;
    }
    for (let i = from; ; i = (i + 1) % 7) {
      add(WEEKDAY_CODES[i]);
      if (i === to) break;
    }
  }
  return out;
}
