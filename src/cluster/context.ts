// What a decision may depend on besides the state: the time, the entropy and the team's limits.
// All are injected.

import type { Entropy } from './entropy.js';
import type { ClusterLimits } from './limits.js';

/** DecideContext carries the team clock's current time and the entropy source into decisions. */
export interface DecideContext {
  /** now is the team clock's time in milliseconds since the Unix epoch. */
  now: number;
  entropy: Entropy;
  /** limits bound the team's objects; absent means unbounded (tests, tools). Reconcilers ignore it. */
  limits?: ClusterLimits;
}
