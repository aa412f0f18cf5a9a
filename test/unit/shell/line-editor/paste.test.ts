import { describe, expect, it } from 'vitest';
import { KEY, Rig } from './harness.js';

async function readAll(rig: Rig, count: number): Promise<string[]> {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await rig.editor.readLine('$ ');
    lines.push(result.kind === 'line' ? result.line : `<${result.kind}>`);
  }
  return lines;
}

describe('bracketed paste', () => {
  it('pasting three lines submits three lines in order', async () => {
    const rig = new Rig(40, 10);
    rig.editor.feed(`${KEY.pasteStart}docker node ls\r\ndocker service ls\nhostname\r${KEY.pasteEnd}`);
    expect(await readAll(rig, 3)).toEqual(['docker node ls', 'docker service ls', 'hostname']);
    void rig.editor.readLine('$ ');
    expect(await rig.text()).toBe('$ docker node ls\n$ docker service ls\n$ hostname\n$');
  });

  it('inserts a paste without a newline at the cursor and keeps editing', async () => {
    const rig = new Rig();
    const read = rig.editor.readLine('$ ');
    rig.editor.feed('echo ' + KEY.left + KEY.pasteStart + "'a\tb'" + KEY.pasteEnd + '!');
    rig.editor.feed(KEY.enter);
    expect(await read).toEqual({ kind: 'line', line: "echo'a b'! " });
  });

  it('handles markers split across chunks and escape characters inside the paste', async () => {
    const rig = new Rig();
    const read = rig.editor.readLine('$ ');
    for (const chunk of ['\x1b[2', '00~ab', 'c\x1b[31md\x1b[20', '1', '~', 'e\r']) rig.editor.feed(chunk);
    expect(await read).toEqual({ kind: 'line', line: 'abc[31mde' });
  });

  it('does not treat keys inside a paste as commands', async () => {
    const rig = new Rig();
    const read = rig.editor.readLine('$ ');
    rig.editor.feed(KEY.pasteStart + 'a\x03b\x04c\x7f' + KEY.pasteEnd + KEY.enter);
    expect(await read).toEqual({ kind: 'line', line: 'abc' });
  });
});
