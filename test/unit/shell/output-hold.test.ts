// The shell holds the terminal's output from Enter until the next prompt is drawn, so a command's
// echo, output and prompt leave together (one SSH packet); typing ends a hold at once.

import { describe, expect, it } from 'vitest';
import { ShellRig } from './limits/rig.js';

describe('output hold', () => {
  it('holds from Enter, before the newline, until the next prompt is written', async () => {
    const rig = new ShellRig({});
    await rig.type('echo hi\r');
    expect(rig.term.holds).toEqual(['hold after "$ "', 'release after "$ echo hi\\nhi\\n$ "']);
  });

  it('holds for a line that needs more input until the continuation prompt', async () => {
    const rig = new ShellRig({});
    await rig.type("echo 'a\r");
    expect(rig.term.holds).toEqual([`hold after "$ "`, `release after "$ echo 'a\\n> "`]);
  });

  it('lets go when someone types while a command runs', async () => {
    const rig = new ShellRig({});
    await rig.type('stream\r');
    expect(rig.term.holds).toHaveLength(1);
    await rig.type('x');
    expect(rig.term.holds[1]).toMatch(/^release after "\$ stream\\ntick\\n/);
    await rig.type('\x03');
    expect(rig.output).toMatch(/\^C\n\$ $/);
  });

  it('lets go when the session ends during a command', async () => {
    const rig = new ShellRig({});
    await rig.type('stream\r');
    rig.closed.abort();
    await rig.timers.advance(0);
    expect(rig.status).toBe(130);
    expect(rig.term.holds).toHaveLength(2);
    expect(rig.term.holds[1]).toMatch(/^release after "\$ stream\\ntick\\n/);
  });
});
