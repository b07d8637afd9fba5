/**
 * The domain glossary: English ↔ Simplified Chinese terms as contact-centre
 * planners use them. Every zh-CN catalogue (function messages, function help,
 * workbook labels) uses these terms; test/i18n/glossary.test.ts checks it:
 * a zh-CN string whose English counterpart matches a term's `enPattern`
 * contains the term's `zhCN`, and no zh-CN string uses an `avoid` variant.
 * docs/glossary.md is generated from this table (scripts/build-glossary.ts).
 */

export interface GlossaryTerm {
  /** English term as shown to users */
  readonly en: string;
  /** the Simplified Chinese term every catalogue uses */
  readonly zhCN: string;
  /** usage note: what the term means here, and why this translation */
  readonly note: string;
  /** English strings matching this carry the concept (so their zh-CN counterpart must use `zhCN`) */
  readonly enPattern?: RegExp;
  /** translations that mean something else or are not the industry's usage: never in a zh-CN string */
  readonly avoid?: readonly string[];
}

export const GLOSSARY = {
  serviceLevel: {
    en: 'service level (SL)',
    zhCN: '服务水平',
    note: 'Share of offered calls answered within the target time (80/20 = 80% within 20 s). 服务等级/服务级别 are not the industry term.',
    enPattern: /service[- ]level|\bSL\b/i,
    avoid: ['服务等级', '服务级别'],
  },
  aht: {
    en: 'average handle time (AHT)',
    zhCN: '平均处理时长',
    note: 'Talk + hold + after-call work per call, in seconds. Abbreviated AHT in both languages.',
    enPattern: /\bAHT\b|handle time/i,
    avoid: ['平均处理时间', '平均通话时长'],
  },
  asa: {
    en: 'average speed of answer (ASA)',
    zhCN: '平均应答速度',
    note: 'Mean wait of answered calls, seconds. Written 平均应答速度 (ASA).',
    enPattern: /\bASA\b|speed of answer/i,
    avoid: ['平均接听速度', '平均回答速度'],
  },
  schedule: {
    en: 'schedule, scheduling',
    zhCN: '排班',
    note: 'Assigning agents to shifts against interval requirements. Not 调度 (dispatching) nor 日程 (calendar).',
    enPattern: /\bschedul/i,
    avoid: ['调度', '日程'],
  },
  roster: {
    en: 'roster',
    zhCN: '排班表',
    note: 'Who works which shift on which day.',
    enPattern: /\broster/i,
    avoid: ['花名册'],
  },
  shift: {
    en: 'shift',
    zhCN: '班次',
    note: 'A work pattern with start, end and breaks.',
    enPattern: /\bshifts?\b/i,
    avoid: ['轮班'],
  },
  shrinkage: {
    en: 'shrinkage',
    zhCN: '人员缩减',
    note: 'Share of paid time agents are not available for calls (breaks, training, absence). Some centres express the complement, 有效工时利用率 (1 − shrinkage); NineStep states shrinkage itself as 人员缩减(率).',
    enPattern: /shrinkage/i,
    avoid: ['收缩率', '缩水'],
  },
  trunk: {
    en: 'trunk (line)',
    zhCN: '中继线',
    note: 'Telephone lines into the centre, sized with Erlang B.',
    enPattern: /\btrunk/i,
    avoid: ['干线'],
  },
  scenario: {
    en: 'scenario (high, mid, low plans)',
    zhCN: '方案',
    note: 'The three budget plans are 高中低预算方案: 高预算方案, 中预算方案, 低预算方案. Not 情景/场景.',
    enPattern: /scenario/i,
    avoid: ['情景', '场景'],
  },
  budget: {
    en: 'budget',
    zhCN: '预算',
    note: 'Annual cost of a plan.',
    enPattern: /budget/i,
  },
  traffic: {
    en: 'traffic (offered load)',
    zhCN: '话务量',
    note: 'Offered load in Erlangs: calls × AHT ÷ interval seconds. Not 流量 (data traffic).',
    enPattern: /traffic|offered load|trunk load/i,
    avoid: ['流量'],
  },
  erlang: {
    en: 'Erlang',
    zhCN: '爱尔兰',
    note: 'Unit of traffic and the name of the models: 爱尔兰 C (Erlang C), 爱尔兰 A, 爱尔兰 B. The Latin name may follow in brackets.',
    enPattern: /erlang/i,
    avoid: ['厄朗', '埃尔朗'],
  },
  abandonRate: {
    en: 'abandon rate',
    zhCN: '放弃率',
    note: 'Share of offered calls that hang up before an answer. (Some centres say 呼损; NineStep keeps 呼损率 for Erlang B blocking.)',
    enPattern: /abandon(ment| rate|s\b| \()/i,
    avoid: ['弃呼率', '掉线率'],
  },
  blocking: {
    en: 'blocking (trunk loss)',
    zhCN: '呼损率',
    note: 'Erlang B: share of calls that find every trunk busy.',
    enPattern: /blocking/i,
    avoid: ['阻塞率'],
  },
  occupancy: {
    en: 'occupancy',
    zhCN: '占用率',
    note: 'Share of logged-in time agents spend handling calls. Not 利用率 (utilisation).',
    enPattern: /occupancy/i,
    avoid: ['利用率', '占有率'],
  },
  forecast: {
    en: 'forecast',
    zhCN: '预测',
    note: 'Call volume and AHT expected per interval.',
    enPattern: /forecast/i,
  },
  interval: {
    en: 'interval',
    zhCN: '时段',
    note: 'Planning period of a day (15, 30 or 60 minutes). Not 区间/间隔.',
    enPattern: /\binterval/i,
    avoid: ['区间', '间隔'],
  },
  agent: {
    en: 'agent',
    zhCN: '坐席',
    note: 'A person taking calls. 坐席 for people; 工位 for seats (workstations).',
    enPattern: /\bagents?\b/i,
    avoid: ['代理', '座席'],
  },
  seat: {
    en: 'seat (workstation)',
    zhCN: '工位',
    note: 'A desk with equipment and licences.',
    enPattern: /\bseats?\b/i,
    avoid: ['座位'],
  },
  callsOffered: {
    en: 'calls offered (volume)',
    zhCN: '来电量',
    note: 'Calls arriving in a period.',
  },
  answered: {
    en: 'calls answered',
    zhCN: '接听量',
    note: 'Calls an agent answered.',
  },
  abandoned: {
    en: 'calls abandoned',
    zhCN: '放弃量',
    note: 'Calls that hung up before an answer.',
  },
  targetTime: {
    en: 'target answer time',
    zhCN: '目标应答时间',
    note: 'The Y of an X/Y service-level objective, seconds.',
    enPattern: /answer-time target|answer within/i,
  },
  patience: {
    en: 'patience',
    zhCN: '耐心时间',
    note: 'Mean time a caller waits before abandoning (Erlang A).',
    enPattern: /patience/i,
  },
  monthShare: {
    en: 'month share',
    zhCN: '月度占比',
    note: "A month's share of the year's calls.",
    enPattern: /month(’s|'s)? share/i,
  },
  weekdayIndex: {
    en: 'weekday index',
    zhCN: '星期指数',
    note: "A weekday's share of the week ÷ 1/7 (average day = 1).",
    enPattern: /weekday(’s|'s)? index/i,
  },
  intervalShare: {
    en: 'interval share',
    zhCN: '时段占比',
    note: "An interval's share of the day's calls.",
    enPattern: /interval(’s|'s)? share/i,
  },
} as const satisfies Readonly<Record<string, GlossaryTerm>>;

export type GlossaryId = keyof typeof GLOSSARY;

/** The zh-CN term of a concept. @example zhTerm('serviceLevel') //=> '服务水平' */
export const zhTerm = (id: GlossaryId): string => GLOSSARY[id].zhCN;

/** The glossary as a list, in table order. */
export const glossaryTerms = (): readonly (GlossaryTerm & { readonly id: GlossaryId })[] =>
  (Object.keys(GLOSSARY) as GlossaryId[]).map((id) => ({ id, ...(GLOSSARY[id] as GlossaryTerm) }));

/**
 * Where a zh-CN string departs from the glossary, given its English
 * counterpart: terms the English carries but the Chinese lacks, and avoided
 * variants it uses. Empty when it follows the glossary. Words found verbatim
 * in both strings are identifiers kept in every language (argument names such
 * as `aht`, function ids such as `ERLANGC`) and do not count as the concept.
 *
 * @example glossaryProblems('Service level', '服务等级') //=> ['service level (SL): expected 服务水平', 'uses 服务等级 (avoid; say 服务水平)']
 */
export function glossaryProblems(en: string, zh: string): string[] {
  const problems: string[] = [];
  const concepts = en.replace(/[A-Za-z][\w.]*/g, (word) => (zh.includes(word) ? ' ' : word));
  for (const term of glossaryTerms()) {
    if (term.enPattern && term.enPattern.test(concepts) && !zh.includes(term.zhCN)) problems.push(`${term.en}: expected ${term.zhCN}`);
    for (const bad of term.avoid ?? []) if (zh.includes(bad)) problems.push(`uses ${bad} (avoid; say ${term.zhCN})`);
  }
  return problems;
}
