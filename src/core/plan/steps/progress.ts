/**
 * The plan's progress between steps: each step announces itself (number 1–9
 * and its label) and stops the run when the caller has cancelled it.
 */
import { note } from '../../notes/note';
import { type Failure } from '../../result';
import { invalidNote } from '../../notes/noAnswerNote';
import type { CancelFlag } from '../../schedule/types';

const STEP_LABELS = ['', 'service objective', 'workload data', 'forecast', 'base staff', 'trunks', 'shrinkage', 'schedules', 'costs', 'high/mid/low plans'];

/** Announces step `n`; the cancellation failure when the run was cancelled, else undefined. */
export type Checkpoint = (n: number) => Failure | undefined;

export function checkpoints(onProgress: ((step: number, label: string) => void) | undefined, signal: CancelFlag | undefined): Checkpoint {
  return (n) => {
    onProgress?.(n, STEP_LABELS[n]);
    return signal?.aborted === true ? invalidNote(note('plan.cancelled', {})) : undefined;
  };
}
