import { trunkLoad } from '../../src/core/staffing/trunkLoad';
import { trunkPlan } from '../../src/core/staffing/trunkPlan';
import { baseStaff } from '../../src/core/staffing/baseStaff';
import { shrinkageOn } from '../../src/core/staffing/shrinkage';
import { dayForecast } from './dayProfile';

/** Erlang B by its recurrence, written independently here. */
function erlangB(a: number, n: number): number {
  let b = 1;
  for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
  return b;
}

describe('trunks', () => {
  it('trunk load = calls × (talk + ASA + IVR) ÷ interval seconds, no ACW', () => {
    expect(trunkLoad(100, 180, 20, 30)).toBeCloseTo(200 / 18, 12);
    expect(trunkLoad(100, 180, 20, 30, 40)).toBeCloseTo(240 / 18, 12);
    expect(trunkLoad(0, 180, 20, 30)).toBe(0);
  });

  it('sizes each interval by Erlang B and provisions the peak (guide: 10 lines carry 4.461 E at 1%)', () => {
    // 4.461 E = calls × 200 s ÷ 1800 s → 40.149 calls.
    const r = trunkPlan(
      [
        { label: 'Mon 08:00', calls: 40.149, talkSeconds: 180, asaSeconds: 20 },
        { label: 'Mon 10:00', calls: 300, talkSeconds: 200, asaSeconds: 15, ivrSeconds: 30 },
        { label: 'Mon 20:00', calls: 10, talkSeconds: 180, asaSeconds: 5 },
      ],
      0.01,
      30,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rows[0].trunks).toBe(10);
    for (const row of r.value.rows) {
      expect(erlangB(row.load, row.trunks)).toBeLessThanOrEqual(0.01);
      expect(erlangB(row.load, row.trunks - 1)).toBeGreaterThan(0.01);
    }
    expect(r.value.peakLabel).toBe('Mon 10:00');
    expect(r.value.peakTrunks).toBe(Math.max(...r.value.rows.map((x) => x.trunks)));
  });

  it('a lower SL target needs fewer agents but more trunk load (callers wait on the line)', () => {
    const at = (slTarget: number) => {
      const s = baseStaff(dayForecast, { slTarget, targetSeconds: 20, intervalMinutes: 30 });
      if (!s.ok) throw new Error(s.message);
      const t = trunkPlan(s.value.map((x, i) => ({ calls: x.calls, talkSeconds: 180, asaSeconds: x.asaSeconds ?? 0, label: dayForecast[i].label })), 0.01, 30);
      if (!t.ok) throw new Error(t.message);
      return { agents: s.value.reduce((a, x) => a + x.agents, 0), load: t.value.rows.reduce((a, x) => a + x.load, 0), peak: t.value.peakTrunks };
    };
    const high = at(0.9);
    const low = at(0.6);
    expect(low.agents).toBeLessThan(high.agents);
    expect(low.load).toBeGreaterThan(high.load);
    expect(low.peak).toBeGreaterThanOrEqual(high.peak);
  });

  it('bad input is named', () => {
    const r = trunkPlan([{ label: 'Tue 09:00', calls: 10, talkSeconds: -1, asaSeconds: 0 }], 0.01, 30);
    expect(!r.ok && r.message).toBe('Tue 09:00: talkSeconds must be ≥ 0 (got -1)');
    const b = trunkPlan([], 0, 30);
    expect(!b.ok && b.message).toMatch(/^blocking/);
  });
});

describe('shrinkage', () => {
  const plan = {
    absence: 0.05,
    leave: { byMonth: [0.04, 0.04, 0.05, 0.06, 0.06, 0.08, 0.14, 0.15, 0.06, 0.05, 0.05, 0.1] },
    training: 0.03,
    meetings: { byWeekday: [0.04, 0.02, 0.02, 0.02, 0.01, 0, 0] },
    breaks: 0.0833,
  };

  it('sums the categories for the month and weekday', () => {
    const aug = shrinkageOn(plan, 8, 0);
    expect(aug.ok).toBe(true);
    if (aug.ok) {
      expect(aug.value.byCategory.leave).toBe(0.15);
      expect(aug.value.byCategory.meetings).toBe(0.04);
      expect(aug.value.byCategory.coaching).toBe(0);
      expect(aug.value.total).toBeCloseTo(0.05 + 0.15 + 0.03 + 0.04 + 0.0833, 12);
    }
    const feb = shrinkageOn(plan, 2, 4);
    if (feb.ok) expect(feb.value.total).toBeCloseTo(0.05 + 0.04 + 0.03 + 0.01 + 0.0833, 12);
  });



  it('rejects a total of 100% or more, unknown categories and wrong lengths', () => {
    const t = shrinkageOn({ absence: 0.5, leave: 0.5 }, 1, 0);
    expect(!t.ok && t.message).toMatch(/total shrinkage .* is 100\.0%; it must stay below 100%/);
    const u = shrinkageOn({ lunch: 0.1 } as never, 1, 0);
    expect(!u.ok && u.message).toMatch(/unknown shrinkage category "lunch"/);
    const m = shrinkageOn({ leave: { byMonth: [0.1, 0.2] } }, 1, 0);
    expect(!m.ok && m.message).toMatch(/byMonth needs 12 values/);
  });
});
