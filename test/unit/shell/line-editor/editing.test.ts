import { describe, expect, it } from 'vitest';
import { KEY, Rig } from './harness.js';

const PROMPT = 'alice@manager1:~$ ';

async function typed(keys: string[], cols = 80): Promise<{ rig: Rig; line: string }> {
  const rig = new Rig(cols, 10);
  const read = rig.editor.readLine(PROMPT);
  for (const k of keys) rig.editor.feed(k);
  await rig.screen();
  rig.editor.feed(KEY.enter);
  const result = await read;
  return { rig, line: result.kind === 'line' ? result.line : `<${result.kind}>` };
}

describe('typing', () => {
  it('echoes a character typed at the end as just that character', () => {
    const rig = new Rig();
    void rig.editor.readLine(PROMPT);
    rig.editor.feed('d');
    rig.editor.feed('o');
    expect(rig.terminal.writes).toEqual([PROMPT, 'd', 'o']);
  });

  it('inserts in the middle and keeps the cursor after the insertion', async () => {
    const rig = new Rig(80, 5);
    void rig.editor.readLine(PROMPT);
    rig.editor.feed('docker ps');
    rig.editor.feed(KEY.left + KEY.left + 'service ');
    const screen = await rig.screen();
    expect(screen.lines[0]).toBe(`${PROMPT}docker service ps`);
    expect(screen.cursor).toEqual({ x: PROMPT.length + 'docker service '.length, y: 0 });
  });

  it.each([
    ['Enter as CR', ['ls\r']],
    ['Enter as LF', ['ls\n']],
    ['Enter as CRLF in two chunks', ['ls\r', '\n']],
  ])('%s submits one line', async (_name, chunks) => {
    const rig = new Rig();
    const first = rig.editor.readLine(PROMPT);
    for (const c of chunks) rig.editor.feed(c);
    expect(await first).toEqual({ kind: 'line', line: 'ls' });
    const second = rig.editor.readLine(PROMPT);
    rig.editor.feed('x\r');
    expect(await second).toEqual({ kind: 'line', line: 'x' });
    expect(await rig.text()).toBe(`${PROMPT}ls\n${PROMPT}x`);
  });

  it('writes a newline after Enter so output starts on the next row', async () => {
    const { rig } = await typed(['hostname']);
    const screen = await rig.screen();
    expect(screen.cursor).toEqual({ x: 0, y: 1 });
  });

  it('ignores control characters that have no binding', async () => {
    const { line } = await typed(['a\x00\x1d\x1c\x1e\x1f\x9b\x85b']);
    expect(line).toBe('ab');
  });

  it('refuses input beyond the length cap with a bell', async () => {
    const rig = new Rig(80, 5, { maxLineLength: 5 });
    const read = rig.editor.readLine('$ ');
    rig.editor.feed('abcdefg');
    expect(rig.terminal.output()).toBe('$ abcde\x07');
    rig.editor.feed('h\r');
    expect(await read).toEqual({ kind: 'line', line: 'abcde' });
  });
});

describe('cursor and deletion keys', () => {
  it.each([
    ['ESC[H', '\x1b[H'], ['ESC[1~', '\x1b[1~'], ['ESC[7~', '\x1b[7~'], ['ESC O H', '\x1bOH'], ['Ctrl-A', '\x01'],
  ])('Home as %s goes to the start', async (_n, home) => {
    expect((await typed(['abc', home, 'X'])).line).toBe('Xabc');
  });

  it.each([
    ['ESC[F', '\x1b[F'], ['ESC[4~', '\x1b[4~'], ['ESC[8~', '\x1b[8~'], ['ESC O F', '\x1bOF'], ['Ctrl-E', '\x05'],
  ])('End as %s goes to the end', async (_n, end) => {
    expect((await typed(['abc', '\x01', end, 'X'])).line).toBe('abcX');
  });

  it.each([
    ['Left/Right arrows', [KEY.left, KEY.left, KEY.right], 'abXc'],
    ['SS3 arrows', ['\x1bOD', '\x1bOD', '\x1bOC'], 'abXc'],
    ['Ctrl-B/Ctrl-F', ['\x02', '\x02', '\x06'], 'abXc'],
    ['Backspace 0x7f', ['\x7f'], 'abX'],
    ['Backspace 0x08', ['\x08'], 'abX'],
    ['Delete', [KEY.left, KEY.del], 'abX'],
    ['Ctrl-D mid-line', [KEY.left, '\x04'], 'abX'],
  ])('%s', async (_n, keys, expected) => {
    expect((await typed(['abc', ...keys, 'X'])).line).toBe(expected);
  });

  it.each([
    ['Alt-B', 'docker service ls', ['\x1bb', '\x1bb'], 'docker Xservice ls'],
    ['Ctrl-Left', 'docker service ls', [KEY.ctrlLeft, KEY.ctrlLeft], 'docker Xservice ls'],
    ['Alt-F', 'docker service ls', ['\x01', '\x1bf', '\x1bf'], 'docker serviceX ls'],
    ['Ctrl-Right', 'docker service ls', ['\x01', KEY.ctrlRight], 'dockerX service ls'],
  ])('%s moves by words', async (_n, text, keys, expected) => {
    expect((await typed([text, ...keys, 'X'])).line).toBe(expected);
  });
});

