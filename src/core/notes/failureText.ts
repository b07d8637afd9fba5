/**
 * A failure in a language: its place in the plan (file, scenario, month, day)
 * and its note, worded from the language's tables. A failure without a note
 * keeps the core's English message (which already names its place).
 */
import type { Locale } from '../../i18n/locale';
import type { Failure } from '../result';
import type { Note } from './note';
import { type NoteFormat, plainFormat } from './plainFormat';
import { renderNote, textsFor } from './render';

/** @example failureText(within(invalidNote(note('plan.noAht', {})), { scenario: 'high' }), 'zh-CN') //=> '方案 high：历史数据没有…' */
export function failureText(
  failure: Pick<Failure, 'message' | 'note' | 'where'>,
  locale: Locale,
  f: NoteFormat = plainFormat(locale),
  /** how the note itself is worded (the pane words a few in its own catalogue) */
  word: (n: Note) => string = (n) => renderNote(n, locale, f),
): string {
  if (!failure.note) return failure.message;
  const { where: words } = textsFor(locale);
  const w = failure.where ?? {};
  const prefix = [
    w.file === undefined ? '' : words.file(w.file),
    w.scenario === undefined ? '' : words.scenario(w.scenario),
    w.team === undefined ? '' : words.team(w.team),
    w.month === undefined ? '' : words.month(w.month),
    w.date === undefined ? '' : words.date(w.date, f),
  ].join('');
  return `${prefix}${word(failure.note)}`;
}
