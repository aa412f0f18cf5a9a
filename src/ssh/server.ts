// The SSH edge. Each connection goes through the same links, in this order:
//   1. admit: the connection gate counts the TCP connection against the per-address and
//      unauthenticated caps and starts the login grace timer (sshd MaxStartups, LoginGraceTime);
//   2. guard: every handler is wrapped so one client's error never reaches the server;
//   3. log: connect/disconnect with duration and address;
//   4. authenticate (ConnectionAuth, at most maxAuthTries failures), remembering offered keys
//      after a password login;
//   5. per session channel (at most maxSessionsPerConnection open, sshd MaxSessions): collect
//      pty-req, env and window-change, then hand a shell or exec request to the app's
//      SessionHandler (at most maxSessionsPerUser running per user name), send its exit status
//      and close the channel (session-channel.ts).
// Routing the login name to a node is the app's job: it can report problems on the channel.

import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import ssh2 from 'ssh2';
import type { Connection } from 'ssh2';
import type { ShellLimits } from '../shell/limits/shell-limits.js';
import { ConnectionAuth, type AuthDeps, type OfferedKey, type Role } from './auth.js';
import type { ChannelTerminal, PtyRequest } from './channel-terminal.js';
import { createConnectionGate, type ConnectionGate } from './limits/connection-gate.js';
import { KeyedSlots } from './limits/keyed-slots.js';
import { DEFAULT_SESSION_LIMITS, shellLimitsOf, type SessionLimits } from './limits/ssh-limits.js';
import { handleSessionChannel } from './session-channel.js';

/** SessionRequest is one shell or exec request, authenticated, ready for the app. */
export interface SessionRequest {
  id: string;
  connectionId: string;
  username: string;
  role: Role;
  remoteAddress: string;
  kind: 'shell' | 'exec';
  command?: string;
  env: Record<string, string>;
  pty?: PtyRequest;
  terminal: ChannelTerminal;
  /** closed is aborted when the client goes away. */
  closed: AbortSignal;
  /** limits are the shell limits the session's interactive shell enforces (pass them to InteractiveShell). */
  limits: ShellLimits;
}

/** SessionHandler runs a session and resolves with its exit status. */
export type SessionHandler = (request: SessionRequest) => Promise<number>;

/** SshServerOptions configure the SSH edge. */
export interface SshServerOptions {
  host: string;
  port: number;
  hostKey: string;
  log: Logger;
  auth: AuthDeps;
  /** limits default to DEFAULT_SESSION_LIMITS; they win over loginGraceMs and auth.maxTries. */
  limits?: SessionLimits;
  /** loginGraceMs is the login grace time when no limits are given (prefer limits.loginGraceMs). */
  loginGraceMs?: number;
  onAuthenticated(username: string, role: Role, method: 'password' | 'publickey', offered: OfferedKey[]): void;
  handleSession: SessionHandler;
}

/** SshServer is a listening server. */
export interface SshServer {
  port: number;
  /** gate is the connection gate, for statistics. */
  gate: ConnectionGate;
  /** close stops accepting, ends every connection and resolves when the socket is closed. */
  close(): Promise<void>;
}

/** effectiveLimits resolves the limits of a server from its options. */
export function effectiveLimits(options: Pick<SshServerOptions, 'limits' | 'loginGraceMs' | 'auth'>): SessionLimits {
  if (options.limits) return options.limits;
  return {
    ...DEFAULT_SESSION_LIMITS,
    ...(options.loginGraceMs !== undefined && { loginGraceMs: options.loginGraceMs }),
    ...(options.auth.maxTries !== undefined && { maxAuthTries: options.auth.maxTries }),
  };
}

/** startSshServer listens and resolves once the port is bound. */
export function startSshServer(options: SshServerOptions): Promise<SshServer> {
  const limits = effectiveLimits(options);
  const shellLimits = shellLimitsOf(limits);
  const userSlots = new KeyedSlots(limits.maxSessionsPerUser);
  const connections = new Set<Connection>();
  const ssh = new ssh2.Server({ hostKeys: [options.hostKey], ident: 'SSH-2.0-OpenSSH_9.6' }, (client, info) => {
    connections.add(client);
    const connectionId = randomUUID();
    const log = options.log.child({ conn: connectionId.slice(0, 8), addr: info.ip });
    const startedAt = Date.now();
    log.debug('connect');
    const auth = new ConnectionAuth({ ...options.auth, maxTries: limits.maxAuthTries });
    const releases = new Set<() => void>();
    let openSessions = 0;
    let username = '';
    client.on('authentication', (ctx) =>
      guard(log, () => {
        username = ctx.username;
        auth.handle(ctx, (outcome) => {
          if (outcome === 'closed') {
            log.info({ user: ctx.username, max: limits.maxAuthTries }, 'too many authentication failures');
            setImmediate(() => client.end());
          }
        });
      }),
    );
    client.on('ready', () =>
      guard(log, () => {
        gate.authenticated(info.ip, info.port);
        const role = auth.role ?? 'student';
        log.info({ user: username, role, method: auth.method }, 'authenticated');
        if (auth.method === 'password') options.onAuthenticated(username, role, 'password', auth.offered);
        client.on('session', (accept, reject) =>
          guard(log, () => {
            if (openSessions >= limits.maxSessionsPerConnection) {
              log.warn({ user: username, max: limits.maxSessionsPerConnection }, 'session channel refused: too many sessions on this connection');
              reject();
              return;
            }
            openSessions++;
            const session = accept();
            let counted = true;
            const uncount = (): void => {
              if (counted) openSessions--;
              counted = false;
            };
            session.once('close', uncount);
            releases.add(uncount);
            handleSessionChannel(session, {
              connectionId, username, role, remoteAddress: info.ip, log,
              handleSession: options.handleSession, shellLimits, userSlots,
              maxSessionsPerUser: limits.maxSessionsPerUser,
              maxSessionBufferBytes: limits.maxSessionBufferBytes,
              outputHoldMs: limits.outputHoldMs,
              onRelease: (release) => releases.add(release),
            });
          }),
        );
      }),
    );
    client.on('error', (err) => log.debug({ err: err.message }, 'connection error'));
    client.on('close', () => {
      for (const release of releases) release();
      connections.delete(client);
      log.debug({ ms: Date.now() - startedAt }, 'disconnect');
    });
  });
  ssh.on('error', (err: Error) => options.log.error({ err }, 'ssh server error'));
  const gate = createConnectionGate({ limits, log: options.log, accept: (socket) => ssh.injectSocket(socket) });
  const server = gate.server;
  server.on('error', (err: Error) => options.log.error({ err }, 'ssh server error'));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        gate,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            gate.closeUnauthenticated();
            for (const c of connections) c.end();
          }),
      });
    });
  });
}

function guard(log: Logger, work: () => void): void {
  try {
    work();
  } catch (error) {
    log.error({ err: error }, 'ssh handler failed');
  }
}