describe('kill and yank', () => {
  it.each([
    ['Ctrl-U kills to the start', ['abc def', KEY.left, '\x15'], 'f'],
    ['Ctrl-K kills to the end', ['abc def', '\x01', KEY.right, '\x0b'], 'a'],
    ['Ctrl-W kills the previous word', ['ls -l /tmp', '\x17'], 'ls -l '],
    ['Ctrl-W twice then Ctrl-Y yanks both words', ['ls -l /tmp', '\x17', '\x17', '\x19'], 'ls -l /tmp'],
    ['Ctrl-K then Ctrl-Y at the start', ['world hello ', '\x01', '\x1bf', '\x0b', '\x01', '\x19'], ' hello world'],
  ])('%s', async (_n, keys, expected) => {
    expect((await typed(keys)).line).toBe(expected);
  });
});

describe('interrupt, end of file, clear screen', () => {
  it('Ctrl-C prints ^C at the end of the line and returns interrupt', async () => {
    const rig = new Rig(80, 5);
    const read = rig.editor.readLine(PROMPT);
    rig.editor.feed('docker servce' + KEY.left + '\x03');
    expect(await read).toEqual({ kind: 'interrupt' });
    void rig.editor.readLine(PROMPT);
    expect(await rig.text()).toBe(`${PROMPT}docker servce^C\n${PROMPT.trimEnd()}`);
  });

  it('Ctrl-C discards keys typed after it, as a tty flushes its input queue', async () => {
    const rig = new Rig();
    const read = rig.editor.readLine(PROMPT);
    rig.editor.feed('sleep 10\x03rm x\r');
    expect(await read).toEqual({ kind: 'interrupt' });
    const next = rig.editor.readLine(PROMPT);
    rig.editor.feed('ls\r');
    expect(await next).toEqual({ kind: 'line', line: 'ls' });
  });

  it('Ctrl-D on an empty line returns eof and writes nothing', async () => {
    const rig = new Rig();
    const read = rig.editor.readLine(PROMPT);
    rig.editor.feed('\x04');
    expect(await read).toEqual({ kind: 'eof' });
    expect(rig.terminal.output()).toBe(PROMPT);
  });

  it('Ctrl-L clears the screen and redraws prompt and line at the top', async () => {
    const rig = new Rig(40, 6);
    rig.terminal.write('some\noutput\n');
    void rig.editor.readLine(PROMPT);
    rig.editor.feed('docker' + KEY.left + '\x0c');
    const screen = await rig.screen();
    expect(screen.lines[0]).toBe(`${PROMPT}docker`);
    expect(screen.lines.slice(1).every((l) => l === '')).toBe(true);
    expect(screen.cursor).toEqual({ x: PROMPT.length + 5, y: 0 });
  });
});

describe('escape sequence decoding', () => {
  it('handles a key split across chunks (ESC, then [D)', async () => {
    expect((await typed(['abc', '\x1b', '[D', 'X'])).line).toBe('abXc');
  });

  it('handles a sequence split inside its parameters', async () => {
    expect((await typed(['abc def', '\x1b[1;', '5D', 'X'])).line).toBe('abc Xdef');
  });

  it.each([
    ['Page Up', '\x1b[5~'], ['F5', '\x1b[15~'], ['F1 (SS3)', '\x1bOP'], ['Shift-Tab', '\x1b[Z'],
    ['device attributes reply', '\x1b[?1;2c'], ['Alt-x', '\x1bx'], ['focus in', '\x1b[I'],
  ])('swallows %s without inserting anything', async (_n, seq) => {
    expect((await typed(['ab', seq, 'c'])).line).toBe('abc');
  });

  it('a lone ESC followed by nothing is harmless', async () => {
    const rig = new Rig();
    const read = rig.editor.readLine('$ ');
    rig.editor.feed('ls');
    rig.editor.feed('\x1b');
    rig.editor.feed('\r');
    expect(await read).toEqual({ kind: 'line', line: 'ls' });
  });

  it('keys typed before a read starts are processed when it starts', async () => {
    const rig = new Rig();
    rig.editor.feed('hostname\rwh');
    expect(rig.terminal.output()).toBe('');
    expect(await rig.editor.readLine('$ ')).toEqual({ kind: 'line', line: 'hostname' });
    const second = rig.editor.readLine('$ ');
    rig.editor.feed('o\r');
    expect(await second).toEqual({ kind: 'line', line: 'who' });
  });

  it('rejects a second read while one is pending', async () => {
    const rig = new Rig();
    void rig.editor.readLine('$ ');
    await expect(rig.editor.readLine('$ ')).rejects.toThrow(/already pending/);
  });
});
