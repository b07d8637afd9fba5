/** A failure worded by a note (kept apart from result.ts, which every module imports, so the text tables import no cycle). */
import type { Failure } from '../result';
import type { Note } from './note';
import { renderNote } from './render';

/** A question without an answer, worded by a note; `message` is its English text. */
export const noAnswerNote = (n: Note): Failure => ({ ok: false, code: 'no-answer', message: renderNote(n, 'en'), note: n });

/** An input out of its domain, worded by a note; `message` is its English text. */
export const invalidNote = (n: Note): Failure => ({ ok: false, code: 'invalid', message: renderNote(n, 'en'), note: n });
