// The limits a shell session enforces on itself, and the clock it measures them with. Defaults
// never get in the way of a class: a 30-line script or a compose file pasted at once, a student
// who steps away for an hour, `docker service ps` on 200 tasks.

/** ShellLimits bound what one interactive shell session accepts and produces. */
export interface ShellLimits {
  /** maxLineLength is the longest command line, in characters; longer input rings the bell. */
  maxLineLength: number;
  /** maxPasteBytes is the most input taken in one burst (a paste); a bigger burst is dropped. */
  maxPasteBytes: number;
  /** maxHistory is how many command lines history keeps. */
  maxHistory: number;
  /** idleTimeoutMs closes a session after this long without input; 0 never does. */
  idleTimeoutMs: number;
  /** commandRate is how many commands per second a session runs at most, on average; 0 is unlimited. */
  commandRate: number;
  /** commandBurst is how many commands may run back to back before the rate applies. */
  commandBurst: number;
  /** maxOutputBytes is the most output one command may write; beyond it the command is interrupted. */
  maxOutputBytes: number;
}

/** DEFAULT_SHELL_LIMITS are the classroom defaults (README "Limits"). */
export const DEFAULT_SHELL_LIMITS: ShellLimits = {
  maxLineLength: 4096,
  maxPasteBytes: 256 * 1024,
  maxHistory: 1000,
  idleTimeoutMs: 2 * 60 * 60 * 1000,
  commandRate: 20,
  commandBurst: 50,
  maxOutputBytes: 1024 * 1024,
};

/** ShellTimerHandle identifies a scheduled callback. */
export type ShellTimerHandle = { readonly id: unknown };

/** ShellTimers reads the clock and schedules callbacks; tests pass a fake one (same shape as the lab's Timers). */
export interface ShellTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): ShellTimerHandle;
  clearTimeout(handle: ShellTimerHandle): void;
  /**
   * yieldToIO resolves once input that has already arrived has been handled. Every session shares
   * one event loop: a command yields before and after it runs, so keystrokes that came in the
   * meantime are echoed between its parts instead of waiting for all of it. Absent: no yield.
   */
  yieldToIO?(): Promise<void>;
}

/** realShellTimers uses Node's clock; its timers never keep the process alive. */
export const realShellTimers: ShellTimers = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const id = setTimeout(callback, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    id.unref();
    return { id };
  },
  clearTimeout(handle) {
    clearTimeout(handle.id as NodeJS.Timeout);
  },
  // setImmediate runs after the poll phase, so the I/O callbacks already due run first.
  yieldToIO: () => new Promise((resolve) => setImmediate(resolve)),
};

/** sleepOn waits ms on the given timers; it resolves false at once when signal aborts. */
export function sleepOn(timers: ShellTimers, ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      timers.clearTimeout(handle);
      resolve(false);
    };
    const handle = timers.setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** utf8Length is the number of bytes text takes on the wire. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
