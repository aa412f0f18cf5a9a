// nano against GNU nano 7.2's screen and keys (nano src/winio.c titlebar/statusline/bottombars,
// src/files.c "Wrote %zu lines", src/nano.c do_exit "Save modified buffer?").

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HomeDirectories } from '../../../../src/shell/fs/home-directories.js';
import { memoryHomeStorage } from '../../../../src/shell/fs/home-storage.js';
import { NodeFs } from '../../../../src/shell/fs/node-fs.js';
import { KeyDecoder } from '../../../../src/shell/line-editor/keys.js';
import { NanoEditor, nanoCommand } from '../../../../src/shell/nano/nano.js';
import type { ProcessIO, TerminalSize } from '../../../../src/shell/process-io.js';
import { Emulator } from '../line-editor/harness.js';

const files = (limits = {}) => new NodeFs(new HomeDirectories(memoryHomeStorage(), { maxFileBytes: 1 << 20, maxHomeEntries: 50, maxTeamFileBytes: 1 << 22, ...limits }).open({ team: 't', node: 'manager1', user: 'alice' }), () => 0);

/** Session is a NanoEditor with keys typed as bytes and its frames shown on an emulated screen. */
class Session {
  readonly editor: NanoEditor;
  private readonly decoder = new KeyDecoder();
  readonly emulator: Emulator;
  last = '';

  constructor(readonly fs: NodeFs, name: string, cols = 80, rows = 24) {
    this.editor = new NanoEditor(fs, name, { columns: cols, rows });
    this.emulator = new Emulator(cols, rows);
  }

  type(bytes: string): this {
    for (const key of this.decoder.decode(bytes)) this.editor.handle(key);
    return this;
  }

  async screen(): Promise<string[]> {
    this.last = this.editor.frame();
    await this.emulator.write(this.last);
    return this.emulator.screen().lines;
  }
}

