// The real OpenSSH client against the real server: password via keyboard-interactive, an exec
// request with its streams and exit status, and an interactive pty session (`ssh -tt`).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasOpenSsh, openssh } from './helpers/openssh.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
const available = await hasOpenSsh();

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

describe.runIf(available)('OpenSSH client', () => {
  it('runs one command and returns its stdout, stderr and exit status', async () => {
    const ok = await openssh(server.port, 'alice+manager1', { command: 'docker network ls --format "{{.Name}}"' });
    expect(ok).toEqual({ stdout: 'bridge\ndocker_gwbridge\nhost\ningress\nnone\n', stderr: '', code: 0 });
    const bad = await openssh(server.port, 'alice+manager1', { command: 'docker servce' });
    expect(bad).toEqual({ stdout: '', stderr: "docker: unknown command: docker servce\n\nRun 'docker --help' for more information\n", code: 1 });
  });

  it('opens an interactive shell with a pty and logs out with exit', async () => {
    const result = await openssh(server.port, 'bob+manager3', { extra: ['-tt'], input: 'hostname\rexit\r', env: { LANG: 'en_US.UTF-8' } });
    expect(result.stdout).toContain('bob@manager3:~$ hostname\r\nmanager3\r\n');
    expect(result.code).toBe(0);
  });
});
