// Observing a student: the dashboard hands the terminal to a MirrorView until the instructor
// presses q or Ctrl-C, or the student's session ends. Keys are read here and never forwarded to
// the student: observing is read-only.

import type { Disposable, TerminalSize } from '../../docker/process-io.js';
import type { ObserverMirror } from '../instructor-api.js';
import { MirrorView } from './mirror-view.js';

/** Observation is an open observe screen. */
export interface Observation {
  /** key takes the instructor's input while observing; only q and Ctrl-C do anything. */
  key(data: string): void;
  resize(size: TerminalSize): void;
  /** close ends observing without calling done. */
  close(): void;
}

/**
 * observe shows mirror full screen on out. done is called once, with undefined when the
 * instructor leaves, or with a message when the student's session ended.
 */
export function observe(mirror: ObserverMirror, out: (text: string) => void, size: TerminalSize, done: (ended: string | undefined) => void): Observation {
  const view = new MirrorView(mirror, out, size);
  const subscriptions: Disposable[] = [];
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    for (const s of subscriptions) s.dispose();
    view.dispose();
    mirror.dispose();
  };
  const finish = (ended: string | undefined): void => {
    if (!open) return;
    close();
    done(ended);
  };
  subscriptions.push(mirror.onData((data) => view.feed(data)));
  subscriptions.push(mirror.onEnd(() => finish(`${mirror.user}'s session on ${mirror.node} ended`)));
  return {
    key: (data) => {
      if (/[qQ\x03]/.test(data)) finish(undefined);
    },
    resize: (next) => view.resize(next),
    close,
  };
}
