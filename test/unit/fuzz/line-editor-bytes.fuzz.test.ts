// The line editor fed what really arrives from an SSH client: arbitrary bytes, decoded as UTF-8
// the way ChannelTerminal does (invalid sequences become U+FFFD, characters split across packets
// are joined), in chunks of any size, up to a megabyte. The editor never throws, never hands the
// shell a line over its cap, and after any garbage Ctrl-C gives the user a working prompt back.
// editor.property.test.ts covers string input and the editing model; this covers the bytes.

import { StringDecoder } from 'node:string_decoder';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineEditor, type ReadResult } from '../../../src/shell/line-editor/index.js';
import { FakeTerminal } from '../shell/line-editor/harness.js';
import { checkAsync, reportCases } from './budget.js';

reportCases('line-editor-bytes');

const MAX_LINE = 80;
const PASTE_END = Buffer.from('\x1b[201~');

// Bytes that matter to a terminal decoder, mixed with any byte at all.
const interesting = fc.constantFrom(
  ...['\x1b', '\x1b[', '\x1b[1;5', '\x1bO', '\x1b[200~', '\x1b[201~', '\x1b]0;x\x07', '\x9b', '\r', '\n', '\r\n', '\t', '\x7f', '\x00', '\x03', '\x04', '\x15', '\x0c']
    .map((s) => Buffer.from(s, 'latin1')),
  Buffer.from([0xc3]), Buffer.from([0xe2, 0x82]), Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xff, 0xfe]),
  Buffer.from('é漢😀', 'utf8'),
);
const bytes = fc.array(fc.oneof(fc.uint8Array({ maxLength: 16 }).map((a) => Buffer.from(a)), interesting), { maxLength: 40 }).map((parts) => Buffer.concat(parts));

/** Rig is an editor reading lines back to back, fed through a UTF-8 decoder like the SSH adapter. */
class Rig {
  readonly terminal = new FakeTerminal(40, 10);
  readonly editor = new LineEditor(this.terminal, { maxLineLength: MAX_LINE });
  readonly results: ReadResult[] = [];
  private readonly decoder = new StringDecoder('utf8');

  constructor() {
    const next = (): void => void this.editor.readLine('$ ').then((r) => (this.results.push(r), next()));
    next();
  }

  /** feed delivers bytes split at the given offsets, letting reads restart between chunks. */
  async feed(data: Buffer, cuts: readonly number[] = []): Promise<void> {
    const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
    let from = 0;
    for (const to of [...points, data.length]) {
      const text = this.decoder.write(data.subarray(from, to));
      if (text !== '') this.editor.feed(text);
      from = to;
      await Promise.resolve();
    }
    await new Promise((r) => setImmediate(r));
  }

  lines(): string[] {
    return this.results.flatMap((r) => (r.kind === 'line' ? [r.line] : []));
  }
}

describe('line editor fed raw bytes', () => {
  it('never throws, and no line is longer than the cap', async () => {
    await checkAsync('bytes', fc.asyncProperty(bytes, fc.array(fc.nat(), { maxLength: 6 }), async (data, cuts) => {
      const rig = new Rig();
      await rig.feed(data, cuts);
      rig.editor.close();
      for (const line of rig.lines()) expect([...line].length).toBeLessThanOrEqual(MAX_LINE);
      for (const line of rig.lines()) expect(line).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
    }), 600);
  });

  it('after any garbage, Ctrl-C and a typed command give that command', async () => {
    await checkAsync('recovers', fc.asyncProperty(bytes, fc.array(fc.nat(), { maxLength: 4 }), async (data, cuts) => {
      const rig = new Rig();
      // A stray paste-start marker keeps bash in paste mode until the end marker, so the user's
      // terminal (or a second paste) sends one; we send it too, then Ctrl-C as the user would.
      await rig.feed(Buffer.concat([data, PASTE_END]), cuts);
      await rig.feed(Buffer.from('\x03'));
      await rig.feed(Buffer.from('echo ok\r'));
      expect(rig.lines().at(-1)).toBe('echo ok');
      rig.editor.close();
    }), 600);
  });

  it('takes a megabyte in one piece or in 4 KiB packets and stays usable', async () => {
    const random = Buffer.from(Array.from({ length: 1 << 20 }, (_, i) => (i * 2654435761) >>> 24));
    const text = Buffer.from('docker service create --name web nginx && '.repeat(25_000));
    for (const data of [random, text]) {
      for (const cuts of [[], Array.from({ length: 256 }, (_, i) => i * 4096)]) {
        const rig = new Rig();
        await rig.feed(Buffer.concat([data, PASTE_END]), cuts);
        await rig.feed(Buffer.from('\x03'));
        await rig.feed(Buffer.from('hostname\r'));
        expect(rig.lines().at(-1)).toBe('hostname');
        for (const line of rig.lines()) expect([...line].length).toBeLessThanOrEqual(MAX_LINE);
        rig.editor.close();
      }
    }
  });
});
