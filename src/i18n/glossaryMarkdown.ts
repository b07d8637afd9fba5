/** docs/glossary.md as text, from the glossary data. */
import { glossaryTerms } from './glossary';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function glossaryMarkdown(): string {
  const rows = glossaryTerms().map((t) =>
    `| ${cell(t.en)} | ${cell(t.zhCN)} | ${cell((t.avoid ?? []).join('、'))} | ${cell(t.note)} |`);
  return [
    '# Glossary: English ↔ 简体中文',
    '',
    'Generated from `src/i18n/glossary.ts` by `npx tsx scripts/build-glossary.ts`; do not edit by hand.',
    'Every zh-CN catalogue (function messages, function help, workbook labels) uses these terms;',
    '`test/i18n/glossary.test.ts` checks it. Function ids (`WFM.*`) and argument names stay English in every language.',
    '',
    '| English | 简体中文 | avoid | note |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
