/**
 * Per-call records of the real Anonymous Bank file (February 1999) aggregated into intervals.
 * Expected values were computed independently from the raw rows with awk, e.g. for
 * 1999-02-01 08:00–08:30:
 *   awk -F'\t' 'NR>1 && $6==990201 && $13!="PHANTOM" { q=($12>0 || $10!="0:00:00");
 *     if($13=="HANG" && !q) next; t=q?$10:$8; split(t,a,":");
 *     if(a[1]==8 && a[2]<30){off++; if($13=="AGENT"){ans++; if($12<=20)aw++; talk+=$16}
 *     else {ab++; if($12<=20) bw++}}} END{print off, ans, ab, aw, bw, talk}'
 * and the file totals with `cut -f13 | sort | uniq -c` (27162 AGENT, 5904 HANG, 278 PHANTOM).
 */
import { issueWords } from '../../src/core/notes/render';
import { readFileSync, existsSync } from 'fs';
import path from 'path';
import { importAcdText, AcdImport } from '../../src/core/workload/acdRecords';
import { measuredServiceLevel } from '../../src/core/workload/measuredServiceLevel';

const FILE = path.resolve(__dirname, '../../../shared/data/anonymous-bank-1999-02.tsv');
const have = existsSync(FILE);
const d = have ? describe : describe.skip;

d('ACD per-call import: anonymous-bank-1999-02.tsv', () => {
  let res: AcdImport;
  beforeAll(() => {
    const r = importAcdText(readFileSync(FILE, 'utf8'), { intervalMinutes: 30, serviceSeconds: 20 });
    if (!r.ok) throw new Error(r.message);
    res = r.value;
  });
  const rec = (date: string, start: number) => res.records.find((x) => x.date === date && x.start === start);

  test('every row is accounted for: used + skipped = read', () => {
    expect(res.report.rowsRead).toBe(33344);
    expect(res.report.rowsUsed + res.report.rowsSkipped).toBe(33344);
    expect(res.summary.phantom).toBe(278);
    // 27162 AGENT; 5904 HANG = 3963 queued abandons + 1941 that hung up in the VRU
    expect(res.summary.answered).toBe(27162);
    expect(res.summary.abandoned + res.summary.endedInVru).toBe(5904);
    expect(res.summary.endedInVru).toBe(1941);
    expect(res.records.reduce((s, r) => s + r.offered, 0)).toBe(27162 + 3963);
  });

  test('intervals checked by hand from the raw rows', () => {
    expect(rec('1999-02-01', 480)).toEqual({ date: '1999-02-01', start: 480, offered: 58, answered: 57, abandoned: 1, answeredWithin: 51, abandonedWithin: 1, talkSeconds: 8164 });
    expect(rec('1999-02-15', 600)).toMatchObject({ offered: 61, answered: 51, abandoned: 10, answeredWithin: 17, abandonedWithin: 1, talkSeconds: 10203 });
    expect(rec('1999-02-28', 840)).toMatchObject({ offered: 48, answered: 44, abandoned: 4, answeredWithin: 26, abandonedWithin: 0, talkSeconds: 9837 });
  });

  test('calls past midnight go to the next day (rows 2639 and 15757 enter the queue after 00:00)', () => {
    expect(rec('1999-02-16', 0)?.offered).toBe(2); // rows 2639 (from 990215 23:59:54) and 5958
    expect(rec('1999-02-11', 0)?.offered).toBe(2); // rows 15027 and 15757 (from 990210 23:59:56)
  });

  test('quirks are reported with row and column: PHANTOM, negative durations', () => {
    const phantom = res.report.issues.find((i) => i.kind === 'phantom');
    expect(phantom).toMatchObject({ row: 109, column: 'outcome' });
    expect(phantom && issueWords(phantom, 'en').action).toBe('ignored');
    const neg = res.report.issues.find((i) => i.kind === 'negative-duration');
    expect(neg).toMatchObject({ row: 2047, column: 'vru_time' });
    expect(neg && issueWords(neg, 'en').problem).toContain('-57');
    expect(res.report.counts['phantom']).toBe(278);
  });

  test('four SL methods agree with a hand computation on one interval (1999-02-15 10:00)', () => {
    // Aw = 17, A = 51, Bw = 1, B = 10 (awk, above)
    const r = rec('1999-02-15', 600)!;
    const m = (k: 1 | 2 | 3 | 4) => {
      const x = measuredServiceLevel(k, r.answeredWithin!, r.answered!, r.abandonedWithin!, r.abandoned!);
      if (!x.ok) throw new Error(x.message);
      return x.value;
    };
    expect(m(1)).toBeCloseTo(18 / 61, 12);
    expect(m(2)).toBeCloseTo(17 / 51, 12);
    expect(m(3)).toBeCloseTo(17 / 61, 12);
    expect(m(4)).toBeCloseTo(17 / 60, 12);
  });

  test('whole-file SL, AHT and patience are reported', () => {
    const s = res.summary;
    expect(s.serviceLevel[3]).toEqual({ ok: true, value: s.answeredWithin / (s.answered + s.abandoned) });
    expect(s.ahtSeconds).toBeGreaterThan(100);
    expect(s.ahtSeconds).toBeLessThan(300);
    expect(s.patience.ok).toBe(true);
    if (s.patience.ok) {
      expect(s.patience.value.abandons).toBe(3963);
      // mean patience = total wait ÷ abandons; total wait = sum of q_time over the 31,125 offered calls
      expect(s.patience.value.meanPatienceSeconds).toBeCloseTo(s.patience.value.totalWaitSeconds / 3963, 9);
      expect(s.patience.value.meanPatienceSeconds).toBeGreaterThan(60);
      expect(s.patience.value.meanPatienceSeconds).toBeLessThan(1200);
    }
  });

  test('by call type: types add up to the totals', () => {
    const r = importAcdText(readFileSync(FILE, 'utf8'), { byCallType: true });
    if (!r.ok) throw new Error(r.message);
    const ps = r.value.records.filter((x) => x.callType === 'PS').reduce((s, x) => s + x.offered, 0);
    const all = r.value.records.reduce((s, x) => s + x.offered, 0);
    expect(all).toBe(31125);
    expect(ps).toBeGreaterThan(0);
    expect(ps).toBeLessThan(all);
  });
});

