/** simulateCentre's behaviour: reproducibility, intervals, routing, carry-over, options and bad input. */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { type CentreModel, type SimulationResult, ReplicationStreams, Replicator, compileModel, simulateCentre } from '../../src/core/simulation';

function run(model: CentreModel, options: Parameters<typeof simulateCentre>[1]): SimulationResult {
  const r = simulateCentre(model, options);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const oneQueue = (calls: number[], agents: number[], extra: Partial<CentreModel['queues'][number]> = {}): CentreModel => ({
  intervalMinutes: 30,
  queues: [{ name: 'billing', callsPerInterval: calls, ahtSeconds: 180, targetSeconds: 20, ...extra }],
  groups: [{ name: 'team', skills: ['billing'], agentsPerInterval: agents }],
});

describe('simulateCentre', () => {
  const day = oneQueue([40, 100, 160, 100, 40, 0], [6, 14, 20, 14, 6, 2]);

  test('the same seed gives the same figures; another seed other figures', () => {
    const a = run(day, { replications: 5, seed: 3 });
    expect(run(day, { replications: 5, seed: 3 })).toEqual(a);
    expect(run(day, { replications: 5, seed: 4 }).queues[0].serviceLevel!.mean).not.toBe(a.queues[0].serviceLevel!.mean);
  });

  test('figures per interval, by arrival; an interval without calls has none', () => {
    const r = run(day, { replications: 10, seed: 1 });
    const q = r.queues[0];
    expect(q.intervals).toHaveLength(6);
    expect(q.intervals[1].offered!.mean).toBeGreaterThan(80);
    expect(q.intervals[1].offered!.mean).toBeLessThan(120);
    expect(q.intervals[5].offered!.mean).toBe(0);
    expect(q.intervals[5].serviceLevel).toBeNull();
    // totals: offered adds up; SL, ASA and abandonment are shares of the whole day
    expect(q.offered!.mean).toBeCloseTo(q.intervals.reduce((s, i) => s + i.offered!.mean, 0), 9);
    expect(q.serviceLevel!.mean).toBeGreaterThan(0.6);
    expect(q.abandonRate!.mean).toBe(0);
    expect(r.centre.serviceLevel).toEqual(q.serviceLevel);
    for (const e of [q.serviceLevel!, q.asaSeconds!, r.groups[0].occupancy!]) {
      expect(e.ci95![0]).toBeLessThanOrEqual(e.mean);
      expect(e.ci95![1]).toBeGreaterThanOrEqual(e.mean);
      expect(e.samples).toBe(10);
    }
    // the last interval has 2 agents and no calls: idle
    expect(r.groups[0].intervals[5]!.mean).toBeLessThan(0.5);
  });

  test('the queue carries over a boundary: calls of an unstaffed interval are answered in the next one', () => {
    // interval 2 has nobody: its callers (patient) wait for interval 3's agents
    const r = run(oneQueue([60, 60, 0], [10, 0, 10]), { replications: 10, seed: 2 });
    const [first, second] = r.queues[0].intervals;
    expect(first.serviceLevel!.mean).toBeGreaterThan(0.9);
    expect(second.serviceLevel!.mean).toBeLessThan(0.02);
    expect(second.asaSeconds!.mean).toBeGreaterThan(600); // on average half an interval and more
    expect(second.unansweredRate!.mean).toBe(0);
    expect(r.queues[0].abandonRate!.mean).toBe(0);
  });

  test('with patience the callers of an unstaffed interval abandon; with no agent left they are unanswered', () => {
    const impatient = run(oneQueue([60, 60, 0], [10, 0, 10], { patienceSeconds: 120 }), { replications: 10, seed: 2 });
    expect(impatient.queues[0].intervals[1].abandonRate!.mean).toBeGreaterThan(0.9);
    const closed = run(oneQueue([60, 60], [10, 0]), { replications: 10, seed: 2 });
    expect(closed.queues[0].intervals[1].unansweredRate!.mean).toBe(1);
  });

  test('agents cut at a boundary finish their calls: logged-in time above the roster, occupancy near 1', () => {
    // 60 Erlangs for 20 agents, then 2 agents and no new call: the 18 leaving finish their
    // calls in interval 2 (logged in while they do), the 2 staying work the line down after it
    const r = run(oneQueue([600, 0], [20, 2]), { replications: 5, seed: 5 });
    expect(r.groups[0].intervals[0]!.mean).toBeGreaterThan(0.95);
    expect(r.groups[0].intervals[1]!.mean).toBeGreaterThan(0.99);
    expect(r.queues[0].unansweredRate!.mean).toBe(0);
    expect(r.queues[0].abandonRate!.mean).toBe(0);
  });

  test('a group serves its first skill first', () => {
    // one group of 10 for 10 Erlangs of a and 2 of b: b waits behind a
    const model: CentreModel = {
      intervalMinutes: 30,
      queues: [
        { name: 'a', callsPerInterval: Array(8).fill(100), ahtSeconds: 180, targetSeconds: 20 },
        { name: 'b', callsPerInterval: Array(8).fill(20), ahtSeconds: 180, targetSeconds: 20 },
      ],
      groups: [{ name: 'team', skills: ['a', 'b'], agentsPerInterval: Array(8).fill(14) }],
    };
    const r = run(model, { replications: 10, seed: 6 });
    expect(r.queues[0].asaSeconds!.mean).toBeLessThan(r.queues[1].asaSeconds!.mean / 2);
    const pooled = run({ ...model, groups: [{ ...model.groups[0], selection: 'longestWaiting' }] }, { replications: 10, seed: 6 });
    expect(Math.abs(pooled.queues[0].asaSeconds!.mean - pooled.queues[1].asaSeconds!.mean)).toBeLessThan(pooled.queues[1].asaSeconds!.halfWidth! * 2);
  });

  test('an arriving call goes to the group that ranks its queue first (specialists before generalists)', () => {
    const model: CentreModel = {
      intervalMinutes: 30,
      queues: [{ name: 'a', callsPerInterval: [20, 20], ahtSeconds: 180, targetSeconds: 20 }, { name: 'b', callsPerInterval: [0, 0], ahtSeconds: 180, targetSeconds: 20 }],
      groups: [
        { name: 'generalists', skills: ['b', 'a'], agentsPerInterval: [10, 10] },
        { name: 'specialists', skills: ['a'], agentsPerInterval: [10, 10] },
      ],
    };
    const r = run(model, { replications: 5, seed: 8 });
    expect(r.groups[0].occupancy!.mean).toBeLessThan(0.01); // 2 Erlangs fit the 10 specialists
    expect(r.groups[1].occupancy!.mean).toBeGreaterThan(0.15);
  });

  test('volumeFactor scales the calls; absence draws fewer agents', () => {
    const base = run(day, { replications: 10, seed: 9 });
    const more = run(day, { replications: 10, seed: 9, volumeFactor: 1.1 });
    expect(more.queues[0].offered!.mean / base.queues[0].offered!.mean).toBeGreaterThan(1.05);
    expect(more.queues[0].serviceLevel!.mean).toBeLessThan(base.queues[0].serviceLevel!.mean);
    const absent = run({ ...day, groups: [{ ...day.groups[0], absence: 0.3 }] }, { replications: 10, seed: 9 });
    expect(absent.queues[0].serviceLevel!.mean).toBeLessThan(base.queues[0].serviceLevel!.mean - 0.2);
  });

  test('lognormal handle times keep the AHT (occupancy = A/N without abandonment)', () => {
    const n = 16;
    const r = run(oneQueue(Array(n).fill(100), Array(n).fill(14), { handleTime: { kind: 'lognormal', cv: 0.6 } }), { replications: 10, seed: 10, warmupMinutes: 60 });
    const occupancy = r.groups[0].occupancy!;
    expect(Math.abs(occupancy.mean - 10 / 14)).toBeLessThan(Math.max(2 * occupancy.halfWidth!, 0.01));
    // less variable handle times wait less than exponential ones (M/G/N below M/M/N)
    const exponential = run(oneQueue(Array(n).fill(100), Array(n).fill(14)), { replications: 10, seed: 10, warmupMinutes: 60 });
    expect(r.queues[0].asaSeconds!.mean).toBeLessThan(exponential.queues[0].asaSeconds!.mean);
  });

  test('the warm-up leaves out the first calls', () => {
    const r = run(oneQueue([100, 100, 100, 100], [14, 14, 14, 14]), { replications: 4, seed: 1, warmupMinutes: 60 });
    expect(r.queues[0].intervals[0].offered).toBeNull();
    expect(r.queues[0].intervals[1].offered).toBeNull();
    expect(r.queues[0].intervals[2].offered!.mean).toBeGreaterThan(50);
    expect(r.groups[0].intervals[0]).toBeNull();
  });

  describe('common random numbers: every staffing meets the same callers', () => {
    const counts = (model: CentreModel, replication: number) => {
      const m = compileModel(model);
      if (!m.ok) throw new Error(m.message);
      const c = new Replicator(m.value).run(new ReplicationStreams(21, replication, model.queues.length), 0);
      const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
      return { offered: sum(c.offered), within: sum(c.answeredWithin), wait: sum(c.waitSeconds), answered: sum(c.answered) };
    };

    test('one queue, first come first served: the same calls, and each more agent answers every caller as soon or sooner, replication by replication', () => {
      // FCFS G/G/N with the callers' arrival and handle times fixed: each caller's wait falls with N (Kiefer–Wolfowitz's workload recursion)
      const busy = [100, 100, 100, 100, 100, 100];
      for (let replication = 0; replication < 5; replication += 1) {
        const runs = [11, 12, 13, 14, 16].map((n) => counts(oneQueue(busy, busy.map(() => n)), replication));
        expect(new Set(runs.map((r) => r.offered)).size).toBe(1);
        expect(new Set(runs.map((r) => r.answered)).size).toBe(1);
        for (let k = 1; k < runs.length; k += 1) {
          expect(runs[k].within).toBeGreaterThanOrEqual(runs[k - 1].within);
          expect(runs[k].wait).toBeLessThanOrEqual(runs[k - 1].wait);
        }
      }
    });

    test('restaffing one team leaves an independent queue exactly as it was; its own queue sees the same calls', () => {
      const twoTeams = (agentsB: number): CentreModel => ({
        intervalMinutes: 30,
        queues: [
          { name: 'a', callsPerInterval: [60, 60, 60], ahtSeconds: 200, targetSeconds: 20, patienceSeconds: 120 },
          { name: 'b', callsPerInterval: [80, 80, 80], ahtSeconds: 150, targetSeconds: 20, patienceSeconds: 120 },
        ],
        groups: [
          { name: 'ta', skills: ['a'], agentsPerInterval: [8, 8, 8] },
          { name: 'tb', skills: ['b'], agentsPerInterval: [agentsB, agentsB, agentsB], absence: 0.1 },
        ],
      });
      const few = run(twoTeams(6), { replications: 5, seed: 4 });
      const many = run(twoTeams(10), { replications: 5, seed: 4 });
      expect(many.queues[0]).toEqual(few.queues[0]);
      expect(many.queues[1].offered).toEqual(few.queues[1].offered);
      expect(many.queues[1].serviceLevel!.mean).toBeGreaterThan(few.queues[1].serviceLevel!.mean);
    });
  });

  test.each<[string, CentreModel | undefined, Partial<Parameters<typeof simulateCentre>[1]>, string]>([
    ['a skill naming no queue', { ...day, groups: [{ ...day.groups[0], skills: ['billing', 'sales'] }] }, {}, 'group team: skill sales names no queue (queues: billing)'],
    ['a queue no group serves', { ...day, queues: [...day.queues, { ...day.queues[0], name: 'sales' }] }, {}, 'queue sales is served by no group (name it in a group\'s skills)'],
    ['intervals that disagree', { ...day, groups: [{ ...day.groups[0], agentsPerInterval: [1, 2] }] }, {}, 'group team: agentsPerInterval has 2 intervals, the centre 6'],
    ['fractional agents', { ...day, groups: [{ ...day.groups[0], agentsPerInterval: [1, 2.5, 3, 4, 5, 6] }] }, {}, 'group team: agents in interval 2 must be a whole number, 0 or more (got 2.5)'],
    ['a zero AHT', { ...day, queues: [{ ...day.queues[0], ahtSeconds: 0 }] }, {}, 'queue billing: aht in interval 1 must be greater than 0 seconds (got 0)'],
    ['a zero patience', { ...day, queues: [{ ...day.queues[0], patienceSeconds: 0 }] }, {}, 'queue billing: patience must be greater than 0 seconds (got 0)'],
    ['a queue named twice', { ...day, queues: [day.queues[0], day.queues[0]] }, {}, 'queue billing is named twice'],
    ['one replication', undefined, { replications: 1 }, 'replications must be a whole number, 2 or more (got 1)'],
    ['a warm-up as long as the day', undefined, { warmupMinutes: 180 }, 'warmupMinutes must be at least 0 and shorter than the 180 minutes simulated (got 180)'],
  ])('bad input: %s', (_, model, options, message) => {
    const r = simulateCentre(model ?? day, { replications: 2, seed: 1, ...options });
    expect(r).toMatchObject({ ok: false, code: 'invalid', message });
  });
});

test('src/core/simulation imports nothing but core modules (it runs in a Web Worker)', () => {
  const dir = path.resolve(__dirname, '../../src/core/simulation');
  for (const file of readdirSync(dir)) {
    const imports = [...readFileSync(path.join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) expect(`${file}: ${spec}`).toMatch(/: \.\.?\/[\w./]+$/);
    expect(imports.some((s) => /^\.\.\/\.\.\//.test(s))).toBe(false);
  }
});
