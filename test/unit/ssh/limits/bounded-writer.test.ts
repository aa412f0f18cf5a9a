import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BoundedWriter } from '../../../../src/ssh/limits/bounded-writer.js';

/** FakeStream accepts writes until `room` bytes are buffered, then returns false until drain(). */
class FakeStream extends EventEmitter {
  written: string[] = [];
  buffered = 0;
  constructor(private readonly room = Infinity) {
    super();
  }
  write(chunk: string): boolean {
    this.written.push(chunk);
    this.buffered += chunk.length;
    return this.buffered < this.room;
  }
  /** drain is the client reading everything. */
  drain(): void {
    this.buffered = 0;
    this.emit('drain');
  }
}

function writer(max: number, room = 10) {
  const stdout = new FakeStream(room);
  const stderr = new FakeStream(room);
  const w = new BoundedWriter({ stdout, stderr, maxBufferedBytes: max, notice: (n) => `[dropped ${n}]` });
  return { stdout, stderr, w };
}

describe('BoundedWriter', () => {
  it('writes straight through while the client keeps up', () => {
    const { stdout, stderr, w } = writer(100, Infinity);
    w.write('a');
    w.write('b', 'stderr');
    expect(stdout.written).toEqual(['a']);
    expect(stderr.written).toEqual(['b']);
    expect(w.buffered).toBe(0);
  });

  it('stops writing when write() returns false, queues, and resumes on drain in order', () => {
    const { stdout, stderr, w } = writer(100);
    w.write('0123456789');
    w.write('queued-out');
    w.write('queued-err', 'stderr');
    expect(stdout.written).toEqual(['0123456789']);
    expect(w.buffered).toBe(20);
    stdout.drain();
    expect(stdout.written).toEqual(['0123456789', 'queued-out']);
    expect(stderr.written).toEqual([]);
    stdout.drain();
    expect(stderr.written).toEqual(['queued-err']);
    expect(w.buffered).toBe(0);
  });

  it('never buffers more than the bound; the client learns how much it missed once it catches up', () => {
    const { stdout, w } = writer(25);
    w.write('0123456789');
    for (let i = 0; i < 1000; i++) w.write('xxxxxxxxxx');
    expect(w.buffered).toBe(20);
    expect(w.droppedBytes).toBe(9980);
    stdout.drain();
    stdout.drain();
    stdout.drain();
    expect(stdout.written.slice(-1)).toEqual(['[dropped 9980]']);
    expect(w.droppedBytes).toBe(0);
  });

  it('a stalled client that never drains costs at most the bound', () => {
    const { w } = writer(4 * 1024 * 1024, 1);
    const chunk = 'y'.repeat(64 * 1024);
    for (let i = 0; i < 1000; i++) w.write(chunk);
    expect(w.buffered).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('sends stderr to stdout when the channel has no separate stderr', () => {
    const stdout = new FakeStream();
    const w = new BoundedWriter({ stdout, maxBufferedBytes: 10, notice: () => '' });
    w.write('err', 'stderr');
    expect(stdout.written).toEqual(['err']);
  });
});
