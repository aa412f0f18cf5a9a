// What the user sees while editing long lines, wide characters, asynchronous messages and resizes.
import { describe, expect, it } from 'vitest';
import { KEY, Rig } from './harness.js';

const PROMPT = '$ '; // 2 cells, so a 20-column row holds 18 characters after it

function rows(text: string, cols: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += cols) out.push(text.slice(i, i + cols).trimEnd());
  return out;
}

describe('wrapping at 20 columns', () => {
  it('wraps a long line like the terminal does and keeps the cursor at the end', async () => {
    const rig = new Rig(20, 8);
    void rig.editor.readLine(PROMPT);
    const text = 'docker service create --name web nginx';
    for (const ch of text) rig.editor.feed(ch);
    const screen = await rig.screen();
    expect(screen.lines.slice(0, 3)).toEqual([...rows(PROMPT + text, 20), '']);
    expect(screen.cursor).toEqual({ x: 0, y: 2 }); // 40 cells exactly: the cursor waits on row 3
    rig.editor.feed('x');
    expect((await rig.screen()).lines[2]).toBe('x');
  });

  it('moves to the next row when a character fills the last column', async () => {
    const rig = new Rig(20, 8);
    const read = rig.editor.readLine(PROMPT);
    rig.editor.feed('a'.repeat(18));
    let screen = await rig.screen();
    expect(screen.lines[0]).toBe(PROMPT + 'a'.repeat(18));
    expect(screen.cursor).toEqual({ x: 0, y: 1 });
    rig.editor.feed(KEY.left + KEY.right + 'b');
    screen = await rig.screen();
    expect(screen.lines[1]).toBe('b');
    rig.editor.feed(KEY.backspace + KEY.enter);
    expect(await read).toEqual({ kind: 'line', line: 'a'.repeat(18) });
    screen = await rig.screen();
    // No blank row between the line and the output that follows (readline does the same).
    expect(screen.cursor).toEqual({ x: 0, y: 1 });
  });

  it('redraws the tail across rows when inserting in the middle', async () => {
    const rig = new Rig(20, 8);
    void rig.editor.readLine(PROMPT);
    const text = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEF';
    rig.editor.feed(text);
    rig.editor.feed(KEY.home + KEY.right + KEY.right + '__');
    const screen = await rig.screen();
    expect(screen.lines.slice(0, 3)).toEqual(rows(PROMPT + 'ab__' + text.slice(2), 20));
    expect(screen.cursor).toEqual({ x: 6, y: 0 });
    rig.editor.feed(KEY.end);
    expect((await rig.screen()).cursor).toEqual({ x: (PROMPT + text).length + 2 - 40, y: 2 });
  });

  it('clears rows that become empty when text is deleted', async () => {
    const rig = new Rig(20, 8);
    void rig.editor.readLine(PROMPT);
    rig.editor.feed('x'.repeat(50));
    rig.editor.feed('\x01\x0b');
    const screen = await rig.screen();
    expect(screen.lines.slice(0, 3)).toEqual(['$', '', '']);
    expect(screen.cursor).toEqual({ x: 2, y: 0 });
  });

  it('moves the cursor up and down across wrapped rows', async () => {
    const rig = new Rig(20, 8);
    void rig.editor.readLine(PROMPT);
    rig.editor.feed('0123456789'.repeat(5));
    rig.editor.feed(KEY.home);
    expect((await rig.screen()).cursor).toEqual({ x: 2, y: 0 });
    rig.editor.feed('\x1bf'); // one word: the whole run of digits
    expect((await rig.screen()).cursor).toEqual({ x: 12, y: 2 });
  });
});

describe('prompts', () => {
  it('gives colour sequences in the prompt no width', async () => {
    const rig = new Rig(20, 6);
    void rig.editor.readLine('\x1b[1;32malice\x1b[0m:~$ ');
    rig.editor.feed('0123456789abcdefghij');
    rig.editor.feed(KEY.home + KEY.right + '_');
    const screen = await rig.screen();
    expect(screen.lines.slice(0, 2)).toEqual(['alice:~$ 0_123456789', 'abcdefghij']);
    expect(screen.cursor).toEqual({ x: 11, y: 0 });
  });

  it('lays out a prompt that exactly fills a row', async () => {
    const rig = new Rig(10, 6);
    const read = rig.editor.readLine('0123456789');
    rig.editor.feed('ab' + KEY.left + 'X');
    const screen = await rig.screen();
    expect(screen.lines.slice(0, 2)).toEqual(['0123456789', 'aXb']);
    expect(screen.cursor).toEqual({ x: 2, y: 1 });
    rig.editor.feed(KEY.enter);
    expect(await read).toEqual({ kind: 'line', line: 'aXb' });
  });
});

