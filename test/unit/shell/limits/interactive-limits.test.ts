import { describe, expect, it } from 'vitest';
import { ShellRig, settle } from './rig.js';

describe('interactive shell: idle timeout', () => {
  it('warns a minute before, in English, then closes the session', async () => {
    const rig = new ShellRig({ idleTimeoutMs: 7_200_000 });
    await rig.timers.advance(7_140_000);
    expect(rig.output).toContain('swarmlab: this session is idle; it will be closed in 1 min unless you type something.');
    expect(rig.status).toBeUndefined();
    await rig.timers.advance(60_000);
    expect(rig.output).toContain('swarmlab: session closed after 2 h without input.');
    expect(rig.status).toBe(0);
  });

  it('speaks pt-BR by default', async () => {
    const rig = new ShellRig({ idleTimeoutMs: 120_000 }, 'pt');
    await rig.timers.advance(120_000);
    expect(rig.output).toContain('swarmlab: sessão sem atividade; ela será encerrada em 1 min se nada for digitado.');
    expect(rig.output).toContain('swarmlab: sessão encerrada após 2 min sem atividade.');
  });

  it('a keystroke keeps the session open; output does not', async () => {
    const rig = new ShellRig({ idleTimeoutMs: 10_000 });
    await rig.timers.advance(9_000);
    await rig.type('e');
    rig.shell.notify('a teammate says hi');
    await rig.timers.advance(9_000);
    expect(rig.status).toBeUndefined();
    await rig.timers.advance(1_000);
    expect(rig.status).toBe(0);
  });

  it('interrupts a running command when it times out', async () => {
    const rig = new ShellRig({ idleTimeoutMs: 10_000, maxOutputBytes: 1 << 30 });
    await rig.type('stream\r');
    await rig.timers.advance(10_000);
    await settle();
    expect(rig.status).toBe(130);
  });

  it('is off unless the session asks for it (a shell nested in docker exec)', async () => {
    const rig = new ShellRig({});
    await rig.timers.advance(30 * 24 * 3_600_000);
    expect(rig.status).toBeUndefined();
  });
});

describe('interactive shell: input limits', () => {
  it('runs a pasted 30-line script', async () => {
    const rig = new ShellRig({});
    await rig.type(Array.from({ length: 30 }, (_, i) => `runs line${i + 1}\r`).join(''));
    expect(rig.runs).toHaveLength(30);
    expect(rig.output).not.toContain('swarmlab:');
  });

  it('drops a paste over the limit as a whole, with one bell and one line', async () => {
    const rig = new ShellRig({ maxPasteBytes: 4096 });
    await rig.type(`runs first\r${'runs x\r'.repeat(1000)}`);
    expect(rig.runs).toEqual([]);
    expect(rig.output.match(/<BEL>swarmlab: too much input at once \(over 4 KiB\); it was dropped\. Paste smaller parts\./g)).toHaveLength(1);
  });

  it('rings and says so once when a line reaches its maximum length', async () => {
    const rig = new ShellRig({ maxLineLength: 100 });
    await rig.type(`echo ${'a'.repeat(200)}`);
    await rig.type('bbb\r');
    expect(rig.output.match(/swarmlab: line too long \(at most 100 characters\); the rest was dropped\./g)).toHaveLength(1);
    expect(rig.output).toContain(`\n${'a'.repeat(95)}\n`);
    expect(rig.output).not.toContain('bbb');
  });

  it('keeps at most maxHistory lines', async () => {
    const rig = new ShellRig({ maxHistory: 3 });
    for (const n of [1, 2, 3, 4, 5]) await rig.type(`echo ${n}\r`);
    expect(rig.shell.editor.history()).toEqual(['echo 3', 'echo 4', 'echo 5']);
  });
});

describe('interactive shell: command rate and output', () => {
  it('a student holding Enter on a command gets one "slow down" line and every command still runs', async () => {
    const rig = new ShellRig({ commandRate: 2, commandBurst: 3 });
    await rig.type('runs a\r'.repeat(6));
    expect(rig.runs).toHaveLength(3);
    expect(rig.output.match(/swarmlab: slow down! at most 2 commands per second; the next ones wait their turn \(Ctrl-C cancels\)\./g)).toHaveLength(1);
    await rig.timers.advance(1500);
    expect(rig.runs).toHaveLength(6);
  });

  it('Ctrl-C cancels a command waiting for its turn', async () => {
    const rig = new ShellRig({ commandRate: 1, commandBurst: 1 });
    await rig.type('runs a\r');
    await rig.type('runs b\r');
    await rig.type('\x03');
    await rig.timers.advance(5000);
    expect(rig.runs).toEqual(['a']);
  });

  it('cuts a command\'s output at the cap with one line, and interrupts it', async () => {
    const rig = new ShellRig({ maxOutputBytes: 1024 });
    await rig.type('flood 1000\r');
    const out = rig.output;
    expect(out.match(/x{99}/g)?.length).toBeLessThanOrEqual(11);
    expect(out).toContain('swarmlab: output cut at 1 KiB; the command was interrupted. Use filters such as | head or | grep.');
    await rig.type('echo $?\r');
    expect(rig.output).toContain('130');
  });

  it('the next command has a fresh output budget', async () => {
    const rig = new ShellRig({ maxOutputBytes: 1024 });
    await rig.type('flood 5\r');
    await rig.type('flood 5\r');
    expect(rig.output).not.toContain('output cut');
  });
});
