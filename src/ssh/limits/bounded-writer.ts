// Output to a client that reads slowly, or not at all, must neither block other sessions nor
// pile up in memory. An ssh2 channel buffers whatever it cannot send yet (the client's SSH window
// is full) and says so by returning false from write(); it emits 'drain' once it has caught up.
// BoundedWriter honours that: while a stream is congested, output waits in a queue of at most
// maxBufferedBytes (stdout and stderr together, in order); output beyond that is dropped, and
// when the client catches up it gets one notice saying how much it missed.

/** DrainableStream is the part of a Node writable (an ssh2 channel or its stderr) the writer uses. */
export interface DrainableStream {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/** BoundedWriterOptions configure a writer. */
export interface BoundedWriterOptions {
  stdout: DrainableStream;
  /** stderr is the channel's extended data stream; omit it to send everything to stdout. */
  stderr?: DrainableStream;
  maxBufferedBytes: number;
  /** notice is the text written (to stdout) after a congestion during which `droppedBytes` were dropped. */
  notice(droppedBytes: number): string;
}

/**
 * ChannelOutputOptions is what a ChannelTerminal needs for its output: its BoundedWriter's bound and
 * notice, and how long output may be held (SshLimits.outputHoldMs).
 */
export type ChannelOutputOptions = Pick<BoundedWriterOptions, 'maxBufferedBytes' | 'notice'> & { holdMs?: number };

type Target = 'stdout' | 'stderr';

/** BoundedWriter writes to a channel without letting a slow client grow the server's memory. */
export class BoundedWriter {
  private readonly queue: { target: Target; text: string }[] = [];
  private queued = 0;
  private dropped = 0;
  private waiting = false;

  /** constructor wraps the channel's streams. */
  constructor(private readonly options: BoundedWriterOptions) {}

  /** buffered is how many bytes wait for the client. */
  get buffered(): number {
    return this.queued;
  }

  /** droppedBytes is how many bytes were dropped during the current congestion. */
  get droppedBytes(): number {
    return this.dropped;
  }

  /** write sends text to stdout or stderr, queues it while the client is slow, or drops it when the queue is full. */
  write(text: string, target: Target = 'stdout'): void {
    if (text.length === 0) return;
    if (!this.waiting) {
      this.send(target, text);
      return;
    }
    const size = Buffer.byteLength(text, 'utf8');
    if (this.queued + size > this.options.maxBufferedBytes) {
      this.dropped += size;
      return;
    }
    this.queued += size;
    this.queue.push({ target, text });
  }

  private stream(target: Target): DrainableStream {
    return target === 'stderr' ? (this.options.stderr ?? this.options.stdout) : this.options.stdout;
  }

  // send writes one chunk; a false return means the stream is congested: wait for its 'drain'.
  private send(target: Target, text: string): void {
    const stream = this.stream(target);
    if (stream.write(text)) return;
    this.waiting = true;
    stream.once('drain', () => this.flush());
  }

  private flush(): void {
    this.waiting = false;
    while (this.queue.length > 0 && !this.waiting) {
      const next = this.queue.shift();
      if (!next) break;
      this.queued -= Buffer.byteLength(next.text, 'utf8');
      this.send(next.target, next.text);
    }
    if (!this.waiting && this.dropped > 0) {
      const dropped = this.dropped;
      this.dropped = 0;
      this.send('stdout', this.options.notice(dropped));
    }
  }
}
