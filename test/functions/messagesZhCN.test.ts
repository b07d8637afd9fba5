/** The zh-CN function messages: the same keys as the English table, chosen by locale, worded with the glossary's terms. */
import { formatCall } from '../../src/cli/formatResult';
import { displayLocale } from '../../src/functions/displayLocale';
import { evaluateByName } from '../../src/functions/evaluate';
import { messages } from '../../src/functions/messages';
import { messagesZhCN } from '../../src/functions/messages.zh-CN';
import { messagesFor } from '../../src/functions/messagesFor';

const zh = messagesFor('zh-CN');

test('every key exists in both tables, each a function', () => {
  expect(Object.keys(messagesZhCN).sort()).toEqual(Object.keys(messages).sort());
  for (const key of Object.keys(messages)) expect(typeof (messagesZhCN as Record<string, unknown>)[key]).toBe('function');
  expect(messagesFor('en')).toBe(messages);
});

test('calls produce Chinese messages with the arguments as typed', () => {
  expect(formatCall('AGENTS_REQUIRED(100,-5,0.8,20)', zh)).toBe('#VALUE! aht 必须大于 0 秒（实际为 -5）');
  expect(formatCall('AGENTS_REQUIRED(100,-5,0.8,20)')).toBe('#VALUE! aht must be greater than 0 seconds (got -5)');
  expect(formatCall('ERLANGC(100,180,2.5)', zh)).toBe('#VALUE! agents 必须是整数（实际为 2.5）');
  expect(formatCall('ERLANGC(100,180,14,2000)', zh)).toBe('#VALUE! interval 不能超过 1,440 分钟（实际为 2000）');
  expect(formatCall('ERLANGC(100,,14)', zh)).toBe('#VALUE! 缺少 aht');
  expect(formatCall('AGENTS_REQUIRED(100,180,120,20)', zh)).toMatch(/^#VALUE! sl_target 必须是 0% 到 100% 之间的小数/);
  expect(formatCall('ASA(100,180,2)', zh)).toBe('#N/A 2 个坐席承接 10 爱尔兰话务量时队列会无限增长，平均应答速度（ASA）无上限（请增加坐席或给出 patience）');
  expect(formatCall('OCCUPANCY(100,180,0)', zh)).toBe('#N/A 坐席数为 0 时占用率无定义');
  expect(formatCall('TRAFFIC({1,2},{1,2,3})', zh)).toBe('#VALUE! calls 为 1×2，aht 为 1×3；区域的形状必须相同，或为单个单元格');
  expect(formatCall('FORECAST_ACCURACY({1,2},{1})', zh)).toBe('#VALUE! actual 与 forecast 的单元格数必须相同（分别为 2 和 1）');
  expect(formatCall('FORECAST_ACCURACY({1,2},{1,2},"XX")', zh)).toBe('#VALUE! metric 必须是 MAPE、WMAPE、BIAS、HIT_RATE、R2 之一（实际为 "XX"）');
  expect(formatCall('ERLANGC(1)', zh)).toBe('#VALUE! ERLANGC 需要 3 到 4 个参数（实际为 1 个）');
  expect(evaluateByName('NOPE', [], zh)[0][0]).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/^未知函数 NOPE；/) });
});

test('numbers are unchanged by the language', () => {
  expect(formatCall('AGENTS_REQUIRED(2000, 210, 80%, 20)', zh)).toBe(formatCall('AGENTS_REQUIRED(2000, 210, 80%, 20)'));
});

test("the custom functions follow Office's display language, English when it is unknown", () => {
  expect(displayLocale({ Office: { context: { displayLanguage: 'zh-CN' } } })).toBe('zh-CN');
  expect(displayLocale({ Office: { context: { displayLanguage: 'en-GB' } } })).toBe('en');
  expect(displayLocale({})).toBe('en');
  const throwing = { Office: { get context(): never { throw new Error('not ready'); } } };
  expect(displayLocale(throwing)).toBe('en');
});
