/**
 * Writes src/core/calendar/regionCodes.json: every country and subdivision
 * code date-holidays knows, so that the config schema (and with it the task
 * pane's first chunk) can check a region without loading the holiday data.
 * Run after upgrading date-holidays: npx tsx scripts/region-codes.ts
 * test/calendar/regions.test.ts checks the file against the installed package.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionCodesOfLibrary } from '../test/support/regionCodes';

writeFileSync(join(__dirname, '..', 'src', 'core', 'calendar', 'regionCodes.json'), `${JSON.stringify(regionCodesOfLibrary())}\n`);
