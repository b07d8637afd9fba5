import { renderNote } from '../../src/core/notes/render';
import { costBreakdown, COST_CATEGORIES, COST_CATEGORY_IDS, seatCount } from '../../src/core/cost';
import { FEBRUARY, JANUARY, RATES, SMALL_PLAN } from './fixtures';

/*
 * Hand-worked small plan (rates in fixtures.ts: wage 20/h, on-cost 30%,
 * 15 agents per supervisor at 30/h, 10% spare seats at 400, equipment 50,
 * licences 120 per seat, trunk 25 per line + 0.01 per minute, network 1,500,
 * professional services 2,000, shared platforms 1,000 per month).
 *
 * January: 3,000 paid hours, 20,000 calls, 80,000 handled min, peak 37 agents, 45 trunks, 90,000 trunk min
 *   labour      = 3000 × 20 × 1.3                 = 78,000
 *   supervision = 3000 / 15 × 30 × 1.3 = 200 × 39   =  7,800
 *   seats       = ceil(37 × 1.1 = 40.7)            =     41
 *   space       = 41 × 400                          = 16,400
 *   equipment   = 41 × 50                           =  2,050
 *   licences    = 41 × 120                          =  4,920
 *   trunks      = 45 × 25 + 90,000 × 0.01 = 1,125 + 900 = 2,025
 *   fixed       = 1,500 + 2,000 + 1,000             =  4,500
 *   total       = 78,000 + 7,800 + 16,400 + 2,050 + 4,920 + 2,025 + 4,500 = 115,695
 *   per call    = 115,695 / 20,000 = 5.78475; per handled minute = 115,695 / 80,000 = 1.4461875
 *
 * February: 2,400 h, 16,000 calls, 64,000 min, peak 30, 40 trunks, 72,000 trunk min
 *   labour 2400 × 26 = 62,400; supervision 160 × 39 = 6,240; seats ceil(33) = 33;
 *   space 13,200; equipment 1,650; licences 3,960; trunks 1,000 + 720 = 1,720; fixed 4,500
 *   total = 62,400 + 6,240 + 13,200 + 1,650 + 3,960 + 1,720 + 4,500 = 93,670; per call 5.854375
 *
 * Both months: labour 140,400; supervision 14,040; space 29,600; equipment 3,700;
 *   licences 8,880; trunks 3,745; network 3,000; professional 4,000; shared 2,000
 *   total 209,365; per call 209,365 / 36,000 = 5.81569444…; per minute 209,365 / 144,000 = 1.45392361…
 *   labour share (140,400 + 14,040) / 209,365 = 154,440 / 209,365 = 0.73765911…
 */
describe('costBreakdown: hand-worked small plan', () => {
  const r = costBreakdown(SMALL_PLAN, RATES);
  if (!r.ok) throw new Error(r.message);
  const b = r.value;

  it('January by category', () => {
    const jan = b.months[0];
    expect(jan.month).toBe('2025-01');
    expect(jan.seats).toBe(41);
    expect(jan.byCategory).toEqual({
      labour: 78000,
      supervision: 7800,
      space: 16400,
      equipment: 2050,
      licences: 4920,
      trunks: 2025,
      network: 1500,
      professionalServices: 2000,
      sharedPlatforms: 1000,
    });
    expect(jan.total).toBeCloseTo(115695, 9);
    expect(jan.costPerCall).toBeCloseTo(5.78475, 12);
    expect(jan.costPerHandledMinute).toBeCloseTo(1.4461875, 12);
  });

  it('February by category', () => {
    const feb = b.months[1];
    expect(feb.seats).toBe(33);
    expect(feb.byCategory.labour).toBeCloseTo(62400, 9);
    expect(feb.byCategory.supervision).toBeCloseTo(6240, 9);
    expect(feb.byCategory.space).toBe(13200);
    expect(feb.byCategory.equipment).toBe(1650);
    expect(feb.byCategory.licences).toBe(3960);
    expect(feb.byCategory.trunks).toBeCloseTo(1720, 9);
    expect(feb.total).toBeCloseTo(93670, 9);
    expect(feb.costPerCall).toBeCloseTo(5.854375, 12);
  });

  it('totals over both months', () => {
    const t = b.total;
    expect(t.months).toBe(2);
    expect(t.byCategory.labour).toBeCloseTo(140400, 9);
    expect(t.byCategory.supervision).toBeCloseTo(14040, 9);
    expect(t.byCategory.space).toBe(29600);
    expect(t.byCategory.equipment).toBe(3700);
    expect(t.byCategory.licences).toBe(8880);
    expect(t.byCategory.trunks).toBeCloseTo(3745, 9);
    expect(t.byCategory.network).toBe(3000);
    expect(t.byCategory.professionalServices).toBe(4000);
    expect(t.byCategory.sharedPlatforms).toBe(2000);
    expect(t.total).toBeCloseTo(209365, 9);
    expect(t.calls).toBe(36000);
    expect(t.handledMinutes).toBe(144000);
    expect(t.paidHours).toBe(5400);
    expect(t.costPerCall).toBeCloseTo(5.8156944444, 9);
    expect(t.costPerHandledMinute).toBeCloseTo(1.4539236111, 9);
    expect(t.labourShare).toBeCloseTo(0.7376591121, 9);
    expect(b.currency).toBe('USD');
    expect(b.notes).toEqual([]);
  });

  it('the month total is the sum of the categories, and the grand total the sum of the months', () => {
    for (const m of b.months) {
      expect(m.total).toBe(COST_CATEGORY_IDS.reduce((s, id) => s + m.byCategory[id], 0));
    }
    expect(b.total.total).toBeCloseTo(b.months[0].total + b.months[1].total, 9);
  });

  it('exports the categories as data, in display order, with English labels', () => {
    expect(COST_CATEGORIES.map((c) => c.id)).toEqual([
      'labour', 'supervision', 'space', 'equipment', 'licences', 'trunks', 'network', 'professionalServices', 'sharedPlatforms',
    ]);
    expect(COST_CATEGORIES.every((c) => /^[A-Z][a-z ]+$/.test(c.label))).toBe(true);
    expect(Object.keys(b.months[0].byCategory)).toEqual([...COST_CATEGORY_IDS]);
  });
});

