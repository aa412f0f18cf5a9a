/** SettingsStore holds small named strings: the join code, the instructor code, the classroom lock. */
export interface SettingsStore {
  /** get returns the value of `key`, or undefined when it was never set. */
  get(key: string): string | undefined;
  /** set stores `value` under `key`, replacing any previous value. */
  set(key: string, value: string): void;
}
