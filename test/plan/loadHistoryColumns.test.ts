/** Column overrides through loadHistory (the wizard's mapping editor and the plan runner use it), Chinese headers included. */
import { loadHistory } from '../../src/core/plan/loadHistory';
import { tableColumns } from '../../src/core/workload/tableColumns';

const TEXT = ['日期,时段,来电量,总量,接听量', '2024-01-02,09:00,12,40,11', '2024-01-02,09:30,15,50,14', '2024-01-03,09:00,13,41,12', '2024-01-03,09:30,16,52,15'].join('\n');

test('detected columns and the header come back as in the file', () => {
  const r = loadHistory(TEXT, 'auto', 30);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.header).toEqual(['日期', '时段', '来电量', '总量', '接听量']);
  expect(r.value.columns).toEqual({ date: '日期', start: '时段', offered: '来电量', answered: '接听量' });
  expect(r.value.records[0].offered).toBe(12);
});

test('an override reads calls from another column; an unknown header is refused with the header listed', () => {
  const r = loadHistory(TEXT, 'auto', 30, { offered: '总量' });
  expect(r.ok && r.value.records.map((x) => x.offered)).toEqual([40, 50, 41, 52]);
  expect(r.ok && r.value.columns?.offered).toBe('总量');
  const bad = loadHistory(TEXT, 'auto', 30, { offered: 'calls' });
  expect(bad.ok).toBe(false);
  expect(!bad.ok && bad.message).toMatch(/not in the header: offered → calls/);
});

test('tableColumns reads the header alone, also for a file that does not import yet', () => {
  const text = 'Tag;Uhrzeit;Anrufe\n02.01.2024;09:00;12\n';
  expect(loadHistory(text, 'auto', 30).ok).toBe(false);
  expect(tableColumns(text)).toEqual({ header: ['Tag', 'Uhrzeit', 'Anrufe'], mapping: {}, unknownOverrides: [] });
  const mapped = tableColumns(text, { date: 'Tag', start: 'Uhrzeit', offered: 'Anrufe' });
  expect(mapped.mapping).toEqual({ date: 'Tag', start: 'Uhrzeit', offered: 'Anrufe' });
  expect(loadHistory(text, 'auto', 30, { date: 'Tag', start: 'Uhrzeit', offered: 'Anrufe' }).ok).toBe(true);
});
