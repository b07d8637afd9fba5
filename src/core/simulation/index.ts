/** The contact-centre simulator: several queues, skills and routing, seeded replications with 95% intervals. */
export {
  type CentreModel, type CompiledModel, type HandleTimeDistribution, type SimulationGroup, type SimulationQueue, compileModel,
} from './model';
export { Random } from './random';
export { EventHeap } from './eventHeap';
export { Replicator, type ReplicationCounts } from './replication';
export { ReplicationStreams } from './streams';
export { Accumulators, type Estimate, tQuantile975 } from './statistics';
export {
  type QueueFigures, type SimulatedGroup, type SimulatedQueue, type SimulationOptions, type SimulationResult, simulateCentre,
} from './simulateCentre';
