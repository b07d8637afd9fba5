/**
 * Offered load in Erlangs: the average number of calls in service if every call
 * were answered at once. `A = calls × aht ÷ (interval × 60)`.
 *
 * @param calls calls offered in the interval
 * @param ahtSeconds average handle time, seconds
 * @param intervalMinutes interval length, minutes
 * @example trafficErlangs(100, 180, 30) //=> 10
 */
export function trafficErlangs(calls: number, ahtSeconds: number, intervalMinutes: number): number {
  return (calls * ahtSeconds) / (intervalMinutes * 60);
}
