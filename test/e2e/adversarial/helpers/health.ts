// What "the server is still fine" means after an attack: a fresh login answers, a teammate who
// was logged in all along still gets answers at their prompt, and nothing was logged as an error.

import { expect } from 'vitest';
import { execOnce, PtySession } from '../../helpers/ssh-client.js';
import type { WatchedServer } from './watched-server.js';

/** prompt is the node shell's prompt for user on node. */
export const prompt = (user: string, node: string): string => `${user}@${node}:~$ `;

/** openShell logs user in on node with a pty and waits for the prompt. */
export async function openShell(port: number, user: string, node: string, options: { cols?: number; rows?: number; env?: Record<string, string> } = {}): Promise<PtySession> {
  const s = await PtySession.open(port, `${user}+${node}`, { env: { LANG: 'en_US.UTF-8' }, ...options });
  await s.waitFor(prompt(user, node));
  return s;
}

/** answers runs hostname at a shell's prompt and checks it answers within a few seconds. */
export async function answers(s: PtySession, user: string, node: string): Promise<void> {
  const out = await s.run('hostname', new RegExp(`\\r\\n${node}\\r\\n${prompt(user, node).replace(/[$]/g, '\\$')}$`), 5_000);
  expect(out).toContain(`${node}\r\n`);
}

/** expectHealthy checks a fresh login, the teammate's session and the error log. */
export async function expectHealthy(server: WatchedServer, mate: PtySession): Promise<void> {
  const fresh = await execOnce(server.port, 'fresh+manager1', 'hostname');
  expect(fresh).toEqual({ stdout: 'manager1\n', stderr: '', code: 0 });
  await answers(mate, 'mate', 'manager2');
  expect(server.errors()).toEqual([]);
}

/** closed resolves when the client's connection is gone (after end() or destroy()). */
export function closed(s: PtySession): Promise<void> {
  return new Promise((resolve) => {
    s.client.once('close', () => resolve());
  });
}