describe('wide and combining characters', () => {
  it('counts CJK characters as two cells and pushes one that does not fit to the next row', async () => {
    const rig = new Rig(20, 8);
    const read = rig.editor.readLine(PROMPT);
    rig.editor.feed('ab' + '漢字'.repeat(5)); // 2 + 2 + 16 = 20 cells: row is full
    rig.editor.feed('ç');
    let screen = await rig.screen();
    expect(screen.lines[0]).toBe(PROMPT + 'ab' + '漢字'.repeat(4));
    expect(screen.lines[1]).toBe('漢字ç');
    expect(screen.cursor).toEqual({ x: 5, y: 1 });
    rig.editor.feed(KEY.home + 'x'); // shifts everything: 字 no longer fits in column 19
    screen = await rig.screen();
    expect(screen.lines[0]).toBe(PROMPT + 'xab' + '漢字'.repeat(3) + '漢');
    expect(screen.lines[1]).toBe('字漢字ç');
    expect(screen.cursor).toEqual({ x: 3, y: 0 });
    rig.editor.feed(KEY.enter);
    expect(await read).toEqual({ kind: 'line', line: 'xab' + '漢字'.repeat(5) + 'ç' });
  });

  it('keeps a combining accent with its letter when moving and deleting', async () => {
    const rig = new Rig(40, 4);
    const read = rig.editor.readLine(PROMPT);
    rig.editor.feed('cafe\u0301 ok');
    rig.editor.feed(KEY.left + KEY.left + KEY.left + KEY.left);
    expect((await rig.screen()).cursor).toEqual({ x: 2 + 3, y: 0 });
    rig.editor.feed(KEY.del + 'é');
    const screen = await rig.screen();
    expect(screen.lines[0]).toBe(`${PROMPT}café ok`);
    rig.editor.feed(KEY.enter);
    expect(await read).toEqual({ kind: 'line', line: 'café ok' });
  });

  it('edits emoji as one two-cell character', async () => {
    const rig = new Rig(20, 4);
    const read = rig.editor.readLine(PROMPT);
    rig.editor.feed('a😀b');
    rig.editor.feed(KEY.left);
    expect((await rig.screen()).cursor).toEqual({ x: 5, y: 0 });
    rig.editor.feed(KEY.backspace);
    const screen = await rig.screen();
    expect(screen.lines[0]).toBe(`${PROMPT}ab`);
    expect(screen.cursor).toEqual({ x: 3, y: 0 });
    rig.editor.feed(KEY.enter);
    expect(await read).toEqual({ kind: 'line', line: 'ab' });
  });
});

describe('printAbove', () => {
  it('prints a message above a wrapped line and restores line and cursor', async () => {
    const rig = new Rig(20, 10);
    rig.terminal.write('earlier output\n');
    void rig.editor.readLine(PROMPT);
    const text = 'docker network create -d overlay backend';
    rig.editor.feed(text);
    rig.editor.feed('\x1bb\x1bb'); // cursor before "overlay"
    const before = await rig.screen();
    rig.editor.printAbove('Broadcast from bob: hi');
    const screen = await rig.screen();
    expect(screen.lines.slice(0, 5)).toEqual(['earlier output', 'Broadcast from bob:', 'hi', ...rows(PROMPT + text, 20).slice(0, 2)]);
    expect(screen.lines[5]).toBe(rows(PROMPT + text, 20)[2]);
    expect(screen.cursor).toEqual({ x: before.cursor.x, y: before.cursor.y + 2 });
    rig.editor.feed('X');
    expect((await rig.screen()).lines[4]).toContain('-d Xoverlay');
  });

  it('just writes the message when no read is pending', () => {
    const rig = new Rig();
    rig.editor.printAbove('hello');
    expect(rig.terminal.output()).toBe('hello\n');
  });
});

describe('resize', () => {
  it('redraws a wrapped line for a narrower terminal', async () => {
    const rig = new Rig(40, 10);
    void rig.editor.readLine(PROMPT);
    const text = 'docker service scale web=5 api=3 db=1 cache=2';
    rig.editor.feed(text);
    await rig.resize(20);
    const screen = await rig.screen();
    expect(screen.lines.filter((l) => l !== '')).toEqual(rows(PROMPT + text, 20));
    expect(screen.cursor).toEqual({ x: (PROMPT + text).length % 20, y: 2 });
  });

  it('redraws a wrapped line for a wider terminal', async () => {
    const rig = new Rig(20, 10);
    void rig.editor.readLine(PROMPT);
    const text = 'docker service scale web=5 api=3 db=1 cache=2';
    rig.editor.feed(text);
    rig.editor.feed(KEY.home);
    await rig.resize(50);
    const screen = await rig.screen();
    expect(screen.lines.filter((l) => l !== '')).toEqual([PROMPT + text]);
    expect(screen.cursor).toEqual({ x: 2, y: 0 });
  });
});
