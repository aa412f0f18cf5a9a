// What a decision may depend on besides the state: the time and the entropy. Both are injected.

import type { Entropy } from './entropy.js';

/** DecideContext carries the team clock's current time and the entropy source into decisions. */
export interface DecideContext {
  /** now is the team clock's time in milliseconds since the Unix epoch. */
  now: number;
  entropy: Entropy;
}
