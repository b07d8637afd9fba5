/** Jest global teardown: removes this run's shared plans. */
import { rmSync } from 'node:fs';
import { SHARED_PLANS_ENV } from './globalSetup';

export default function globalTeardown(): void {
  const dir = process.env[SHARED_PLANS_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
