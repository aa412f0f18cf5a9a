// Node shells without an interactive prompt: one exec request run like `bash -c`, or command
// lines read from a non-tty stdin (`ssh -T host < script`) until end of input.

import { Interpreter, ShellExit } from '../shell/interpreter.js';
import { createNodeShellHost, type NodeShellDeps } from '../shell/node/node-shell.js';
import { teeOutput } from '../shell/output-tee.js';
import { parseCommandLine } from '../shell/parser/index.js';
import { execIO } from './exec-io.js';
import type { SessionRequest } from './server.js';

/** Recorder is told about every command line, its exit status and the start of its output (bounded, for lesson checks). */
export type Recorder = { onCommand(line: string): void; onDone(line: string, status: number, output: string): void };

/** runOnce runs an exec request's command line like `bash -c`. */
export async function runOnce(request: SessionRequest, deps: NodeShellDeps, line: string, record: Recorder): Promise<number> {
  const host = createNodeShellHost(deps, 'command');
  const interpreter = new Interpreter(host);
  const parsed = parseCommandLine(line);
  if (parsed.kind !== 'ok') {
    request.terminal.writeError(`bash: -c: line 1: ${parsed.message}\n`);
    return 2;
  }
  record.onCommand(line);
  const { io, dispose } = execIO(request, true);
  // The journal keeps the start of the output (MAX_TEE), as for interactive sessions, so lesson `output:` checks see it.
  const tee = teeOutput(io);
  try {
    const status = await runCatchingExit(interpreter, parsed.list, tee.io);
    record.onDone(line, status, tee.text());
    return status;
  } finally {
    dispose();
  }
}

/** runCatchingExit runs a list; `exit N` ends it with status N. */
async function runCatchingExit(interpreter: Interpreter, list: Parameters<Interpreter['run']>[0], io: Parameters<Interpreter['run']>[1]): Promise<number> {
  try {
    return await interpreter.run(list, io);
  } catch (error) {
    if (error instanceof ShellExit) return error.status;
    throw error;
  }
}

/** runPiped reads command lines from a non-tty stdin (`ssh -T host < script`) until EOF. */
export async function runPiped(request: SessionRequest, deps: NodeShellDeps, record: Recorder): Promise<number> {
  const host = createNodeShellHost(deps, 'command');
  const interpreter = new Interpreter(host);
  let buffer = '';
  const lines: string[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  const sub = request.terminal.onData((data) => {
    buffer += data;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
    wake?.();
  });
  request.terminal.onEnd(() => {
    ended = true;
    if (buffer) lines.push(buffer);
    wake?.();
  });
  const { io, dispose } = execIO(request);
  try {
    for (;;) {
      const line = lines.shift();
      if (line === undefined) {
        if (ended || request.closed.aborted) return interpreter.status;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const parsed = parseCommandLine(line);
      if (parsed.kind !== 'ok') {
        io.stderr(`bash: line 1: ${parsed.message}\n`);
        continue;
      }
      record.onCommand(line);
      const tee = teeOutput(io);
      try {
        record.onDone(line, await interpreter.run(parsed.list, tee.io), tee.text());
      } catch (error) {
        if (error instanceof ShellExit) return error.status;
        throw error;
      }
    }
  } finally {
    sub.dispose();
    dispose();
  }
}
