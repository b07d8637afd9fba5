/**
 * The label operations of a template in a language: each sheet's title (A1),
 * subtitle (A2), section headings, the caption left of every named cell, the
 * unit right of it. Written over the template's English text, so one
 * template set serves every language. And each sheet's finishing: the name
 * it shows, its footer and its protection, in the plan's language.
 */
import type { FillOperation, LabelOperation, SheetOperation, TemplateName } from './fillPlan';
import { TEMPLATE_CONTRACTS, columnLetter, findTable, planSheets } from './templateContract';
import type { TemplateLabels } from './templateLabels';

const shift = (address: string, columns: number): string => {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) + columns;
  return `${columnLetter(col)}${m[2]}`;
};

/** @example labelOperations('budget', templateLabels('zh-CN'))[0] //=> { kind: 'label', sheet: 'Budget', address: 'A1', text: '预算' } */
export function labelOperations(template: TemplateName, labels: TemplateLabels, omitSheets: readonly string[] = []): LabelOperation[] {
  const ops: LabelOperation[] = [];
  const label = (sheet: string, address: string, text: string, note?: boolean): void => {
    ops.push(note ? { kind: 'label', sheet, address, text, style: 'note' } : { kind: 'label', sheet, address, text });
  };
  for (const sheet of planSheets({ template, omitSheets })) {
    const l = labels.sheets[sheet.name];
    if (!l) throw new Error(`no labels for sheet ${sheet.name}`);
    label(sheet.name, 'A1', l.title);
    label(sheet.name, 'A2', l.subtitle);
    for (const s of sheet.sections) label(sheet.name, s.address, l.sections[s.address] ?? s.text, s.note);
    for (const c of sheet.cells) {
      label(sheet.name, shift(c.address, -1), l.cells[c.name] ?? c.label);
      if (c.unit) label(sheet.name, shift(c.address, 1), l.units[c.name] ?? c.unit);
    }
  }
  return ops;
}

/**
 * The last operations of a template's plan: each sheet shows its name in the
 * plan's language (each sheet it does not omit), prints its footer ("Page 1 of 3" in that language) and is
 * protected without a password, so only input cells are editable.
 *
 * @example sheetOperations('budget', templateLabels('zh-CN'))[0] //=> { kind: 'sheet', sheet: 'Budget', caption: '预算', footer: '&L&8预算 — NineStep&R&8第 &P 页，共 &N 页', protect: true }
 */
export function sheetOperations(template: TemplateName, labels: TemplateLabels, omitSheets: readonly string[] = []): SheetOperation[] {
  return planSheets({ template, omitSheets }).map((s) => {
    const caption = labels.sheetNames[s.name] ?? s.name;
    return { kind: 'sheet', sheet: s.name, caption, footer: labels.footer(caption), protect: true };
  });
}

/** A table operation's contract columns and the captions to show, for a template's table. */
export function tableHeaders(template: TemplateName, table: string, labels: TemplateLabels): Pick<Extract<FillOperation, { kind: 'table' }>, 'columns' | 'captions'> {
  const found = findTable(TEMPLATE_CONTRACTS[template], table);
  if (!found) throw new Error(`${template} template has no table ${table}`);
  const columns = found.table.columns.map((c) => c.header);
  const captions = labels.columns[table];
  if (!captions || captions.length !== columns.length) throw new Error(`captions of ${table} do not match its ${columns.length} columns`);
  return { columns, captions };
}
