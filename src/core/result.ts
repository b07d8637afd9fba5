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
  /** where in the plan it happened (outermost first in `message`), for faces that word the failure themselves */
  readonly where?: FailureWhere;
}

/** The part of a plan a failure belongs to: the history file, a scenario, a budget month, a day. */
export interface FailureWhere {
  readonly file?: string;
  readonly scenario?: string;
  /** a queue of a several-queue plan (data.queues) */
  readonly queue?: string;
  /** a team of a plan scheduled team by team (schedule.teams) */
  readonly team?: string;
  readonly month?: string;
  readonly date?: string;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T> = Success<T> | Failure;

export const success = <T>(value: T): Success<T> => ({ ok: true, value });

export const invalid = (message: string): Failure => ({ ok: false, code: 'invalid', message });

export const noAnswer = (message: string): Failure => ({ ok: false, code: 'no-answer', message });

const WHERE_ORDER: readonly (keyof FailureWhere)[] = ['file', 'scenario', 'queue', 'team', 'month', 'date'];

/**
 * The failure placed in a part of the plan: `where` joins the failure's own
 * (an outer part never overrides an inner one) and its English message gains
 * the prefix, e.g. 'scenario high: 2026-11-03: …'.
 * @example within(invalid('no AHT'), { scenario: 'high' }).message //=> 'scenario high: no AHT'
 */
export function within(f: Failure, where: FailureWhere): Failure {
  const prefix = WHERE_ORDER.filter((k) => where[k] !== undefined && f.where?.[k] === undefined)
    .map((k) => (k === 'scenario' || k === 'queue' || k === 'team' ? `${k} ${where[k]}: ` : `${where[k]}: `))
    .join('');
  return { ...f, message: `${prefix}${f.message}`, where: { ...where, ...f.where } };
}

/** A failure worded from a reason (a code and its values); `message` is its English text. */
export const failure = (code: FailureCode, r: FailureReason): Failure => ({ ok: false, code, message: reasonText(r), reason: r });
