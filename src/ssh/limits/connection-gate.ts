// The TCP front door. ssh2 only reports a connection once the client has sent its version line,
// so a socket that connects and stays silent would never be seen, counted or timed out. The gate
// owns the listening socket instead: it admits each TCP connection through the ConnectionLimiter,
// starts the login grace timer at once (sshd LoginGraceTime), and only then hands the socket to
// ssh2 (Server.injectSocket). The SSH layer reports a successful login with authenticated().

import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from 'pino';
import { ConnectionLimiter, type ConnectionLimits, type ConnectionTicket } from './connection-limiter.js';

/** ConnectionGateOptions configure the gate. */
export interface ConnectionGateOptions {
  limits: ConnectionLimits & { loginGraceMs: number };
  log: Logger;
  /** accept hands an admitted socket to the SSH server. */
  accept(socket: Socket): void;
}

/** ConnectionGate is a listening socket with admission control. */
export interface ConnectionGate {
  readonly server: Server;
  readonly limiter: ConnectionLimiter;
  /** authenticated marks the connection from ip:port as logged in: no more grace timer, no longer counted as pending. */
  authenticated(ip: string | undefined, port: number | undefined): void;
  /** closeUnauthenticated destroys every connection not logged in yet (at shutdown: they would hold server.close() up). */
  closeUnauthenticated(): void;
}

interface Live {
  socket: Socket;
  ticket: ConnectionTicket;
  grace: NodeJS.Timeout;
  authenticated: boolean;
}

/** sourceAddress is the address a connection is counted under (IPv4-mapped IPv6 as plain IPv4). */
export function sourceAddress(ip: string | undefined): string {
  if (!ip) return 'unknown';
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
}

const keyOf = (ip: string | undefined, port: number | undefined): string => `${ip ?? ''}|${port ?? ''}`;

/** createConnectionGate builds the gate; listen on gate.server. */
export function createConnectionGate(options: ConnectionGateOptions): ConnectionGate {
  const limiter = new ConnectionLimiter(options.limits);
  const live = new Map<string, Live>();
  // noDelay: without it Nagle holds back small writes (a keystroke echo, a prompt) for ~40 ms.
  const server = createServer({ noDelay: true }, (socket) => {
    // Errors on a socket are followed by 'close', where the books are settled; never crash on them.
    socket.on('error', () => undefined);
    const addr = sourceAddress(socket.remoteAddress);
    const admission = limiter.admit(addr, () => socket.destroy());
    if (!admission.ok) {
      options.log.warn({ addr, limit: admission.bound, max: options.limits.maxConnectionsPerAddress }, 'connection refused: too many connections from this address');
      socket.destroy();
      return;
    }
    for (const e of admission.evicted) {
      options.log.warn({ addr: e.address, limit: e.bound, max: options.limits[e.bound] }, 'closed the oldest unauthenticated connection to make room');
    }
    const key = keyOf(socket.remoteAddress, socket.remotePort);
    const grace = setTimeout(() => {
      options.log.info({ addr, ms: options.limits.loginGraceMs }, 'login grace time over: connection closed');
      socket.destroy();
    }, options.limits.loginGraceMs);
    grace.unref();
    live.set(key, { socket, ticket: admission.ticket, grace, authenticated: false });
    socket.once('close', () => {
      clearTimeout(grace);
      admission.ticket.release();
      live.delete(key);
    });
    options.accept(socket);
  });
  return {
    server,
    limiter,
    authenticated(ip, port) {
      const entry = live.get(keyOf(ip, port));
      if (!entry) return;
      clearTimeout(entry.grace);
      entry.authenticated = true;
      entry.ticket.authenticated();
    },
    closeUnauthenticated() {
      for (const entry of live.values()) if (!entry.authenticated) entry.socket.destroy();
    },
  };
}
