/**
 * The random streams of one replication, split so that what a caller brings
 * does not depend on the agents (common random numbers: Law & Kelton,
 * "Simulation Modeling and Analysis", ch. 11). Each queue has its own stream:
 * the first caller's arrival gap, then every caller, as it arrives, its
 * handle time, its patience (under patience) and the gap to the next caller;
 * the agents present (absence) draw from one stream of their own. Two staffings of the same
 * centre run with the same (seed, replication) so meet the same callers —
 * the same arrival times, handle times and patience — and their difference is
 * the staffing's, not the sample's.
 */
import { Random } from './random';

export class ReplicationStreams {
  /** per queue: its callers' arrival gaps, handle times and patience */
  readonly callers: readonly Random[];
  /** the agents present in each interval (Binomial absence draws) */
  readonly absence: Random;

  /**
   * @param seed any integer
   * @param replication the replication number (≥ 0)
   * @param queueCount the model's queues: streams replication·(queueCount + 1) + 0…queueCount of the seed
   */
  constructor(seed: number, replication: number, queueCount: number) {
    const first = replication * (queueCount + 1);
    this.callers = Array.from({ length: queueCount }, (_, q) => new Random(seed, first + q));
    this.absence = new Random(seed, first + queueCount);
  }
}
