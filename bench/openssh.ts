// The yardstick: a real OpenSSH sshd (Debian's openssh-server) started by the benchmark on a
// loopback port with its own temporary config, host key and authorized_keys (a key generated for
// the current user), `UsePAM no`, and `/bin/sh` as the shell. Installed with apt-get when absent
// and we are root; otherwise we say exactly how to install it and the comparison is skipped.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { sleep } from './stats.js';

const SSHD_PATHS = ['/usr/sbin/sshd', '/usr/local/sbin/sshd'];

/** OPENSSH_PROMPT is the prompt /bin/sh shows in the benchmark's OpenSSH sessions. */
export const OPENSSH_PROMPT = 'ossh> ';

/** OPENSSH_SHELL is the command each OpenSSH session runs on its pty: an interactive /bin/sh with our prompt. */
export const OPENSSH_SHELL = `PS1='${OPENSSH_PROMPT}' exec /bin/sh`;

/** Sshd is a running OpenSSH server. */
export interface Sshd {
  port: number;
  user: string;
  /** plainShell is true when the sessions' login shell is /bin/sh, not the current user's shell. */
  plainShell: boolean;
  privateKey: string;
  version: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

function findSshd(): string | undefined {
  return SSHD_PATHS.find((p) => existsSync(p));
}

/** ensureSshd finds sshd, installing openssh-server when it is absent and we may; else explains why not. */
export function ensureSshd(log: (line: string) => void): { path: string } | { missing: string } {
  const found = findSshd();
  if (found) return { path: found };
  const how = 'sudo apt-get update && sudo apt-get install -y openssh-server   (Debian/Ubuntu; the bench only needs the sshd binary, it starts its own)';
  if (process.getuid?.() !== 0) return { missing: `OpenSSH sshd not found; install it with:\n  ${how}` };
  if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) return { missing: `OpenSSH sshd not found and apt-get is not available; install openssh-server with your package manager` };
  log('installing openssh-server (apt-get install -y openssh-server) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'openssh-server'], { env, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) {
    spawnSync('apt-get', ['update'], { env, stdio: 'ignore', timeout: 300_000 });
    r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'openssh-server'], { env, encoding: 'utf8', timeout: 300_000 });
  }
  const path = findSshd();
  if (!path) return { missing: `apt-get install openssh-server failed (${(r.stderr ?? '').trim().split('\n').slice(-1)[0] ?? ''}); install it with:\n  ${how}` };
  return { path };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** BENCH_USER is the throwaway account OpenSSH sessions log in as when the bench runs as root. */
const BENCH_USER = 'swarmlab-bench';

/**
 * sessionUser picks who the OpenSSH sessions log in as. sshd runs every command through the
 * account's login shell, and Debian's bash sources ~/.bashrc even for `bash -c` from sshd: a
 * developer's .bashrc (pyenv init, nvm, …) then costs every login, and under a 300-login storm
 * such setup serialised on its own locks for over a minute. As root we use a system account whose
 * shell is /bin/sh (created for the run, removed after); otherwise the current user, and the
 * report says so.
 */
function sessionUser(dir: string): { user: string; plainShell: boolean; cleanup(): void } {
  const current = { user: userInfo().username, plainShell: false, cleanup() {} };
  if (process.getuid?.() !== 0) return current;
  const existed = spawnSync('id', ['-u', BENCH_USER], { stdio: 'ignore' }).status === 0;
  if (!existed) {
    const r = spawnSync('useradd', ['--system', '--no-create-home', '--home-dir', '/', '--shell', '/bin/sh', '--password', '*', BENCH_USER], { stdio: 'ignore' });
    if (r.status !== 0) return current;
  } else if (spawnSync('sh', ['-c', `getent passwd ${BENCH_USER} | grep -q ':/bin/sh$'`]).status !== 0) {
    return current;
  }
  // Password '*' (no password, not locked: sshd refuses locked accounts). sshd reads
  // authorized_keys as the user, so it must reach the file.
  for (let d = dir; d !== dirname(d) && d.startsWith('/tmp/'); d = dirname(d)) chmodSync(d, 0o755);
  return { user: BENCH_USER, plainShell: true, cleanup: () => void (existed || spawnSync('userdel', ['-f', BENCH_USER], { stdio: 'ignore' })) };
}

/** startSshd writes a config into dir and starts sshd in the foreground on a free loopback port. */
export async function startSshd(sshd: string, dir: string, maxSessions: number): Promise<Sshd> {
  mkdirSync(dir, { recursive: true });
  const hostKey = join(dir, 'ssh_host_ed25519_key');
  const userKey = join(dir, 'id_ed25519');
  for (const file of [hostKey, userKey]) {
    const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
  }
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(`${userKey}.pub`, 'utf8'), { mode: 0o644 });
  const account = sessionUser(dir);
  // sshd refuses to start without its privilege separation directory (Debian: /run/sshd).
  if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', { mode: 0o755, recursive: true });
  const port = await freePort();
  const config = [
    `ListenAddress 127.0.0.1:${port}`,
    `HostKey ${hostKey}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    'UsePAM no',
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin prohibit-password',
    'StrictModes no',
    'UseDNS no',
    'PrintMotd no',
    'PrintLastLog no',
    'X11Forwarding no',
    'LogLevel ERROR',
    `MaxStartups ${maxSessions + 100}`,
    'MaxSessions 10',
    'LoginGraceTime 60',
    '',
  ].join('\n');
  const configFile = join(dir, 'sshd_config');
  writeFileSync(configFile, config);
  const check = spawnSync(sshd, ['-t', '-f', configFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`sshd -t: ${check.stderr}`);
  const version = (spawnSync(sshd, ['-V'], { encoding: 'utf8' }).stderr ?? '').trim().split('\n')[0] ?? '';
  const child = spawn(sshd, ['-D', '-e', '-f', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  // Wait until it accepts connections (bounded).
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`sshd exited: ${err}`);
    const up = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(true));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
    });
    if (up) break;
    await sleep(50);
  }
  return {
    port,
    user: account.user,
    plainShell: account.plainShell,
    privateKey: readFileSync(userKey, 'utf8'),
    version,
    child,
    async stop() {
      if (child.exitCode !== null) return account.cleanup();
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await gone;
      clearTimeout(timer);
      account.cleanup();
    },
  };
}
