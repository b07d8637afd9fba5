/**
 * Bounds on what an interval history can be: its interval length and the size of a file
 * read whole as text. The one home of these bounds (the importers, the CLIs and the wizard
 * check them here).
 */

/** Longest interval a plan staffs by, minutes: Erlang models assume arrivals steady within an interval of at most an hour. */
export const MAX_INTERVAL_MINUTES = 60;

/**
 * True for an interval length the plan can use: whole minutes that divide an hour (1, 2, 3,
 * 4, 5, 6, 10, 12, 15, 20, 30, 60).
 * @example isPlannableInterval(30) //=> true
 * @example isPlannableInterval(1440) //=> false
 */
export const isPlannableInterval = (m: number): boolean => Number.isInteger(m) && m > 0 && m <= MAX_INTERVAL_MINUTES && MAX_INTERVAL_MINUTES % m === 0;

/**
 * Largest history file read whole as text (the wizard's import, `npm run plan`, an interval
 * table in `npm run forecast`), bytes: 100 MiB. Text takes about twice its bytes in memory,
 * and the import keeps rows and records beside it, so a browser pane or Node's default heap
 * stays safe below this. Per-call ACD records are streamed by `npm run forecast` instead.
 */
export const MAX_TEXT_IMPORT_BYTES = 100 * 1024 * 1024;
