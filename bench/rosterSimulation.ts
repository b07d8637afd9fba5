/**
 * The plan's simulation check (issue 15, item 5): how long simulating each
 * scenario's published week takes and how wide its 95% interval is, by
 * replications, on the sample plan's rosters (test/fixtures/sample-plan.json,
 * `scenarios[].roster`). The plan's budget for all its simulation is 1.5 s.
 *
 * Run: npx tsx bench/rosterSimulation.ts [plan.json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanResult } from '../src/core/plan/planResult';
import { ROSTER_REPLICATIONS, simulateRoster } from '../src/core/scenario/simulateRoster';
import type { ServiceObjective } from '../src/core/staffing/types';

const file = process.argv[2] ?? join(__dirname, '..', 'test', 'fixtures', 'sample-plan.json');
const plan = JSON.parse(readFileSync(file, 'utf8')) as PlanResult;
const interval = plan.history.intervalMinutes;

console.log(`${file}: ${plan.scenarios.length} scenarios, the plan uses ${ROSTER_REPLICATIONS} replications`);
console.log('scenario  replications  CPU ms     SL sim   95% half-width  Erlang SL');
let planMs = 0;
for (const replications of [10, 20, 40]) {
  let total = 0;
  for (const s of plan.scenarios) {
    const objective: ServiceObjective = { slTarget: s.slTarget, targetSeconds: s.targetSeconds, intervalMinutes: interval, patienceSeconds: plan.service.patienceSeconds };
    simulateRoster(s.roster, objective, { replications: 2 }); // warm the JIT
    // CPU time, not wall time: on a shared machine the wall clock counts other processes' turns
    const started = process.cpuUsage();
    const r = simulateRoster(s.roster, objective, { replications });
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    total += ms;
    if (!r.ok) throw new Error(r.message);
    const half = (r.value.ci95[1] - r.value.ci95[0]) / 2;
    console.log(`${s.id.padEnd(9)} ${String(replications).padStart(12)}  ${ms.toFixed(0).padStart(5)}  ${(r.value.serviceLevel * 100).toFixed(2)}%   ±${(half * 100).toFixed(2)} pts       ${(s.commitment.serviceLevel * 100).toFixed(2)}%`);
  }
  if (replications === ROSTER_REPLICATIONS) planMs = total;
  console.log(`  all scenarios at ${replications} replications: ${total.toFixed(0)} ms`);
}
console.log(`the plan's simulation (${ROSTER_REPLICATIONS} replications): ${planMs.toFixed(0)} ms of the 1500 ms budget`);
