/**
 * Reading dates as phone systems and spreadsheets write them.
 */
import { fromDayNumber, isValidYmd, isoDate } from '../calendar/dates';

/** The written form a date was read from, used to report files that mix forms. */
export type DateFormat =
  | 'YYYY-MM-DD' | 'YYYY/MM/DD' | 'YYYYMMDD' | 'YYMMDD'
  | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD/MM/YY' | 'MM/DD/YY' | 'DD.MM.YYYY' | 'MMDDYYYY' | 'DDMMYYYY'
  | 'YYYY年M月D日' | 'Excel serial';

/** How to read an all-numeric d/m/y date whose first two parts are both ≤ 12. */
export type DayMonthOrder = 'DMY' | 'MDY';

export interface ParsedDate {
  readonly iso: string;
  readonly format: DateFormat;
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug already absorbed). */
const EXCEL_EPOCH_DAY = -25569;

/**
 * Parses one date cell. Accepts ISO (2003-03-03, 2003/3/3, 20030303), the ACD form YYMMDD
 * (990201 → 1999-02-01, years 00–69 → 20xx), d/m/y or m/d/y with '/', '-' or '.' (also with
 * two-digit years, 3/2/26, and compact as NICE CXone writes them, 03022026), Chinese
 * 2003年3月3日, and Excel date serials (numbers 20000–80000, i.e. 1954–2119; a time fraction is
 * ignored). Returns undefined when the text is not a real date.
 * @example parseDate('3/4/2003', 'MDY') //=> { iso: '2003-03-04', format: 'MM/DD/YYYY' }
 * @example parseDate(37683) //=> { iso: '2003-03-03', format: 'Excel serial' }
 */
export function parseDate(value: unknown, order: DayMonthOrder = 'DMY'): ParsedDate | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 20000 || value > 80000) return undefined;
    return { iso: fromDayNumber(Math.floor(value) + EXCEL_EPOCH_DAY), format: 'Excel serial' };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { iso: value.toISOString().slice(0, 10), format: 'YYYY-MM-DD' };
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/))) return ymd(+m[1], +m[2], +m[3], 'YYYY-MM-DD');
  if ((m = s.match(/^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: .*)?$/))) return ymd(+m[1], +m[2], +m[3], 'YYYY/MM/DD');
  if ((m = s.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日?$/))) return ymd(+m[1], +m[2], +m[3], 'YYYY年M月D日');
  if ((m = s.match(/^(\d{4})(\d{2})(\d{2})$/)) && isValidYmd(+m[1], +m[2], +m[3])) return ymd(+m[1], +m[2], +m[3], 'YYYYMMDD');
  if ((m = s.match(/^(\d{2})(\d{2})(\d{4})$/))) {
    return dayFirst(+m[1], +m[2], order) ? ymd(+m[3], +m[2], +m[1], 'DDMMYYYY') : ymd(+m[3], +m[1], +m[2], 'MMDDYYYY');
  }
  if ((m = s.match(/^(\d{2})(\d{2})(\d{2})$/))) {
    const yy = +m[1];
    return ymd(yy < 70 ? 2000 + yy : 1900 + yy, +m[2], +m[3], 'YYMMDD');
  }
  if ((m = s.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: .*)?$/))) return ymd(+m[3], +m[2], +m[1], 'DD.MM.YYYY');
  if ((m = s.match(/^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?: .*)?$/))) {
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    return dayFirst(a, b, order) ? ymd(y, b, a, 'DD/MM/YYYY') : ymd(y, a, b, 'MM/DD/YYYY');
  }
  if ((m = s.match(/^(\d{1,2})[/-](\d{1,2})[/-](\d{2})(?: .*)?$/))) {
    const [a, b, y] = [+m[1], +m[2], 2000 + +m[3]];
    return dayFirst(a, b, order) ? ymd(y, b, a, 'DD/MM/YY') : ymd(y, a, b, 'MM/DD/YY');
  }
  return undefined;
}

/** A first part above 12 is a day, a second part above 12 a day too; else the order decides. */
const dayFirst = (a: number, b: number, order: DayMonthOrder): boolean => (a > 12 ? true : b > 12 ? false : order === 'DMY');

/** The two leading parts of a d/m/y or m/d/y date (slashed, dashed, two- or four-digit year, or compact ddmmyyyy), else undefined. */
function leadingParts(v: string): [number, number] | undefined {
  const m = v.trim().match(/^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?!\d)/) ?? v.trim().match(/^(\d{2})(\d{2})(\d{4})$/);
  if (!m) return undefined;
  if (m[3].length === 4 && /^\d{8}$/.test(v.trim()) && isValidYmd(+v.trim().slice(0, 4), +v.trim().slice(4, 6), +v.trim().slice(6, 8))) return undefined;
  return [+m[1], +m[2]];
}

function ymd(y: number, m: number, d: number, format: DateFormat): ParsedDate | undefined {
  return isValidYmd(y, m, d) ? { iso: isoDate(y, m, d), format } : undefined;
}

/**
 * Decides the day/month order of a column of d/m/y or m/d/y dates: a first part above 12
 * means day-first, a second part above 12 means month-first. `ambiguous` is true when no
 * value decides it (then `fallback` is used), `conflict` when values decide both ways.
 * @example detectDayMonthOrder(['25/03/2003', '01/04/2003']) //=> { order: 'DMY', ambiguous: false, conflict: false }
 */
export function detectDayMonthOrder(values: readonly unknown[], fallback: DayMonthOrder = 'DMY'):
  { order: DayMonthOrder; ambiguous: boolean; conflict: boolean } {
  let dmy = 0;
  let mdy = 0;
  let slashed = 0;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const parts = leadingParts(v);
    if (!parts) continue;
    slashed++;
    if (parts[0] > 12) dmy++;
    else if (parts[1] > 12) mdy++;
  }
  if (dmy > 0 && mdy === 0) return { order: 'DMY', ambiguous: false, conflict: false };
  if (mdy > 0 && dmy === 0) return { order: 'MDY', ambiguous: false, conflict: false };
  if (dmy > 0 && mdy > 0) return { order: dmy >= mdy ? 'DMY' : 'MDY', ambiguous: false, conflict: true };
  return { order: fallback, ambiguous: slashed > 0, conflict: false };
}
