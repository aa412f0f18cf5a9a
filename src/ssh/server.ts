// The SSH edge. Each connection goes through the same links, in this order:
//   1. guard: every handler is wrapped so one client's error never reaches the server;
//   2. log: connect/disconnect with duration and address;
//   3. login grace: unauthenticated connections are closed after a deadline (sshd LoginGraceTime);
//   4. authenticate (ConnectionAuth), remembering offered keys after a password login;
//   5. per session channel: collect pty-req, env and window-change, then hand a shell or exec
//      request to the app's SessionHandler, send its exit status and close the channel.
// Routing the login name to a node is the app's job: it can report problems on the channel.

import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import ssh2 from 'ssh2';
import type { Connection, ServerChannel, Session } from 'ssh2';
import { ConnectionAuth, type AuthDeps, type OfferedKey, type Role } from './auth.js';
import { ChannelTerminal, type PtyRequest } from './channel-terminal.js';

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
}

/** SessionHandler runs a session and resolves with its exit status. */
export type SessionHandler = (request: SessionRequest) => Promise<number>;

/** SshServerOptions configures the SSH edge. */
export interface SshServerOptions {
  host: string;
  port: number;
  hostKey: string;
  log: Logger;
  auth: AuthDeps;
  loginGraceMs: number;
  onAuthenticated(username: string, role: Role, method: 'password' | 'publickey', offered: OfferedKey[]): void;
  handleSession: SessionHandler;
}

/** SshServer is a listening server. */
export interface SshServer {
  port: number;
  /** close stops accepting, ends every connection and resolves when the socket is closed. */
  close(): Promise<void>;
}

const MAX_ENV = 64;

/** startSshServer listens and resolves once the port is bound. */
export function startSshServer(options: SshServerOptions): Promise<SshServer> {
  const connections = new Set<Connection>();
  const server = new ssh2.Server({ hostKeys: [options.hostKey], ident: 'SSH-2.0-OpenSSH_9.6' }, (client, info) => {
    connections.add(client);
    const connectionId = randomUUID();
    const log = options.log.child({ conn: connectionId.slice(0, 8), addr: info.ip });
    const startedAt = Date.now();
    log.debug('connect');
    const auth = new ConnectionAuth(options.auth);
    const grace = setTimeout(() => client.end(), options.loginGraceMs);
    grace.unref();
    let username = '';
    client.on('authentication', (ctx) =>
      guard(log, () => {
        username = ctx.username;
        auth.handle(ctx, (outcome) => {
          if (outcome === 'closed') {
            log.info({ user: ctx.username }, 'too many authentication failures');
            setImmediate(() => client.end());
          }
        });
      }),
    );
    client.on('ready', () =>
      guard(log, () => {
        clearTimeout(grace);
        const role = auth.role ?? 'student';
        log.info({ user: username, role, method: auth.method }, 'authenticated');
        if (auth.method === 'password') options.onAuthenticated(username, role, 'password', auth.offered);
        client.on('session', (accept) =>
          guard(log, () => handleSessionChannel(accept(), { ...options, log }, { connectionId, username, role, remoteAddress: info.ip })),
        );
      }),
    );
    client.on('error', (err) => log.debug({ err: err.message }, 'connection error'));
    client.on('close', () => {
      clearTimeout(grace);
      connections.delete(client);
      log.debug({ ms: Date.now() - startedAt }, 'disconnect');
    });
  });
  server.on('error', (err: Error) => options.log.error({ err }, 'ssh server error'));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
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

interface Who {
  connectionId: string;
  username: string;
  role: Role;
  remoteAddress: string;
}

function handleSessionChannel(session: Session, options: SshServerOptions, who: Who): void {
  let pty: PtyRequest | undefined;
  let terminal: ChannelTerminal | undefined;
  const env: Record<string, string> = {};
  let started = false;
  session.on('pty', (accept, _reject, info) => {
    pty = { term: info.term, columns: info.cols, rows: info.rows };
    accept?.();
  });
  session.on('env', (accept, _reject, info) => {
    if (Object.keys(env).length < MAX_ENV && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(info.key)) env[info.key] = String(info.val).slice(0, 256);
    accept?.();
  });
  session.on('window-change', (accept, _reject, info) => {
    if (pty) pty = { ...pty, columns: info.cols, rows: info.rows };
    terminal?.resize(info.cols, info.rows);
    accept?.();
  });
  const start = (kind: 'shell' | 'exec', channel: ServerChannel, command?: string): void => {
    if (started) return;
    started = true;
    terminal = new ChannelTerminal(channel, pty);
    const closed = new AbortController();
    channel.on('close', () => closed.abort());
    channel.on('error', () => closed.abort());
    const request: SessionRequest = {
      id: randomUUID(),
      connectionId: who.connectionId,
      username: who.username,
      role: who.role,
      remoteAddress: who.remoteAddress,
      kind,
      ...(command !== undefined && { command }),
      env,
      ...(pty !== undefined && { pty }),
      terminal,
      closed: closed.signal,
    };
    options
      .handleSession(request)
      .catch((error: unknown) => {
        options.log.error({ err: error }, 'session failed');
        return 1;
      })
      .then((status) => {
        if (closed.signal.aborted) return;
        try {
          channel.exit(status);
          channel.end();
        } catch (error) {
          options.log.debug({ err: error }, 'channel already gone');
        }
      });
  };
  session.on('shell', (accept) => {
    const channel = accept?.();
    if (channel) start('shell', channel);
  });
  session.on('exec', (accept, _reject, info) => {
    const channel = accept?.();
    if (channel) start('exec', channel, info.command);
  });
  session.on('subsystem', (_accept, reject) => reject?.());
}
