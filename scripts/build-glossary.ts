/**
 * Writes docs/glossary.md from src/i18n/glossary.ts (the data the catalogues
 * and tests use). Run: npx tsx scripts/build-glossary.ts
 * test/i18n/glossary.test.ts checks the committed file is up to date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryMarkdown } from '../src/i18n/glossaryMarkdown';

writeFileSync(join(__dirname, '..', 'docs', 'glossary.md'), glossaryMarkdown());
process.stderr.write('wrote docs/glossary.md\n');
