/** Jest global setup: a fresh folder for this run's shared plans (test/support/sharedPlans.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup(): void {
  process.env.NINESTEP_SHARED_PLANS = mkdtempSync(join(tmpdir(), 'ninestep-shared-plans-'));
}
