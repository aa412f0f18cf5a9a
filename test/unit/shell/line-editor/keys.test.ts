import { describe, expect, it } from 'vitest';
import { KeyDecoder, type Key } from '../../../../src/shell/line-editor/keys.js';

function decode(...chunks: string[]): Key[] {
  const decoder = new KeyDecoder();
  return chunks.flatMap((c) => decoder.decode(c));
}

const key = (name: string): Key => ({ kind: 'key', name: name as never });

describe('KeyDecoder', () => {
  it.each([
    ['\x1b[A', 'up'], ['\x1b[B', 'down'], ['\x1b[C', 'right'], ['\x1b[D', 'left'],
    ['\x1bOA', 'up'], ['\x1bOD', 'left'], ['\x1b[H', 'home'], ['\x1b[F', 'end'], ['\x1bOH', 'home'], ['\x1bOF', 'end'],
    ['\x1b[1~', 'home'], ['\x1b[7~', 'home'], ['\x1b[4~', 'end'], ['\x1b[8~', 'end'], ['\x1b[3~', 'delete'],
    ['\x1b[1;5C', 'ctrl-right'], ['\x1b[1;5D', 'ctrl-left'], ['\x1b[1;3D', 'ctrl-left'], ['\x1bOc', 'ctrl-right'],
    ['\x1bb', 'alt-b'], ['\x1bf', 'alt-f'], ['\x1bd', 'alt-d'], ['\x1b\x7f', 'alt-backspace'],
    ['\x7f', 'backspace'], ['\x08', 'backspace'], ['\t', 'tab'], ['\r', 'enter'], ['\n', 'enter'], ['\x1bOM', 'enter'],
    ['\x01', 'ctrl-a'], ['\x03', 'ctrl-c'], ['\x04', 'ctrl-d'], ['\x17', 'ctrl-w'],
  ])('%j is %s', (seq, name) => {
    expect(decode(seq)).toEqual([key(name)]);
  });

  it('groups printable characters into one text key', () => {
    expect(decode('ls -l é漢😀')).toEqual([{ kind: 'text', text: 'ls -l é漢😀' }]);
  });

  it('treats CR LF as one Enter, even split across chunks, but CR CR as two', () => {
    expect(decode('a\r\nb')).toEqual([{ kind: 'text', text: 'a' }, key('enter'), { kind: 'text', text: 'b' }]);
    expect(decode('a\r', '\nb')).toEqual([{ kind: 'text', text: 'a' }, key('enter'), { kind: 'text', text: 'b' }]);
    expect(decode('\r\r')).toEqual([key('enter'), key('enter')]);
    expect(decode('\n\n')).toEqual([key('enter'), key('enter')]);
  });

  it('reassembles sequences split at every byte', () => {
    expect(decode('\x1b', '[', '1', ';', '5', 'C')).toEqual([key('ctrl-right')]);
    expect(decode('\x1b', 'O', 'H')).toEqual([key('home')]);
  });

  it('swallows unknown and overlong sequences', () => {
    expect(decode('\x1b[2~\x1b[24~\x1b[?1;2c\x1bOP\x1b[M', 'x')).toEqual([{ kind: 'text', text: 'x' }]);
    expect(decode('\x1b[' + '1;'.repeat(40) + 'Cx')).toEqual([{ kind: 'text', text: 'x' }]);
  });

  it('decodes Page Up and Page Down (nano pages with them; the line editor ignores them)', () => {
    expect(decode('\x1b[5~\x1b[6~')).toEqual([key('pageup'), key('pagedown')]);
  });

  it('executes a control character that interrupts a sequence', () => {
    expect(decode('\x1b[1\r')).toEqual([key('enter')]);
    expect(decode('\x1b\x03')).toEqual([key('ctrl-c')]);
  });

  it('decodes a bracketed paste as paste keys with normalised line breaks', () => {
    expect(decode('\x1b[200~a\r\nb\rc\td\x1b[201~e')).toEqual([{ kind: 'paste', text: 'a\nb\nc d' }, { kind: 'text', text: 'e' }]);
    expect(decode('\x1b[200~a\x1b[2', '01~')).toEqual([{ kind: 'paste', text: 'a' }]);
  });

  it('replaces unpaired surrogates and joins a pair split across chunks', () => {
    expect(decode('a\ud800b')).toEqual([{ kind: 'text', text: 'a\ufffdb' }]);
    expect(decode('\ud83d', '\ude00')).toEqual([{ kind: 'text', text: '😀' }]);
  });
});
