// Raw bytes over an interactive session: write Buffers as a client would, record exactly what
// the server sent back (as bytes, to check it is valid UTF-8), and wait for the output to settle.

import type { PtySession } from '../../helpers/ssh-client.js';

/** ByteTap records every byte a session receives. */
export class ByteTap {
  private readonly chunks: Buffer[] = [];
  private last = Date.now();

  constructor(session: PtySession) {
    session.stream.on('data', (d: Buffer) => {
      this.chunks.push(d);
      this.last = Date.now();
    });
  }

  /** bytes returns everything received so far. */
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }

  /** validUtf8 reports whether everything received decodes as strict UTF-8. */
  validUtf8(): boolean {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(this.bytes());
      return true;
    } catch {
      return false;
    }
  }

  /** settle waits until nothing arrived for quietMs (or maxMs passed). */
  async settle(quietMs = 300, maxMs = 10_000): Promise<void> {
    const deadline = Date.now() + maxMs;
    this.last = Date.now();
    while (Date.now() - this.last < quietMs && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
}

/** sendBytes writes raw bytes to the session's channel, like a terminal would. */
export function sendBytes(session: PtySession, data: Buffer | string): void {
  session.stream.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
}

/** INVALID_UTF8 are byte sequences no UTF-8 decoder may accept. */
export const INVALID_UTF8: readonly Buffer[] = [
  Buffer.from([0xff]), Buffer.from([0xfe, 0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xe2, 0x82]), Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from([0x80, 0x80]),
];
