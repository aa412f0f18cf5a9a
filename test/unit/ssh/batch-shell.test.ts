// Exec sessions (`ssh host 'cmd'`) and piped scripts (`ssh -T host < script`) journal each command
// with the start of its output, like interactive sessions, so lesson `output:` checks see them.

import { describe, expect, it } from 'vitest';
import { runOnce, runPiped, type Recorder } from '../../../src/ssh/batch-shell.js';
import type { SessionRequest } from '../../../src/ssh/server.js';
import { MAX_TEE } from '../../../src/shell/output-tee.js';
import { DEFAULT_SHELL_LIMITS } from '../../../src/shell/limits/shell-limits.js';
import type { NodeShellDeps } from '../../../src/shell/node/node-shell.js';

/** fakeRequest is an exec request without a pty whose stdin is `input` (then end of input). */
function fakeRequest(input = ''): { request: SessionRequest; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const none = { dispose: () => undefined };
  const terminal = {
    isTTY: false,
    write: (t: string) => void out.push(t),
    writeError: (t: string) => void err.push(t),
    size: () => ({ columns: 80, rows: 24 }),
    onData: (l: (d: string) => void) => (input && queueMicrotask(() => l(input)), none),
    onResize: () => none,
    onEnd: (l: () => void) => (setTimeout(l, 0), none),
  };
  const request = { id: 's1', kind: 'exec', env: {}, terminal, closed: new AbortController().signal, limits: DEFAULT_SHELL_LIMITS };
  return { request: request as unknown as SessionRequest, out, err };
}

const deps: NodeShellDeps = { user: 'alice', hostname: 'manager1', lang: 'en', docker: async () => 0, who: () => [], now: () => 0, history: () => [] };

function journal(): { record: Recorder; done: { line: string; status: number; output: string }[] } {
  const done: { line: string; status: number; output: string }[] = [];
  return { done, record: { onCommand: () => undefined, onDone: (line, status, output) => void done.push({ line, status, output }) } };
}

describe('batch shell journal', () => {
  it("ssh host 'echo hi; hostname' journals the output it printed", async () => {
    const { request, out } = fakeRequest();
    const { record, done } = journal();
    expect(await runOnce(request, deps, 'echo hi; hostname', record)).toBe(0);
    expect(out.join('')).toBe('hi\nmanager1\n');
    expect(done).toEqual([{ line: 'echo hi; hostname', status: 0, output: 'hi\nmanager1\n' }]);
  });

  it("ssh host 'cat nothing' journals stderr and the exit status", async () => {
    const { request } = fakeRequest();
    const { record, done } = journal();
    expect(await runOnce(request, deps, 'cat nothing', record)).toBe(1);
    expect(done[0]).toEqual({ line: 'cat nothing', status: 1, output: 'cat: nothing: No such file or directory\n' });
  });

  it('keeps only the first MAX_TEE characters of a long output', async () => {
    const { request, out } = fakeRequest();
    const { record, done } = journal();
    const words = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    await runOnce(request, deps, `echo ${words}`, record);
    expect(out.join('')).toBe(`${words}\n`);
    expect(done[0]?.output).toBe(words.slice(0, MAX_TEE));
  });

  it('ssh -T host < script journals each line with its own output', async () => {
    const { request } = fakeRequest('echo one\nhostname\n');
    const { record, done } = journal();
    await runPiped(request, deps, record);
    expect(done).toEqual([
      { line: 'echo one', status: 0, output: 'one\n' },
      { line: 'hostname', status: 0, output: 'manager1\n' },
    ]);
  });
});
