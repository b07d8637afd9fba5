/**
 * Trunk load of one interval, Erlangs (planning step 5): a call holds a line
 * while it talks, while it waits in queue and while it is in the IVR (when the
 * IVR sits on the same trunks) — not during after-call work.
 *
 * `load = calls × (talk + ASA + IVR) ÷ (interval × 60)`.
 *
 * @param calls calls offered in the interval (≥ 0)
 * @param talkSeconds average talk time including hold, seconds (no ACW)
 * @param asaSeconds average speed of answer (time queued), seconds
 * @param intervalMinutes interval length, minutes
 * @param ivrSeconds average IVR time on the same trunks, seconds (default 0)
 * @example trunkLoad(100, 180, 20, 30) //=> 11.111…
 */
export function trunkLoad(calls: number, talkSeconds: number, asaSeconds: number, intervalMinutes: number, ivrSeconds = 0): number {
  return (calls * (talkSeconds + asaSeconds + ivrSeconds)) / (intervalMinutes * 60);
}
