/**
 * functions.json as the metadata plugin generates it from the JSDoc of
 * src/functions/functions.ts: every catalogue function with its exact id, its
 * arguments in catalogue order and names, and a description for each.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';
import { catalog } from '../../src/functions/catalog';
import { rangeCatalog } from '../../src/functions/rangeFunctions';

/** Every function's arguments: name and whether it is optional, from the two tables. */
const tables = [
  ...catalog.map((f) => ({ id: f.id, args: f.args.map((a) => ({ name: a.name, optional: Boolean(a.optional) })) })),
  ...rangeCatalog.map((f) => ({
    id: f.id,
    args: f.args.map((a) =>
      a.kind === 'number' ? { name: a.spec.name, optional: Boolean(a.spec.optional) } : { name: a.name, optional: a.kind === 'choice' }),
  })),
];

interface Parameter { name: string; description?: string; optional?: boolean }
interface Metadata { functions: { id: string; name: string; description?: string; parameters: Parameter[] }[] }

let metadata: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(join(__dirname, '../../src/functions/functions.ts'), true);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as Metadata;
});

test('lists exactly the catalogue functions with the contract ids', () => {
  const ids = metadata.functions.map((f) => f.id).sort();
  expect(ids).toEqual(tables.map((f) => f.id).sort());
  for (const id of ['ERLANGC', 'AGENTS_REQUIRED', 'TRUNKS_ERLANGB', 'SERVICE_LEVEL', 'FORECAST_RATIO', 'ERLANGB', 'TRAFFIC', 'ASA', 'OCCUPANCY', 'ABANDON_RATE', 'TRUNK_LOAD', 'SL_ACHIEVED', 'SCHEDULED_STAFF', 'FORECAST_ACCURACY', 'MONTH_SHARE', 'WEEKDAY_INDEX', 'INTERVAL_SHARE']) {
    expect(ids).toContain(id);
  }
  for (const f of metadata.functions) expect(f.name).toBe(f.id);
});

test('arguments match the catalogue in order, name and optionality, each with a description', () => {
  for (const f of metadata.functions) {
    const spec = tables.find((s) => s.id === f.id)!;
    expect(f.parameters.map((p) => p.name)).toEqual(spec.args.map((a) => a.name));
    f.parameters.forEach((p, i) => {
      expect(Boolean(p.optional)).toBe(spec.args[i].optional);
      expect((p.description ?? '').length).toBeGreaterThan(10);
    });
    expect((f.description ?? '').length).toBeGreaterThan(20);
  }
});

test('time and count arguments state their units', () => {
  for (const f of metadata.functions) {
    for (const p of f.parameters) {
      if (['aht', 'target', 'patience', 'talk', 'asa', 'ivr'].includes(p.name)) expect(p.description).toMatch(/seconds/);
      if (p.name === 'interval') expect(p.description).toMatch(/minutes/);
    }
  }
});
