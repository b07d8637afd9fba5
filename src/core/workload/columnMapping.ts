/**
 * Finding which column of an interval table holds what, from its header.
 */

/** Fields an interval table can provide. `aht` (average seconds) is turned into talk totals. */
export type ColumnField =
  | 'date' | 'start' | 'datetime' | 'offered' | 'answered' | 'abandoned' | 'answeredWithin'
  | 'abandonedWithin' | 'talkSeconds' | 'acwSeconds' | 'aht' | 'callType';

/** Every field, in the order detection tries them (and the wizard lists them). */
export const COLUMN_FIELDS: readonly ColumnField[] = [
  'date', 'start', 'datetime', 'offered', 'answered', 'abandoned', 'answeredWithin',
  'abandonedWithin', 'talkSeconds', 'acwSeconds', 'aht', 'callType',
];

/** Column index (0-based) for each field found. */
export type ColumnMapping = Partial<Record<ColumnField, number>>;

/** A user's override: field → header name or 0-based column index. */
export type ColumnOverride = Partial<Record<ColumnField, string | number>>;

/** Header names recognised for each field, normalised (lower case, no spaces, '_', '-', '.'). */
const SYNONYMS: Record<ColumnField, readonly string[]> = {
  date: ['date', 'day', 'calldate', 'reportdate', 'datum', 'fecha', '日期', '日期时间段'],
  start: ['intervalstart', 'interval', 'start', 'starttime', 'time', 'timeofday', 'period', 'slot',
    'halfhour', 'intervalbegin', '时段', '时间', '时间段', '开始时间', '时间区间', '区间'],
  datetime: ['datetime', 'timestamp', 'intervaldatetime', 'datetimestart', '日期时间'],
  offered: ['offered', 'calls', 'callsoffered', 'offeredcalls', 'volume', 'incoming', 'received',
    'arrivals', 'contacts', 'inbound', 'callvolume', 'n', '来电量', '呼入量', '进线量', '话务量', '来话量', '呼入数', '来电数'],
  answered: ['answered', 'handled', 'callsanswered', 'answeredcalls', 'callshandled', '接听量', '接通量', '应答量', '接听数'],
  abandoned: ['abandoned', 'abandons', 'callsabandoned', 'abandonedcalls', 'abn', '放弃量', '呼损量', '放弃数'],
  answeredWithin: ['answeredwithin', 'answeredwithinsl', 'withinsl', 'answeredinsl', 'slanswered', '及时接听量', '服务水平内接听量'],
  abandonedWithin: ['abandonedwithin', 'shortabandons', 'abandonedwithinsl', '短时放弃量'],
  talkSeconds: ['talkseconds', 'talktime', 'totaltalk', 'totaltalktime', 'talk', '通话时长', '总通话时长'],
  acwSeconds: ['acwseconds', 'acw', 'aftercallwork', 'wrap', 'wraptime', 'totalacw', '事后处理时长', '话后处理时长'],
  aht: ['aht', 'averagehandletime', 'avghandletime', 'handletime', '平均处理时长'],
  callType: ['calltype', 'type', 'queue', 'skill', 'split', 'service', '类型', '技能', '队列', '业务类型'],
};

/**
 * Normalises a header for matching: lower case, surrounding unit text like '(s)' removed,
 * spaces and separators dropped.
 * @example normaliseHeader('Interval Start (HH:MM)') //=> 'intervalstart'
 */
export function normaliseHeader(h: unknown): string {
  return String(h ?? '')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_\-./#:]+/g, '');
}

/**
 * Detects the column mapping from a header row, then applies the user's overrides (by
 * header name or index). Each column is used for at most one field.
 * @example detectColumns(['date', 'interval_start', 'calls']) //=> { date: 0, start: 1, offered: 2 }
 * @example detectColumns(['日期', '时段', '来电量', '接听量', '放弃量']) //=> { date: 0, start: 1, offered: 2, answered: 3, abandoned: 4 }
 */
export function detectColumns(header: readonly unknown[], override: ColumnOverride = {}): {
  mapping: ColumnMapping; unknownOverrides: string[]; ignoredColumns: string[];
} {
  const norm = header.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const unknownOverrides: string[] = [];
  for (const [field, target] of Object.entries(override) as [ColumnField, string | number][]) {
    const idx = typeof target === 'number' ? target : norm.indexOf(normaliseHeader(target));
    if (idx < 0 || idx >= header.length) {
      unknownOverrides.push(`${field} → ${String(target)}`);
      continue;
    }
    mapping[field] = idx;
    used.add(idx);
  }
  for (const field of Object.keys(SYNONYMS) as ColumnField[]) {
    if (mapping[field] !== undefined) continue;
    for (const name of SYNONYMS[field]) {
      const idx = norm.findIndex((h, i) => h === name && !used.has(i));
      if (idx >= 0) {
        mapping[field] = idx;
        used.add(idx);
        break;
      }
    }
  }
  const ignoredColumns = header.filter((_, i) => !used.has(i)).map((h) => String(h ?? ''));
  return { mapping, unknownOverrides, ignoredColumns };
}