describe('nano', () => {
  it('opens a new file at 80x24 with the title bar, [ New File ] and the two help rows', async () => {
    const lines = await new Session(files(), 'docker-compose.yml').screen();
    expect(lines[0]).toBe(`  GNU nano 7.2${' '.repeat(17)}docker-compose.yml`);
    expect(lines[21]).toBe(`${' '.repeat(34)}[ New File ]`);
    expect(lines[22]).toBe('^G Help      ^O Write Out ^W Where Is  ^K Cut       ^T Execute   ^C Location');
    expect(lines[23]).toBe('^X Exit      ^R Read File ^\\ Replace   ^U Paste     ^J Justify   ^/ Go To Line');
  });

  it('typing, Enter and Ctrl-O Enter write the file and report the lines', async () => {
    const s = new Session(files(), 'notes.txt');
    s.type('hello\rworld');
    let lines = await s.screen();
    expect(lines[0]).toMatch(/notes\.txt\s+Modified$/);
    s.type('\x0f');
    lines = await s.screen();
    expect(lines[21]).toBe('File Name to Write: notes.txt');
    s.type('\r');
    lines = await s.screen();
    expect(lines[21]?.trim()).toBe('[ Wrote 2 lines ]');
    expect(s.fs.readFile('notes.txt')).toEqual({ text: 'hello\nworld\n' });
    expect(lines[0]).not.toMatch(/Modified/);
  });

  it('reads an existing file, moves with arrows, Home/End, deletes with Backspace and Delete', async () => {
    const fs = files();
    fs.writeFile('f', 'abc\ndef\n');
    const s = new Session(fs, 'f');
    expect((await s.screen())[21]?.trim()).toBe('[ Read 2 lines ]');
    s.type('\x1b[B\x1b[F\x7f').type('\x1b[A\x1b[H\x1b[3~X');
    expect(s.editor.buffer.text()).toBe('Xbc\nde\n');
    const screen = s.emulator.screen();
    await s.screen();
    expect(s.emulator.screen().cursor).toEqual({ x: 1, y: 1 });
    expect(screen).toBeDefined();
  });

  it('Ctrl-X on a modified buffer asks Save modified buffer?; N leaves without writing', async () => {
    const s = new Session(files(), 'f');
    s.type('x\x18');
    const lines = await s.screen();
    expect(lines[21]).toBe('Save modified buffer?');
    expect(lines[22]).toBe(' Y Yes');
    expect(lines[23]).toBe(' N No        ^C Cancel');
    s.type('n');
    expect(s.editor.done).toBe(true);
    expect(s.fs.readFile('f')).toBe('ENOENT');
  });

  it('Ctrl-X, Y, Enter saves and leaves; ^C at the question cancels', async () => {
    const s = new Session(files(), 'f');
    s.type('x\x18\x03');
    expect((await s.screen())[21]?.trim()).toBe('[ Cancelled ]');
    s.type('\x18y\r');
    expect(s.editor.done).toBe(true);
    expect(s.fs.readFile('f')).toEqual({ text: 'x\n' });
  });

  it('an unmodified buffer exits on Ctrl-X at once', () => {
    expect(new Session(files(), 'f').type('\x18').editor.done).toBe(true);
  });

  it('Ctrl-K cuts lines (consecutive cuts together) and Ctrl-U pastes them', () => {
    const fs = files();
    fs.writeFile('f', 'one\ntwo\nthree\n');
    const s = new Session(fs, 'f').type('\x0b\x0b\x1b[B\x15');
    expect(s.editor.buffer.text()).toBe('three\none\ntwo\n');
  });

  it('a bracketed paste of a compose file keeps its lines and indentation', () => {
    const compose = 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n';
    const s = new Session(files(), 'docker-compose.yml').type(`\x1b[200~${compose.replace(/\n/g, '\r')}\x1b[201~\x0f\r`);
    expect(s.fs.readFile('docker-compose.yml')).toEqual({ text: compose });
  });

  it('a write error is shown and the buffer stays modified', async () => {
    const s = new Session(files({ maxFileBytes: 4 }), 'f').type('123456\x0f\r');
    expect((await s.screen())[21]?.trim()).toBe('[ Error writing f: File too large ]');
    expect(s.editor.buffer.modified).toBe(true);
  });

  it('control characters in the text show as ^X and are never written raw', async () => {
    const fs = files();
    fs.writeFile('f', 'a\x1b[31mb\x07c\x9bd\n');
    const s = new Session(fs, 'f');
    const lines = await s.screen();
    expect(lines[1]).toBe('a^[[31mb^Gc^[d');
    expect(s.last).not.toMatch(/\x1b\[31m|\x07|\x9b/);
  });

  it('a resize redraws for the new size', async () => {
    const s = new Session(files(), 'f', 80, 24);
    await s.screen();
    s.editor.resize({ columns: 40, rows: 10 });
    s.emulator.term.resize(40, 10);
    const lines = await s.screen();
    expect(lines[0]).toBe('  GNU nano 7.2     f');
    expect(lines[8]).toBe('^G Help      ^O Write Out ^W Where Is');
  });

  it('long lines scroll on their own row and mark the cut with > and <', async () => {
    const s = new Session(files(), 'f', 20, 8).type('x'.repeat(30));
    let lines = await s.screen();
    expect(lines[1]).toMatch(/^<x+$/);
    s.type('\x1b[H');
    lines = await s.screen();
    expect(lines[1]).toBe(`${'x'.repeat(19)}>`);
  });

  it('never throws and keeps every row within the terminal at any size and key sequence', () => {
    const key = fc.constantFrom('a', 'é', '字', '\r', '\x7f', '\x1b[3~', '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[5~', '\x1b[6~', '\x0b', '\x15', '\x0f', '\x03', '\t', '\x01', '\x05', '\x1b');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), fc.array(key, { maxLength: 40 }), (cols, rows, keys) => {
        const s = new Session(files(), 'f', cols, rows);
        for (const k of keys) s.type(k);
        const frame = s.editor.frame();
        for (const m of frame.matchAll(/\x1b\[(\d+);(\d+)H/g)) {
          expect(Number(m[1])).toBeLessThanOrEqual(rows);
          expect(Number(m[2])).toBeLessThanOrEqual(cols);
        }
        // eslint-disable-next-line no-control-regex
        const visible = frame.split(/\x1b\[\d+;\d+H/).map((part) => part.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''));
        for (const part of visible) expect([...part].length).toBeLessThanOrEqual(cols);
      }),
      { numRuns: 200 },
    );
  });
});

describe('nano command', () => {
  it('takes over the terminal, saves, and gives the screen back on exit', async () => {
    const fs = files();
    let out = '';
    let feed: (data: string) => void = () => undefined;
    const io: ProcessIO = {
      stdout: (t) => void (out += t),
      stderr: (t) => void (out += t),
      isTTY: true,
      size: (): TerminalSize => ({ columns: 80, rows: 24 }),
      signal: new AbortController().signal,
      sleep: async () => true,
      stdin: { onData: (l) => ((feed = l), { dispose: () => undefined }), onResize: () => ({ dispose: () => undefined }) },
    };
    const done = nanoCommand(fs)({ argv: ['nano', 'app.yml'], io, env: {} });
    feed('version: "3"\x0f\r\x18');
    expect(await done).toBe(0);
    expect(fs.readFile('app.yml')).toEqual({ text: 'version: "3"\n' });
    expect(out.startsWith('\x1b[?1049h')).toBe(true);
    expect(out.endsWith('\x1b[?1049l')).toBe(true);
  });

  // nano 7.2 src/nano.c main: die(_("Standard input is not a terminal\n")) after handling arguments.
  it('refuses to run without a terminal', async () => {
    let err = '';
    const io = { stdout: () => undefined, stderr: (t: string) => void (err += t), isTTY: false, size: () => ({ columns: 80, rows: 24 }), signal: new AbortController().signal, sleep: async () => true };
    expect(await nanoCommand(files())({ argv: ['nano', 'x'], io, env: {} })).toBe(1);
    expect(err).toBe('Standard input is not a terminal\n');
  });
});
