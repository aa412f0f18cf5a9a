import { describe, expect, it } from 'vitest';
import type { Completer } from '../../../../src/shell/line-editor/index.js';
import { formatColumns, longestCommonPrefix } from '../../../../src/shell/line-editor/completion.js';
import { KEY, Rig } from './harness.js';

// completeFrom completes the last space-separated word from a fixed list.
function completeFrom(words: string[]): Completer {
  return (line, cursor) => {
    const start = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(start, cursor);
    return { candidates: words.filter((w) => w.startsWith(word)), start, end: cursor };
  };
}

const DOCKER = completeFrom(['service', 'secret', 'stack', 'swarm', 'system', 'network', 'node', 'ps', 'logs/', 'FOO=']);

async function tab(keys: string[]): Promise<{ rig: Rig; line: string }> {
  const rig = new Rig(40, 12);
  const read = rig.editor.readLine('$ ', { complete: DOCKER });
  for (const k of keys) rig.editor.feed(k);
  await rig.screen();
  rig.editor.feed(KEY.enter);
  const result = await read;
  return { rig, line: result.kind === 'line' ? result.line : '' };
}

describe('tab completion', () => {
  it.each([
    ['one candidate adds a space', ['docker netw\t'], 'docker network '],
    ['no space after a candidate ending in /', ['docker lo\t'], 'docker logs/'],
    ['no space after a candidate ending in =', ['docker F\t'], 'docker FOO='],
    ['several candidates extend to the common prefix', ['docker sw\tx'], 'docker swarm x'],
    ['completes the word under the cursor, keeping the rest', ['docker ne ls', KEY.left, KEY.left, KEY.left, '\t'], 'docker network  ls'],
  ])('%s', async (_n, keys, expected) => {
    expect((await tab(keys)).line).toBe(expected);
  });

  it('extends to the longest common prefix and rings the bell', async () => {
    const { rig, line } = await tab(['docker se\t']);
    expect(line).toBe('docker se');
    expect(rig.terminal.output()).toContain('\x07');
    const { line: longer } = await tab(['docker n\t']);
    expect(longer).toBe('docker n');
  });

  it('rings the bell when nothing matches', async () => {
    const { rig, line } = await tab(['docker zz\t']);
    expect(line).toBe('docker zz');
    expect(rig.terminal.output()).toMatch(/zz\x07\n$/);
  });

  it('lists the candidates in columns on a second Tab, then redraws prompt and line', async () => {
    const rig = new Rig(40, 12);
    void rig.editor.readLine('$ ', { complete: DOCKER });
    rig.editor.feed('docker s' + KEY.left + KEY.right + '\t\t');
    const screen = await rig.screen();
    expect(screen.lines.slice(0, 5)).toEqual([
      '$ docker s',
      'secret   stack    system',
      'service  swarm',
      '$ docker s',
      '',
    ]);
    expect(screen.cursor).toEqual({ x: 10, y: 3 });
  });

  it('does not list when the Tabs are not consecutive', async () => {
    const { rig } = await tab(['docker s\t', 'x', KEY.backspace, '\t']);
    expect(rig.terminal.output()).not.toContain('secret');
  });
});

describe('formatColumns', () => {
  it('fills columns top to bottom like readline', () => {
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'];
    expect(formatColumns(words, 30)).toBe('alpha    delta    golf\nbravo    echo\ncharlie  foxtrot\n');
  });

  it('never fills the width exactly and always has at least one column', () => {
    expect(formatColumns(['abcd', 'efgh'], 12)).toBe('abcd\nefgh\n');
    expect(formatColumns(['a-very-long-candidate', 'b'], 10)).toBe('a-very-long-candidate\nb\n');
  });

  it('measures wide characters in cells and strips control characters', () => {
    expect(formatColumns(['漢字', 'ab\x1b[31m'], 80)).toBe('ab[31m  漢字\n');
  });

  it('longestCommonPrefix keeps whole code points', () => {
    expect(longestCommonPrefix(['😀a', '😁b'])).toBe('');
    expect(longestCommonPrefix(['service', 'secret'])).toBe('se');
  });
});
