/**
 * 函数消息（简体中文）: the same keys and parameters as messages.ts. Argument
 * names stay as Excel's formula help shows them (aht, sl_target…); domain
 * terms follow src/i18n/glossary.ts.
 */
import type { FunctionMessages, UnitKey } from './messages';

const UNITS: Readonly<Record<UnitKey, string>> = { seconds: ' 秒', minutes: ' 分钟', hours: ' 小时', days: ' 天', erlangs: ' 爱尔兰' };
const hours = (h: number): string => String(Number(h.toPrecision(4)));
const unit = (u: UnitKey | undefined): string => (u ? UNITS[u] : '');

const shown = (value: unknown): string => {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
};

export const messagesZhCN: FunctionMessages = {
  required: (name) => `缺少 ${name}`,
  notNumber: (name, value) => `${name} 必须是数字（实际为 ${shown(value)}）`,
  notFinite: (name) => `${name} 必须是有限数字`,
  atLeast: (name, min, u, value) => `${name} 必须大于或等于 ${min}${unit(u)}（实际为 ${value}）`,
  greaterThan: (name, min, u, value) => `${name} 必须大于 ${min}${unit(u)}（实际为 ${value}）`,
  atMost: (name, max, u, value) => `${name} 不能超过 ${max.toLocaleString('zh-CN')}${unit(u)}（实际为 ${value}）`,
  whole: (name, value) => `${name} 必须是整数（实际为 ${value}）`,
  fraction: (name, value) =>
    `${name} 必须是 0% 到 100% 之间的小数（0.8）、百分比（80%）或百分数（80）（实际为 ${value}）`,
  fractionAbove: (name, min, value) => `${name} 必须大于 ${min * 100}%（实际为 ${value}）`,
  fractionBelow: (name, max, value) => `${name} 必须小于 ${max * 100}%（实际为 ${value}）`,
  oneOf: (name, allowed, value) => `${name} 必须是 ${allowed.join('、')} 之一（实际为 ${shown(value)}）`,
  argumentAt: (position) => `第 ${position} 个参数`,
  shapes: (a, aShape, b, bShape) => `${a} 为 ${aShape}，${b} 为 ${bShape}；区域的形状必须相同，或为单个单元格`,
  notMore: (name, value, other, otherValue) => `${name}（${value}）不能大于 ${other}（${otherValue}）`,
  loadTooLarge: (load, max) =>
    `话务量为 ${Number(load.toPrecision(6))} 爱尔兰；NineStep 最多计算 ${max.toLocaleString('zh-CN')} 爱尔兰`,
  unstableAsa: (agents, traffic) =>
    `${agents} 个坐席承接 ${Number(traffic.toPrecision(6))} 爱尔兰话务量时队列会无限增长，平均应答速度（ASA）无上限（请增加坐席或给出 patience）`,
  noAgentsOccupancy: () => '坐席数为 0 时占用率无定义',
  noAnswered: () => '坐席数为 0 时没有来电被接听，平均应答速度（ASA）无定义',
  patienceArrivalsTooMany: (arrivals, max) =>
    `一个平均耐心时长（patience）内到达 ${Number(arrivals.toPrecision(6))} 个来电；NineStep 的 Erlang A 最多计算 ${max.toLocaleString('zh-CN')} 个（请减少 calls 或 patience，或加长 interval）`,
  unreachableOccupancy: (maxOccupancy, agents, max) =>
    `max_occupancy ${Number((maxOccupancy * 100).toPrecision(12))}% 需要 ${agents.toLocaleString('zh-CN')} 个坐席；NineStep 最多计算 ${max.toLocaleString('zh-CN')} 个（请提高 max_occupancy）`,
  unreachableBlocking: (max) => `${max.toLocaleString('zh-CN')} 条以内的任何中继线数都无法达到呼损率目标`,
  resultTooLarge: (name) => `${name} 的结果超出 NineStep 的计算范围（大于 1.8e308）；请使用较小的参数`,
  unreachableSl: (slTarget, seconds) => `任何坐席数都无法在 ${seconds} 秒内达到 ${Number((slTarget * 100).toPrecision(12))}% 的服务水平`,
  unreachableAsa: (seconds) => `任何坐席数都无法使平均应答速度（ASA）降到 ${seconds} 秒`,
  unreachableAbandon: (maxAbandon) => `任何坐席数都无法使放弃率不超过 ${Number((maxAbandon * 100).toPrecision(12))}%`,
  abandonNeedsPatience: () => 'max_abandon 需要给出 patience（放弃率由 Erlang A 模型计算）',
  backlogWindowTooShort: (responseHours, minimumHours, openHours) =>
    `open_hours 为 ${hours(openHours)} 时，团队下班后刚到达的工单至少要等 ${hours(minimumHours)} 小时（非工作时间加一次处理时长），超过 response_hours ${hours(responseHours)}（请放宽 response_hours 或延长 open_hours）`,
  zeroBlocking: () => '任何中继线数都无法使呼损率降到 0%',
  noServiceBase: (method) => `方法 ${method} 的计算基数中没有来电，服务水平无定义`,
  singleValue: (name) => `${name} 必须是单个值，不能是区域`,
  pairedLengths: (a, aCount, b, bCount) => `${a} 与 ${b} 的单元格数必须相同（分别为 ${aCount} 和 ${bCount}）`,
  rangeValueNotNumber: (name, position, value) =>
    `${name} 的第 ${position} 个值必须是数字（实际为${value === null || value === undefined || value === '' ? '空单元格' : ` ${JSON.stringify(value)}`}）`,
  noValues: () => '区域中没有数值',
  unknownFunction: (name, known) => `未知函数 ${name}；可用函数：${known.join(', ')}`,
  argumentCount: (name, min, max, got) =>
    min === max ? `${name} 需要 ${min} 个参数（实际为 ${got} 个）` : `${name} 需要 ${min} 到 ${max} 个参数（实际为 ${got} 个）`,
  internal: (detail) => `内部错误：${detail}`,
};
