// Drives OpenSSH's own `ssh` client (what students actually use), authenticating with the join
// code through SSH_ASKPASS so no terminal prompt is needed. Host keys are not recorded.

import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JOIN_CODE } from './test-server.js';

/** OpenSshResult is what `ssh` printed and its exit status. */
export interface OpenSshResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

function askpass(): string {
  const dir = mkdtempSync(join(tmpdir(), 'swarmlab-askpass-'));
  const file = join(dir, 'askpass.sh');
  writeFileSync(file, `#!/bin/sh\necho '${JOIN_CODE}'\n`);
  chmodSync(file, 0o700);
  return file;
}

/** openssh runs `ssh [extra] -p port user@127.0.0.1 [command]`, feeding `input` to its stdin. */
export function openssh(port: number, user: string, options: { command?: string; input?: string; extra?: string[]; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<OpenSshResult> {
  const args = [
    '-p', String(port),
    '-o', 'StrictHostKeyChecking=no',
    '-o', 'UserKnownHostsFile=/dev/null',
    '-o', 'LogLevel=ERROR',
    '-o', 'PubkeyAuthentication=no',
    '-o', 'PreferredAuthentications=keyboard-interactive,password',
    '-o', 'NumberOfPasswordPrompts=1',
    ...(options.extra ?? []),
    `${user}@127.0.0.1`,
    ...(options.command !== undefined ? [options.command] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('ssh', args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir(), SSH_ASKPASS: askpass(), SSH_ASKPASS_REQUIRE: 'force', DISPLAY: ':0', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code });
    });
    if (options.input !== undefined) child.stdin.write(options.input);
    if (options.command !== undefined || options.input !== undefined) child.stdin.end();
  });
}

/** hasOpenSsh reports whether the ssh client is installed (.ci/run installs it). */
export async function hasOpenSsh(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('ssh', ['-V'], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}
