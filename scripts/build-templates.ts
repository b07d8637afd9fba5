/**
 * Generates templates/forecast.xlsx, schedule.xlsx and budget.xlsx from the
 * contract in src/report/templateContract.ts. Run: npx tsx scripts/build-templates.ts
 * The generated files are committed; test/workbook/templates.test.ts checks they match the contract.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_CONTRACTS } from '../src/report';
import { buildTemplate } from '../src/workbook/file/templateBuilder';

async function main(): Promise<void> {
  const dir = join(__dirname, '..', 'templates');
  for (const contract of Object.values(TEMPLATE_CONTRACTS)) {
    writeFileSync(join(dir, contract.file), await buildTemplate(contract));
    process.stderr.write(`wrote templates/${contract.file}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
