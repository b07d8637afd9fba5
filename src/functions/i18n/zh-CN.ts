/**
 * 自定义函数的简体中文帮助: per function id, the description and each
 * argument's description that Excel's formula autocomplete and Insert
 * Function dialog show in zh-CN. Ids and argument names are not translated
 * (formulas and argument names stay the same in every language). Terms follow
 * src/i18n/glossary.ts. Built into functions.zh-CN.json by localizeMetadata.ts.
 */
import type { MetadataTranslation } from './localizeMetadata';

const calls = '该时段的来电量。';
const aht = '平均处理时长（AHT），单位：秒。';
const agents = '在线接听的坐席数（整数）。';
const interval = '时段长度，单位：分钟（默认 30）。';
const patienceOptional = '来电客户的平均耐心时间，单位：秒；给出时使用爱尔兰 A（Erlang A）模型。';
const historyDates = '历史数据各行的日期（区域）。';
const historyCalls = '历史数据各行的来电量（大小相同的区域）。';
const erlangCOrA = '爱尔兰 C（Erlang C）；给出耐心时间时用爱尔兰 A';

export const FUNCTIONS_ZH_CN: MetadataTranslation = {
  ERLANGC: {
    description: '来电需要等待的概率（爱尔兰 C / Erlang C）；坐席数 ≤ 话务量时为 1。',
    parameters: { calls, aht, agents, interval },
  },
  AGENTS_REQUIRED: {
    description: `使服务水平达到目标的最少坐席数（整数）（${erlangCOrA}）。`,
    parameters: {
      calls,
      aht,
      sl_target: '服务水平目标：小数（0.8）、百分比（80%）或百分数（80）。',
      target: '目标应答时间，单位：秒（X/Y 中的 Y）。',
      interval,
      max_occupancy: '占用率上限，小数或百分比（可选）。',
      patience: patienceOptional,
      max_abandon: '放弃率上限：允许放弃的来电占比，小数或百分比（需要给出 patience）。',
    },
  },
  TRUNKS_ERLANGB: {
    description: '使爱尔兰 B（Erlang B）呼损率不超过目标的最少中继线数。',
    parameters: {
      traffic: '中继线话务量，单位：爱尔兰（见 TRUNK_LOAD）。',
      blocking: '呼损率目标：小数（0.01）、百分比（1%）或百分数。',
    },
  },
  SERVICE_LEVEL: {
    description: `预计在目标应答时间内接听的来电比例，即服务水平（${erlangCOrA}）。`,
    parameters: { calls, aht, agents, target: '目标应答时间，单位：秒。', interval, patience: patienceOptional },
  },
  FORECAST_RATIO: {
    description: '按比例分解法预测一个时段的来电量：年来电量 × (1 + 增长) × 月度占比 ÷ 天数 × 星期指数 × 时段占比。',
    parameters: {
      annual_calls: '上一年的总来电量。',
      growth: '预计增长：小数（0.12）或百分比（12%）。',
      month_share: '该月的月度占比（占全年），小数或百分比。',
      days_in_month: '该月中心营业的天数（整数）。',
      weekday_index: '星期指数（该星期几占一周的比例 ÷ 1/7；1.469 表示平均日的 146.9%）。',
      interval_share: '时段占比（占全天），小数或百分比。',
    },
  },
  ERLANGB: {
    description: '爱尔兰 B（Erlang B）呼损率：来电遇到全部中继线占线的比例。',
    parameters: { traffic: '话务量，单位：爱尔兰。', trunks: '中继线数量（整数）。' },
  },
  TRAFFIC: {
    description: '话务量（爱尔兰）：来电量 × 平均处理时长（aht）÷ 时段秒数。',
    parameters: { calls, aht, interval },
  },
  ASA: {
    description: `已接听来电的平均应答速度（ASA），单位：秒（${erlangCOrA}）。`,
    parameters: { calls, aht, agents, interval, patience: patienceOptional },
  },
  OCCUPANCY: {
    description: `坐席占用率：坐席处理来电所占时间的比例（${erlangCOrA}）。`,
    parameters: { calls, aht, agents, interval, patience: patienceOptional },
  },
  ABANDON_RATE: {
    description: '放弃率：来电在接听前放弃的比例（爱尔兰 A / Erlang A，耐心时间服从指数分布）。',
    parameters: { calls, aht, agents, patience: '来电客户的平均耐心时间，单位：秒。', interval },
  },
  TRUNK_LOAD: {
    description: '中继线话务量（爱尔兰）：来电量 × (通话 + 平均应答速度 asa + ivr) ÷ 时段秒数（话后处理不占用中继线）。',
    parameters: {
      calls,
      talk: '平均通话时间（含保持），单位：秒。',
      asa: '平均应答速度（ASA，即在线等待时间），单位：秒。',
      interval,
      ivr: '在同一中继线上的 IVR 时间，单位：秒（默认 0）。',
    },
  },
  SL_ACHIEVED: {
    description: '按规划指南方法 1–4 计算的实际服务水平（默认 3：每个放弃的来电都计为未达标）。',
    parameters: {
      answered_within: '目标时间内的接听量。',
      answered: '接听量。',
      abandoned_within: '目标时间内的放弃量。',
      abandoned: '放弃量。',
      method: '1：(Aw+Bw)/(A+B)；2：Aw/A；3：Aw/(A+B)；4：Aw/(A+B−Bw)。默认 3。',
    },
  },
  AGENTS_ASA: {
    description: `使平均应答速度（ASA）不超过目标的最少坐席数（整数）（${erlangCOrA}）。`,
    parameters: {
      calls,
      aht,
      asa_target: '平均应答速度（ASA）的上限，单位：秒。',
      interval,
      patience: patienceOptional,
    },
  },
  CHAT_AGENTS: {
    description: '在线客服（聊天）队列所需坐席数：每个坐席同时最多处理 concurrency 个会话（每个坐席按同样多的服务台计）。',
    parameters: {
      chats: '该时段进入的会话数。',
      aht: '在该并发数下观察到的会话时长，单位：秒。',
      sl_target: '服务水平目标：小数（0.8）、百分比（80%）或百分数（80）。',
      target: '目标应答时间，单位：秒（X/Y 中的 Y）。',
      concurrency: '一个坐席同时处理的会话数（整数，1 到 10）；为 1 时等同于 AGENTS_REQUIRED。',
      interval,
      patience: '客户的平均耐心时间，单位：秒；给出时使用爱尔兰 A（Erlang A）模型。',
    },
  },
  BACKLOG_AGENTS: {
    description: '每天工作 open_hours 小时、使全天均匀到达的每封邮件或工单都在 response_hours 内处理完所需的坐席数（不取整）。',
    parameters: {
      items_per_day: '每天到达的工单（邮件、案例）数。',
      aht: '单个工单的平均处理时长（AHT），单位：秒。',
      response_hours: '每个工单须在到达后多少小时内处理完。',
      open_hours: '团队每天处理工单的小时数（默认 8，最多 24）。',
    },
  },
  SCHEDULED_STAFF: {
    description: '需排班人数，使扣除人员缩减后仍保有基础人力：坐席数 ÷ (1 − 人员缩减率)，不取整。',
    parameters: {
      agents: '基础人力（在线接听所需的坐席数）。',
      shrinkage: '总人员缩减率：小数（0.3）或百分比（30%），须低于 100%。',
    },
  },
  FORECAST_ACCURACY: {
    description: '两个区域的预测准确度：MAPE（默认）、WMAPE、BIAS（带符号，(预测 − 实际) ÷ 实际）、HIT_RATE（误差在 ±容差内的比例）或 R2。',
    parameters: {
      actual: '每个时段的实际来电量（区域）。',
      forecast: '每个时段的预测来电量（大小相同的区域）。',
      metric: '"MAPE"、"WMAPE"、"BIAS"、"HIT_RATE" 或 "R2"（默认 "MAPE"）。',
      tolerance: '用于 HIT_RATE：允许误差占实际值的比例（默认 10%）。',
    },
  },
  MONTH_SHARE: {
    description: '由历史数据区域计算的月度占比：该月占全年来电量的比例（比例分解预测 FORECAST_RATIO 的 month_share）。',
    parameters: {
      dates: historyDates,
      calls: historyCalls,
      month: '月份，1（一月）到 12。',
      year: '仅使用该年的历史数据（默认：所有完整年份）。',
    },
  },
  WEEKDAY_INDEX: {
    description: '由历史数据区域计算的星期指数：该星期几占一周的比例 ÷ 1/7（1.469 表示平均日的 146.9%）。',
    parameters: { dates: historyDates, calls: historyCalls, weekday: '星期几，1 = 星期一 … 7 = 星期日（ISO 编号）。' },
  },
  INTERVAL_SHARE: {
    description: '由历史数据区域计算的时段占比：该时段占全天来电量的比例（比例分解预测 FORECAST_RATIO 的 interval_share）。',
    parameters: {
      dates: historyDates,
      starts: '历史数据各行的时段开始时间（区域）。',
      calls: historyCalls,
      start: '时段开始：时间（10:00）或自午夜起的分钟数（600）。',
      weekday: '仅使用该星期几，1 = 星期一 … 7 = 星期日（默认：所有日期）。',
    },
  },
};