describe('seats: whole seats, rounded up, immune to binary noise', () => {
  it('rounds up a fractional need', () => {
    expect(seatCount(37, 0.1)).toBe(41); // 40.7 → 41
    expect(seatCount(0, 0.1)).toBe(0);
    expect(seatCount(10, 0)).toBe(10);
  });
  it('100 × 1.1 is 110 seats, not 111 (100 * 1.1 === 110.00000000000001 in JS)', () => {
    expect(100 * 1.1).not.toBe(110);
    expect(seatCount(100, 0.1)).toBe(110);
    expect(seatCount(30, 0.1)).toBe(33);
    expect(seatCount(70, 0.15)).toBe(81); // 80.5 → 81
  });
});

describe('zero denominators give undefined with a note, never NaN', () => {
  it('a month without calls', () => {
    const r = costBreakdown({ months: [{ ...JANUARY, calls: 0, handledMinutes: 0 }, FEBRUARY] }, RATES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.months[0].costPerCall).toBeUndefined();
    expect(r.value.months[0].costPerHandledMinute).toBeUndefined();
    expect(r.value.months[1].costPerCall).toBeCloseTo(5.854375, 12);
    expect(r.value.notes.map((n) => renderNote(n, 'en'))).toEqual([
      'month 2025-01: no calls, so cost per call is undefined',
      'month 2025-01: no handled minutes, so cost per handled minute is undefined',
    ]);
    expect(JSON.stringify(r.value)).not.toContain('NaN');
  });
  it('an all-zero plan: totals 0, every ratio undefined', () => {
    const zeroRates = { ...RATES, networkMonthly: 0, professionalServicesMonthly: 0, sharedPlatformsMonthly: 0 };
    const zeroMonth = { month: '2025-03', paidHours: 0, calls: 0, handledMinutes: 0, peakScheduledAgents: 0, trunks: 0, trunkMinutes: 0 };
    const r = costBreakdown({ months: [zeroMonth] }, zeroRates);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total.total).toBe(0);
    expect(r.value.total.costPerCall).toBeUndefined();
    expect(r.value.total.labourShare).toBeUndefined();
    expect(r.value.notes.map((n) => renderNote(n, 'en'))).toContain('the total cost is 0, so the labour share is undefined');
  });
});

describe('a vanishing denominator gives undefined, not Infinity', () => {
  it('5e-324 handled minutes (a subnormal a fuzzer found) do not overflow the ratio', () => {
    const r = costBreakdown({ months: [{ ...JANUARY, handledMinutes: 5e-324 }] }, RATES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.months[0].costPerHandledMinute).toBeUndefined();
    expect(r.value.total.costPerHandledMinute).toBeUndefined();
    expect(r.value.notes.map((n) => renderNote(n, 'en'))).toEqual(['month 2025-01: no handled minutes, so cost per handled minute is undefined']);
  });
});

describe('any number of months', () => {
  it('twelve months sum to an annual total', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ ...JANUARY, month: `2025-${String(i + 1).padStart(2, '0')}` }));
    const r = costBreakdown({ months }, RATES);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.total.months).toBe(12);
      expect(r.value.total.total).toBeCloseTo(12 * 115695, 6);
    }
  });
});
