/**
 * functions.zh-CN.json as the build produces it (localizeMetadata over the
 * generated functions.json and src/functions/i18n/zh-CN.ts): every function and
 * argument of the English metadata, same ids, names, argument names, order and
 * optionality, a non-empty Chinese description for each; and the manifest
 * points Office at it for zh-CN.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS_ZH_CN } from '../../src/functions/i18n/zh-CN';
import { type FunctionsMetadata, localizeMetadata, translationProblems } from '../../src/functions/i18n/localizeMetadata';

const CJK = /[\u4e00-\u9fff]/;
let english: FunctionsMetadata;
let chinese: FunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(join(__dirname, '../../src/functions/functions.ts'), true);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as FunctionsMetadata;
  chinese = localizeMetadata(english, FUNCTIONS_ZH_CN);
});

test('the translation table covers exactly the functions and arguments', () => {
  expect(translationProblems(english, FUNCTIONS_ZH_CN)).toEqual([]);
});

test('same functions, ids, names (the English ids), arguments and optionality, in the same order', () => {
  expect(chinese.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
  chinese.functions.forEach((f, i) => {
    const en = english.functions[i];
    expect(f.name).toBe(en.id);
    expect(f.name).toBe(en.name);
    expect(f.result).toEqual(en.result);
    expect(f.parameters.map((p) => [p.name, Boolean(p.optional), p.type, p.dimensionality])).toEqual(
      en.parameters.map((p) => [p.name, Boolean(p.optional), p.type, p.dimensionality]),
    );
  });
  expect(chinese.allowCustomDataForDataTypeAny).toBe(english.allowCustomDataForDataTypeAny);
});

test('every description is non-empty Chinese, different from the English', () => {
  chinese.functions.forEach((f, i) => {
    expect(f.description).toMatch(CJK);
    expect(f.description).not.toBe(english.functions[i].description);
    f.parameters.forEach((p) => expect(p.description).toMatch(CJK));
  });
});

test('validates as custom-functions metadata: ids and names follow the naming rules, descriptions are strings', () => {
  for (const f of chinese.functions) {
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(f.name).toMatch(/^[A-Za-z][A-Za-z0-9_.]{2,}$/);
    expect(typeof f.description).toBe('string');
    for (const p of f.parameters) {
      expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(typeof p.description).toBe('string');
    }
  }
  expect(JSON.parse(JSON.stringify(chinese))).toEqual(chinese);
});

test('times and intervals state their units in Chinese', () => {
  for (const f of chinese.functions) {
    for (const p of f.parameters) {
      if (['aht', 'target', 'patience', 'talk', 'asa', 'ivr'].includes(p.name)) expect(p.description).toMatch(/秒/);
      if (p.name === 'interval') expect(p.description).toMatch(/分钟/);
    }
  }
});

test('a missing or invented translation fails loudly', () => {
  const { ERLANGC: _dropped, ...partial } = FUNCTIONS_ZH_CN;
  expect(() => localizeMetadata(english, partial)).toThrow(/ERLANGC: no translation/);
  const extra = { ...FUNCTIONS_ZH_CN, TRAFFIC: { ...FUNCTIONS_ZH_CN.TRAFFIC, parameters: { ...FUNCTIONS_ZH_CN.TRAFFIC.parameters, speed: '速度' } } };
  expect(() => localizeMetadata(english, extra)).toThrow(/TRAFFIC\(speed\): translated but not an argument/);
});

test('the manifest overrides the metadata URL for zh-CN, keeping the WFM namespace', () => {
  const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
  expect(manifest).toMatch(
    /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*(<!--[^>]*-->\s*)?<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-CN.json"\/>\s*<\/bt:Url>/,
  );
  expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="WFM"\/>/);
});
