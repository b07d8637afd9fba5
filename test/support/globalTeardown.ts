/** Jest global teardown: removes this run's shared plans. */
import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
  const dir = process.env.NINESTEP_SHARED_PLANS;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
