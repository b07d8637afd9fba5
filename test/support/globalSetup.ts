/** Jest global setup: a fresh folder for this run's shared plans (test/support/sharedPlans.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment variable that names the run's folder; suites (and workers) inherit it. */
export const SHARED_PLANS_ENV = 'NINESTEP_SHARED_PLANS';

export default function globalSetup(): void {
  process.env[SHARED_PLANS_ENV] = mkdtempSync(join(tmpdir(), 'ninestep-shared-plans-'));
}
