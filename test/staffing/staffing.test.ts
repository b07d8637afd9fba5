import fc from 'fast-check';
import { agentHours, baseStaff, periodServiceLevel } from '../../src/core/staffing/baseStaff';
import { comparePeriodTarget, periodStaff } from '../../src/core/staffing/periodStaff';
import { intervalMetrics } from '../../src/core/staffing/intervalMetrics';
import { DAY_CALLS, dayForecast } from './dayProfile';

const objective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };

describe('baseStaff (interval by interval)', () => {
  it('reproduces the planning guide Erlang C figures: 100 calls, 180 s, 14 agents at 80/20', () => {
    const r = baseStaff([{ calls: 100, ahtSeconds: 180 }], objective);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = r.value[0];
    // 13 agents give SL < 0.8 at 10 E (so 14 is the smallest): guide gives SL(14) = 0.88835.
    expect(row.agents).toBeLessThanOrEqual(14);
    const m14 = intervalMetrics({ calls: 100, ahtSeconds: 180 }, 14, objective, 'x');
    expect(m14.traffic).toBeCloseTo(10, 12);
    expect(m14.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(m14.asaSeconds).toBeCloseTo(7.836, 3);
    expect(m14.occupancy).toBeCloseTo(0.7142857, 7);
    expect(row.serviceLevel).toBeGreaterThanOrEqual(0.8);
    const fewer = intervalMetrics({ calls: 100, ahtSeconds: 180 }, row.agents - 1, objective, 'x');
    expect(fewer.serviceLevel).toBeLessThan(0.8);
  });

  it('Erlang A reproduces the guide: patience 300 s, 14 agents → SL 0.916792, abandon 0.013984', () => {
    const m = intervalMetrics({ calls: 100, ahtSeconds: 180 }, 14, { ...objective, patienceSeconds: 300 }, 'x');
    expect(m.serviceLevel).toBeCloseTo(0.916792, 5);
    expect(m.abandonRate).toBeCloseTo(0.013984, 5);
  });

  it('the occupancy cap adds agents', () => {
    const free = baseStaff([{ calls: 1000, ahtSeconds: 300 }], objective);
    const capped = baseStaff([{ calls: 1000, ahtSeconds: 300 }], { ...objective, maxOccupancy: 0.85 });
    expect(free.ok && capped.ok).toBe(true);
    if (free.ok && capped.ok) {
      expect(capped.value[0].agents).toBeGreaterThan(free.value[0].agents);
      expect(capped.value[0].occupancy).toBeLessThanOrEqual(0.85);
    }
  });

  it('0 calls → 0 agents, SL 1, no NaN', () => {
    const r = baseStaff([{ calls: 0, ahtSeconds: 180 }], objective);
    expect(r).toEqual({ ok: true, value: [expect.objectContaining({ agents: 0, serviceLevel: 1, occupancy: 0, asaSeconds: 0 })] });
  });

  it('bad input names the interval', () => {
    const r = baseStaff([{ calls: 10, ahtSeconds: 180 }, { label: 'Mon 09:30', calls: -3, ahtSeconds: 180 }], objective);
    expect(r).toEqual({ ok: false, code: 'invalid', message: 'Mon 09:30: calls must be ≥ 0 (got -3)' });
    const aht = baseStaff([{ calls: 10, ahtSeconds: 0 }], objective);
    expect(!aht.ok && aht.message).toBe('interval 1: ahtSeconds must be > 0 (got 0)');
    const sl = baseStaff([{ calls: 10, ahtSeconds: 10 }], { ...objective, slTarget: 80 });
    expect(!sl.ok && sl.message).toMatch(/^slTarget/);
  });
});

describe('period-level target (realistic day profile, hand-made; the embedded sample comes later)', () => {
  it('meets the daily SL with fewer agent-hours than interval-by-interval staffing', () => {
    const r = comparePeriodTarget(dayForecast, objective);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { intervalLevel, periodLevel, savingAgentHours } = r.value;
    // Independent recomputation of the daily SL from the agents chosen.
    const recomputed = periodServiceLevel(
      periodLevel.rows.map((row, i) => ({ calls: DAY_CALLS[i], serviceLevel: intervalMetrics(dayForecast[i], row.agents, objective, '').serviceLevel })),
    );
    expect(recomputed).toBeGreaterThanOrEqual(0.8);
    expect(periodLevel.serviceLevel).toBeCloseTo(recomputed, 12);
    expect(intervalLevel.rows.every((row) => row.serviceLevel >= 0.8)).toBe(true);
    expect(periodLevel.agentHours).toBeLessThan(intervalLevel.agentHours);
    expect(savingAgentHours).toBeCloseTo(intervalLevel.agentHours - periodLevel.agentHours, 9);
    expect(agentHours(periodLevel.rows, 30)).toBe(periodLevel.agentHours);
    // Printed for the record (the issue asks to show both).
    console.log(
      `interval-by-interval: ${intervalLevel.agentHours} agent-hours, daily SL ${(intervalLevel.serviceLevel * 100).toFixed(2)}%; ` +
        `period-level: ${periodLevel.agentHours} agent-hours, daily SL ${(periodLevel.serviceLevel * 100).toFixed(2)}%; ` +
        `saving ${savingAgentHours} agent-hours (${(r.value.savingShare * 100).toFixed(1)}%)`,
    );
  });

  it('is minimal: removing any single agent breaks the daily target', () => {
    const r = periodStaff(dayForecast, objective);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rows = r.value.rows;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i].agents <= Math.floor(rows[i].traffic) + 1) continue; // cannot go below a stable queue
      const trial = rows.map((row, k) => ({
        calls: row.calls,
        serviceLevel: k === i ? intervalMetrics(dayForecast[k], row.agents - 1, objective, '').serviceLevel : row.serviceLevel,
      }));
      expect(periodServiceLevel(trial)).toBeLessThan(0.8);
    }
  });

  it('respects an SL floor per interval', () => {
    const r = periodStaff(dayForecast, objective, { minIntervalServiceLevel: 0.6 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.rows.every((row) => row.serviceLevel >= 0.6)).toBe(true);
  });

  it('property: for random days the period target is met and never costs more than interval-by-interval', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 120, max: 600 }), (calls, aht) => {
        const f = calls.map((c) => ({ calls: c, ahtSeconds: aht }));
        const r = comparePeriodTarget(f, objective);
        if (!r.ok) return false;
        return r.value.periodLevel.serviceLevel >= 0.8 - 1e-12 && r.value.periodLevel.agentHours <= r.value.intervalLevel.agentHours;
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('period-level target against brute force', () => {
  it('uses the fewest agents of any staffing meeting the daily SL (3 intervals, exhaustive search)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 3, maxLength: 3 }), (calls) => {
        const f = calls.map((c) => ({ calls: c, ahtSeconds: 180 }));
        const r = periodStaff(f, objective);
        if (!r.ok) return false;
        const ranges = f.map((x) => {
          const a = (x.calls * 180) / 1800;
          return { lo: Math.floor(a) + 1, hi: Math.floor(a) + 15 };
        });
        const sl = f.map((x, i) => {
          const out: number[] = [];
          for (let n = ranges[i].lo; n <= ranges[i].hi; n++) out[n] = intervalMetrics(x, n, objective, '').serviceLevel;
          return out;
        });
        const total = calls.reduce((s, c) => s + c, 0);
        let best = Infinity;
        for (let a = ranges[0].lo; a <= ranges[0].hi; a++)
          for (let b = ranges[1].lo; b <= ranges[1].hi; b++)
            for (let c = ranges[2].lo; c <= ranges[2].hi; c++) {
              const w = calls[0] * sl[0][a] + calls[1] * sl[1][b] + calls[2] * sl[2][c];
              if (w >= 0.8 * total - 1e-9 && a + b + c < best) best = a + b + c;
            }
        const mine = r.value.rows.reduce((s, x) => s + x.agents, 0);
        return mine === best;
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
