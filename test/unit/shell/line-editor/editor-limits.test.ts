import { describe, expect, it } from 'vitest';
import { LineEditor } from '../../../../src/shell/line-editor/index.js';
import { KeyQueue } from '../../../../src/shell/line-editor/key-queue.js';
import { FakeTerminal } from './harness.js';

describe('KeyQueue bound', () => {
  it('drops typeahead past its bound, which the shell sizes to a whole paste', () => {
    const queue = new KeyQueue(10);
    queue.push({ kind: 'text', text: 'x'.repeat(8) });
    queue.push({ kind: 'text', text: 'yyy' });
    queue.push({ kind: 'key', name: 'enter' });
    expect([queue.shift(), queue.shift(), queue.shift()]).toEqual([{ kind: 'text', text: 'x'.repeat(8) }, { kind: 'key', name: 'enter' }, undefined]);
  });
});

describe('LineEditor limits', () => {
  it('a 100 KiB paste typed ahead reaches the reader whole when the queue allows it', async () => {
    const editor = new LineEditor(new FakeTerminal(), { maxQueuedInput: 256 * 1024, maxLineLength: 200 * 1024 });
    editor.feed(`${'a'.repeat(100 * 1024)}\r`);
    const read = await editor.readLine('$ ');
    expect(read.kind === 'line' && read.line.length).toBe(100 * 1024);
  });

  it('says once per line that the line is too long, above the prompt', async () => {
    const term = new FakeTerminal();
    const editor = new LineEditor(term, { maxLineLength: 5, lineTooLong: 'too long!' });
    const read = editor.readLine('$ ');
    editor.feed('abcdefgh');
    editor.feed('ij\r');
    expect(await read).toEqual({ kind: 'line', line: 'abcde' });
    expect(term.output().match(/too long!/g)).toHaveLength(1);
  });

  it('a pasted line past the cap is submitted cut short, with the notice', async () => {
    const term = new FakeTerminal();
    const editor = new LineEditor(term, { maxLineLength: 5, lineTooLong: 'too long!' });
    const read = editor.readLine('$ ');
    editor.feed('\x1b[200~abcdefgh\x1b[201~\r');
    expect(await read).toEqual({ kind: 'line', line: 'abcde' });
    expect(term.output()).toContain('too long!');
  });
});
