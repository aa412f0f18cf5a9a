import { describe, expect, it } from 'vitest';
import { LineEditor } from '../../../../src/shell/line-editor/index.js';
import { FakeTerminal, KEY, Rig } from './harness.js';

async function enter(editor: LineEditor, keys: string, options = {}): Promise<string> {
  const read = editor.readLine('$ ', options);
  editor.feed(keys);
  editor.feed(KEY.enter);
  const result = await read;
  return result.kind === 'line' ? result.line : `<${result.kind}>`;
}

describe('history', () => {
  it('records non-empty lines, skipping consecutive duplicates', async () => {
    const editor = new LineEditor(new FakeTerminal());
    for (const line of ['ls', 'ls', '', '   ', ' hostname', 'ls']) await enter(editor, line);
    expect(editor.history()).toEqual(['ls', ' hostname', 'ls']);
  });

  it('Up recalls older lines and Down comes back to the line being typed', async () => {
    const rig = new Rig(40, 6);
    rig.editor.setHistory(['docker node ls', 'docker service ls']);
    const read = rig.editor.readLine('$ ');
    rig.editor.feed('half-typed');
    rig.editor.feed(KEY.up);
    expect((await rig.screen()).lines[0]).toBe('$ docker service ls');
    rig.editor.feed('\x10'); // Ctrl-P
    expect((await rig.screen()).lines[0]).toBe('$ docker node ls');
    rig.editor.feed(KEY.up);
    expect(rig.terminal.output().endsWith('\x07')).toBe(true);
    rig.editor.feed(KEY.down + '\x0e'); // Down, Ctrl-N
    expect((await rig.screen()).lines[0]).toBe('$ half-typed');
    rig.editor.feed(KEY.enter);
    expect(await read).toEqual({ kind: 'line', line: 'half-typed' });
  });

  it('keeps edits to a recalled line while browsing', async () => {
    const editor = new LineEditor(new FakeTerminal());
    editor.setHistory(['one', 'two']);
    const line = await enter(editor, `${KEY.up}${KEY.up}!${KEY.down}${KEY.up}`);
    expect(line).toBe('one!');
    expect(editor.history()).toEqual(['one', 'two', 'one!']);
  });

  it('is bounded, dropping the oldest entries', async () => {
    const editor = new LineEditor(new FakeTerminal(), { historySize: 3 });
    editor.setHistory(['a', 'b', 'c', 'd']);
    expect(editor.history()).toEqual(['b', 'c', 'd']);
    await enter(editor, 'e');
    expect(editor.history()).toEqual(['c', 'd', 'e']);
  });

  it('a read with history off neither browses nor records', async () => {
    const editor = new LineEditor(new FakeTerminal());
    editor.setHistory(['old']);
    expect(await enter(editor, `${KEY.up}body`, { history: false })).toBe('body');
    expect(editor.history()).toEqual(['old']);
  });
});
