#!/usr/bin/env node
/* Prints the production bundle's sizes (gzipped) by chunk group and fails over
 * the load budget: what loads before the custom functions register (the
 * functions entry) ≤ 150 KB gz; the wizard's initial code (task-pane entry +
 * the lazily loaded pane chunk group) ≤ 450 KB gz; the solver's WebAssembly
 * is loaded by the plan Worker only, never by the pane.
 * Usage: node scripts/bundle-sizes.js [dist]   (after `npm run build`) */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dist = path.resolve(process.argv[2] || 'dist');
const KB = 1024;
const BUDGETS = { functions: 150 * KB, wizard: 450 * KB };

const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

const { groups } = JSON.parse(fs.readFileSync(path.join(dist, 'chunk-groups.json'), 'utf8'));
const sizeOf = (files) => files.reduce((sum, f) => sum + gz(f), 0);
const rows = Object.entries(groups).map(([name, files]) => ({ name, files, gz: sizeOf(files) }));
for (const r of rows.sort((a, b) => a.name.localeCompare(b.name))) {
  console.log(`${r.name.padEnd(14)} ${kb(r.gz).padStart(10)} gz  ${r.files.join(', ')}`);
}

const problems = [];
const functions = sizeOf(groups.functions || []);
const wizardFiles = [...new Set([...(groups.taskpane || []), ...(groups.pane || [])])];
const wizard = sizeOf(wizardFiles);
console.log(`\nbefore functions register: ${kb(functions)} gz (budget ${kb(BUDGETS.functions)})`);
console.log(`wizard initial:            ${kb(wizard)} gz (budget ${kb(BUDGETS.wizard)})`);
if (!groups.functions) problems.push('no functions entry in the build');
if (!groups.pane) problems.push('no lazily loaded "pane" chunk group in the build');
if (functions > BUDGETS.functions) problems.push(`functions ${kb(functions)} gz is over ${kb(BUDGETS.functions)}`);
if (wizard > BUDGETS.wizard) problems.push(`wizard initial ${kb(wizard)} gz is over ${kb(BUDGETS.wizard)}`);
for (const f of wizardFiles) {
  const text = fs.readFileSync(path.join(dist, f), 'utf8');
  if (/highs\.[0-9a-f]+\.wasm/.test(text) && !/new Worker/.test(text)) problems.push(`${f} names the HiGHS wasm outside the Worker`);
}
const wasm = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.wasm'));
const workerFiles = Object.entries(groups).filter(([n]) => n === 'plan').flatMap(([, f]) => f);
if (wasm.length > 0 && !workerFiles.some((f) => wasm.some((w) => fs.readFileSync(path.join(dist, f), 'utf8').includes(w)))) {
  problems.push('the HiGHS wasm is not referenced by the plan Worker');
}
if (problems.length > 0) {
  console.error(`\nbundle budget: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('bundle budget: ok');
