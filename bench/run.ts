/** `npm run bench`: every benchmark, one after the other, each printing its own ratios. */
import { main as queueing } from './queueing';

queueing();
