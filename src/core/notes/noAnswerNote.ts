/** A failure worded by a note (kept apart from result.ts, which every module imports, so the text tables import no cycle). */
import type { Failure } from '../result';
import type { Note } from './note';
import { renderNote } from './render';

/** A question without an answer, worded by a note; `message` is its English text. */
export const noAnswerNote = (n: Note): Failure => ({ ok: false, code: 'no-answer', message: renderNote(n, 'en'), note: n });
