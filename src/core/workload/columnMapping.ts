/**
 * Finding which column of an interval table holds what, from its header.
 */

/**
 * Fields an interval table can provide. Durations are seconds (or m:ss / h:mm:ss text):
 * `talkSeconds`/`acwSeconds` are totals over the interval's calls; `avgTalk`, `avgAcw` and
 * `aht` are averages per answered call, turned into totals (average × answered).
 */
export type ColumnField =
  | 'date' | 'start' | 'datetime' | 'offered' | 'answered' | 'abandoned' | 'answeredWithin'
  | 'abandonedWithin' | 'talkSeconds' | 'acwSeconds' | 'avgTalk' | 'avgAcw' | 'aht' | 'callType';

/** Every field, in the order detection tries them (and the wizard lists them). */
export const COLUMN_FIELDS: readonly ColumnField[] = [
  'date', 'start', 'datetime', 'offered', 'answered', 'abandoned', 'answeredWithin',
  'abandonedWithin', 'talkSeconds', 'acwSeconds', 'avgTalk', 'avgAcw', 'aht', 'callType',
];

/** Column index (0-based) for each field found. */
export type ColumnMapping = Partial<Record<ColumnField, number>>;

/** A user's override: field → header name or 0-based column index. */
export type ColumnOverride = Partial<Record<ColumnField, string | number>>;

/**
 * Header names recognised for each field, normalised by {@link normaliseHeader}: the one
 * home of header names. Vendor names are those of their documented interval reports
 * (sources beside the fixtures in test/fixtures/exports/ and test/workload/exports.test.ts):
 * Avaya CMS/BCMS split reports (ACD Calls, Aband Calls, Avg Talk Time, Avg ACW Time, Avg
 * After Call), Cisco UCCE/CUIC call type reports (Tasks Offered, Tasks Handled, Call Type
 * Name), Genesys Cloud performance views (Interval Start, Offered, Answered, Abandoned,
 * Average Handle, Average ACW), Amazon Connect historical metrics (Contacts queued,
 * Contacts handled, Contacts abandoned, Average handle time, Average after contact work
 * time, StartTime), NICE CXone (date, period; Offered, Handled, Abandon_Cnt, ACW_Seconds),
 * Alibaba Cloud contact centre 云联络中心 (StatsTime, CallsOffered, CallsHandled,
 * CallsAbandoned, AverageTalkTime, AverageWorkTime; 应答量, 平均通话时长, 平均话后处理时长) and
 * Chinese exports' usual headers (日期, 时间段, 呼入量, 接通量, 放弃量, 平均处理时长).
 */
const SYNONYMS: Record<ColumnField, readonly string[]> = {
  date: ['date', 'day', 'calldate', 'reportdate', 'datum', 'fecha', '日期', '日期时间段'],
  start: ['intervalstart', 'interval', 'start', 'starttime', 'startinterval', 'time', 'timeofday', 'period', 'slot',
    'halfhour', 'intervalbegin', '时段', '时间', '时间段', '开始时间', '时间区间', '区间'],
  datetime: ['datetime', 'timestamp', 'intervaldatetime', 'datetimestart', 'statstime', '日期时间', '统计时间'],
  offered: ['offered', 'calls', 'callsoffered', 'offeredcalls', 'tasksoffered', 'offer', 'contactsqueued', 'contactsoffered',
    'volume', 'incoming', 'received', 'arrivals', 'contacts', 'inbound', 'inboundcalls', 'callvolume', 'n',
    '来电量', '呼入量', '进线量', '话务量', '来话量', '呼入数', '来电数', '呼入总量'],
  answered: ['answered', 'handled', 'callsanswered', 'answeredcalls', 'callshandled', 'taskshandled', 'contactshandled',
    'answer', 'acdcalls', 'numacdcalls', 'acdcallsnumacdcalls', '接听量', '接通量', '应答量', '接听数', '接通数'],
  abandoned: ['abandoned', 'abandons', 'callsabandoned', 'abandonedcalls', 'contactsabandoned', 'abandon', 'abandoncnt',
    'abandcalls', 'numcallsaband', 'acdcallsnumcallsaband', 'abn', '放弃量', '呼损量', '放弃数', '呼损数'],
  answeredWithin: ['answeredwithin', 'answeredwithinsl', 'withinsl', 'answeredinsl', 'slanswered', '及时接听量', '服务水平内接听量'],
  abandonedWithin: ['abandonedwithin', 'shortabandons', 'abandonedwithinsl', '短时放弃量'],
  talkSeconds: ['talkseconds', 'talktime', 'totaltalk', 'totaltalktime', 'talk', '通话时长', '总通话时长'],
  acwSeconds: ['acwseconds', 'acw', 'aftercallwork', 'wrap', 'wraptime', 'totalacw', 'totalacwtime', 'totalworktime',
    'aftercontactworktime', '事后处理时长', '话后处理时长', '总话后处理时长', '话后处理'],
  avgTalk: ['avgtalktime', 'averagetalktime', 'avgtalk', 'averagetalk', 'avgacdtime', 'acdcallsavgtalktime',
    'averageagentinteractiontime', 'averageinteractiontime', '平均通话时长', '平均通话时间'],
  avgAcw: ['avgacwtime', 'avgacw', 'averageacw', 'averageacwtime', 'avgaftercall', 'acdcallsavgaftercall', 'averageworktime',
    'averageaftercontactworktime', 'averageaftercallwork', 'avgwraptime', '平均话后处理时长', '平均话后处理', '平均事后处理时长'],
  aht: ['aht', 'averagehandletime', 'avghandletime', 'averagehandle', 'avghandle', 'handletime', '平均处理时长', '平均处理时间'],
  callType: ['calltype', 'type', 'queue', 'queuename', 'skill', 'skillname', 'skillnameid', 'split', 'splitskill', 'service',
    'calltypename', 'skillgroup', 'skillgroupname', '类型', '技能', '技能组', '技能组名称', '队列', '队列名称', '业务类型'],
};

/** Unit text a header may carry: "(sec)", "(s)", "[秒]", "in seconds", "(hh:mm:ss)" ("%" is kept: "Abandon %" is a rate, not a count). */
const UNITS = /[(（[【][^)）\]】]*[)）\]】]|\bin\s+(?:seconds|secs?|minutes|mins?)\b|\b(?:secs?|seconds)\b|（秒）|秒数?$/gi;

/**
 * Normalises a header for matching: lower case, unit text like "(s)" or "in seconds"
 * removed, spaces, punctuation and separators dropped.
 * @example normaliseHeader('Interval Start (HH:MM)') //=> 'intervalstart'
 * @example normaliseHeader('Avg ACW Time (sec)') //=> 'avgacwtime'
 */
export function normaliseHeader(h: unknown): string {
  return String(h ?? '')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(UNITS, '')
    .replace(/[\s_\-./#:,;'"|*?!&+]+/g, '');
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
