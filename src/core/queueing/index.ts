/** The queueing engine: Erlang B, C and A, and the staffing and trunk questions. */
export { trafficErlangs } from './traffic';
export { erlangB, inverseErlangB } from './erlangB';
export { erlangC } from './erlangC';
export { erlangCMetrics, type QueueMetrics } from './erlangCMetrics';
export { erlangAMetrics, type ErlangAInput, type ErlangAMetrics } from './erlangA';
export { agentsRequired, type StaffingQuestion } from './agentsRequired';
export { trunksRequired } from './trunksRequired';
