/** The queueing engine: Erlang B, C and A, and the staffing and trunk questions. */
export { trafficErlangs } from './traffic';
export { erlangB, inverseErlangB } from './erlangB';
export { erlangC } from './erlangC';
export { erlangCMetrics, type QueueMetrics } from './erlangCMetrics';
export { erlangAMetrics, type ErlangAInput, type ErlangAMetrics } from './erlangA';
export { AGENTS_SEARCH_LIMIT, agentsRequired, type StaffingQuestion } from './agentsRequired';
export { MAX_PATIENCE_ARRIVALS, MAX_TRAFFIC_ERLANGS, queueBoundsFailure } from './bounds';
export {
  abandonRateOf, asaOf, occupancyOf, queueMetrics, serviceLevelOf, waitProbabilityOf, type QueueQuestion,
} from './queueAnswers';
export { trunksRequired } from './trunksRequired';
