/**
 * Results as values: the core never throws for a foreseeable failure; it returns
 * a typed failure that the edges (cells, CLI, task pane) turn into their own form.
 */

import { type FailureReason, reasonText } from './failureReasons';
import type { Note } from './notes/note';

/** `invalid`: an input is out of its domain. `no-answer`: the question has no answer. */
export type FailureCode = 'invalid' | 'no-answer';

export interface Failure {
  readonly ok: false;
  readonly code: FailureCode;
  readonly message: string;
  /** the failure as a note, when the note tables word it (so every face can say it in its language); `message` is its English text */
  readonly note?: Note;
  /** the failure as a code and its values, when the function message tables word it; `message` is its English text */
  readonly reason?: FailureReason;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T> = Success<T> | Failure;

export const success = <T>(value: T): Success<T> => ({ ok: true, value });

export const invalid = (message: string): Failure => ({ ok: false, code: 'invalid', message });

export const noAnswer = (message: string): Failure => ({ ok: false, code: 'no-answer', message });

/** A question without an answer, worded by a note. */
export const noAnswerNote = (n: Note): Failure => ({ ok: false, code: 'no-answer', message: n.text, note: n });

/** A failure worded from a reason (a code and its values); `message` is its English text. */
export const failure = (code: FailureCode, r: FailureReason): Failure => ({ ok: false, code, message: reasonText(r), reason: r });
