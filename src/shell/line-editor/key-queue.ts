// Keys waiting to be handled: typeahead that arrived while no read was pending, and the rest of
// a multi-line paste after its first line was submitted. Bounded like a tty's input queue.

import type { Key } from './keys.js';

/** DEFAULT_MAX_QUEUED is the default bound: typeahead beyond it is dropped, as a full tty input queue drops input. */
export const DEFAULT_MAX_QUEUED = 64 * 1024;

function keySize(key: Key): number {
  return key.kind === 'key' ? 1 : key.text.length;
}

/** KeyQueue is a bounded first-in, first-out queue of keys. */
export class KeyQueue {
  private readonly keys: Key[] = [];
  private size = 0;

  /** constructor takes the most characters the queue holds (the shell sizes it to fit a whole paste). */
  constructor(private readonly limit = DEFAULT_MAX_QUEUED) {}

  /** push appends a key unless the queue is full. */
  push(key: Key): void {
    const size = keySize(key);
    if (this.size + size > this.limit) return;
    this.size += size;
    this.keys.push(key);
  }

  /** pushFront puts a key back at the head (it was already accepted once, so it is never dropped). */
  pushFront(key: Key): void {
    this.size += keySize(key);
    this.keys.unshift(key);
  }

  /** shift removes and returns the oldest key. */
  shift(): Key | undefined {
    const key = this.keys.shift();
    if (key !== undefined) this.size -= keySize(key);
    return key;
  }

  /** clear drops every queued key. */
  clear(): void {
    this.keys.length = 0;
    this.size = 0;
  }
}