describe('ACD import: bad input', () => {
  const H = 'vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver';
  test('empty file and header only', () => {
    expect(importAcdText('')).toMatchObject({ ok: false, code: 'invalid' });
    const r = importAcdText(H + '\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/no call records/);
  });
  test('missing columns name them', () => {
    const r = importAcdText('date\tcalls\n990201\t5\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/outcome/);
  });
  test('bad cells are reported with row and column, the rest counted', () => {
    const rows = [
      H,
      'AA\t1\t0\t0\tPS\t990201\t7:02:47\t7:02:56\t9\t0:00:00\t0:00:00\t0\tAGENT\t7:02:55\t7:05:41\t166\tDORIT',
      'AA\t2\t0\t0\tPS\t990201\t7:10:00\t7:10:05\t5\t7:10:05\t7:10:40\tabc\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA\t3\t0\t0\tPS\t99-02-01\t7:10:00\t7:10:05\t5\t7:10:05\t7:10:40\t35\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA\t4\t0\t0\tPS\t990201\t7:20:00\t7:20:05\t5\t7:20:05\t7:20:15\t10\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
    ].join('\n');
    const r = importAcdText(rows, { intervalMinutes: 30 });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records).toEqual([{ date: '1999-02-01', start: 420, offered: 2, answered: 1, abandoned: 1, answeredWithin: 1, abandonedWithin: 1, talkSeconds: 166 }]);
    expect(r.value.report.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.column])).toEqual([[3, 'q_time'], [4, 'date']]);
    expect(r.value.report.rowsSkipped).toBe(2);
  });
});
