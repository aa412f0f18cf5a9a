// Runs the built server (dist/main.js) as a real child process, for tests that must kill it the
// hard way (SIGKILL) or talk to it with OpenSSH. `npm test` builds dist/ before running tests.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INSTRUCTOR_CODE, JOIN_CODE } from './test-server.js';

const MAIN = resolve(import.meta.dirname, '../../../dist/main.js');

/** ProcessServer is a swarmlab process listening on 127.0.0.1. */
export interface ProcessServer {
  child: ChildProcess;
  port: number;
  output(): string;
}

/** hasBuild reports whether dist/main.js exists (it does under `npm test`). */
export function hasBuild(): boolean {
  return existsSync(MAIN);
}

/** startProcessServer starts dist/main.js on a free port with the given directory. */
export async function startProcessServer(dir: string): Promise<ProcessServer> {
  const child = spawn(process.execPath, [MAIN, '--host', '127.0.0.1', '--port', '0', '--data', join(dir, 'data'), '--keys', join(dir, 'keys'), '--join-code', JOIN_CODE, '--instructor-code', INSTRUCTOR_CODE, '--log-level', 'warn'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    const match = /listening on 127\.0\.0\.1:(\d+)/.exec(out);
    if (match) return { child, port: Number(match[1]), output: () => out };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** killHard sends SIGKILL and waits for the process to be gone. */
export async function killHard(server: ProcessServer): Promise<void> {
  const gone = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await gone;
}
