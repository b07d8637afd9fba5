/**
 * Writes src/core/calendar/regionCodes.json: every country and subdivision
 * code date-holidays knows, so that the config schema (and with it the task
 * pane's first chunk) can check a region without loading the holiday data;
 * and src/core/calendar/regionNames.json: their names for the pane's region
 * picker (countries in English and Chinese, subdivisions as date-holidays
 * names them).
 * Run after upgrading date-holidays: npx tsx scripts/region-codes.ts
 * test/calendar/regions.test.ts checks the files against the installed package.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionCodesOfLibrary } from '../test/support/regionCodes';
import { regionNamesOfLibrary } from '../test/support/regionNames';

const dir = join(__dirname, '..', 'src', 'core', 'calendar');
writeFileSync(join(dir, 'regionCodes.json'), `${JSON.stringify(regionCodesOfLibrary())}\n`);
writeFileSync(join(dir, 'regionNames.json'), `${JSON.stringify(regionNamesOfLibrary())}\n`);
