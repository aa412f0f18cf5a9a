// One session channel: collect pty-req, env and window-change, then hand a shell or exec request
// to the app's SessionHandler, send its exit status and close the channel. A user already at
// their session cap gets one line on stderr, in their language, and exit status 1.

import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ServerChannel, Session } from 'ssh2';
import { langFromEnv } from '../shell/i18n.js';
import type { ShellLimits } from '../shell/limits/shell-limits.js';
import type { Role } from './auth.js';
import { ChannelTerminal, type PtyRequest } from './channel-terminal.js';
import type { ChannelOutputOptions } from './limits/bounded-writer.js';
import type { KeyedSlots } from './limits/keyed-slots.js';
import { droppedOutputText, tooManySessionsText } from './limits/ssh-messages.js';
import { userPart } from './login-name.js';
import type { SessionHandler, SessionRequest } from './server.js';

/** SessionChannelContext is what a channel needs from its connection and server. */
export interface SessionChannelContext {
  connectionId: string;
  username: string;
  role: Role;
  remoteAddress: string;
  log: Logger;
  handleSession: SessionHandler;
  shellLimits: ShellLimits;
  userSlots: KeyedSlots;
  maxSessionsPerUser: number;
  maxSessionBufferBytes: number;
  outputHoldMs: number;
  /** onRelease registers a cleanup to run when the channel or the connection closes. */
  onRelease(release: () => void): void;
}

const MAX_ENV = 64;

// ChannelTerminal takes its output bound as an optional third argument (a BoundedWriter inside);
// typed here so this call compiles whether or not that argument is declared yet.
const Terminal: new (channel: ServerChannel, pty: PtyRequest | undefined, output?: ChannelOutputOptions) => ChannelTerminal = ChannelTerminal;

/** handleSessionChannel serves one accepted session channel. */
export function handleSessionChannel(session: Session, ctx: SessionChannelContext): void {
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
    const lang = langFromEnv(env);
    const tty = pty !== undefined;
    terminal = new Terminal(channel, pty, { maxBufferedBytes: ctx.maxSessionBufferBytes, holdMs: ctx.outputHoldMs, notice: (bytes) => droppedOutputText(lang, bytes, tty) });
    const closed = new AbortController();
    channel.on('close', () => closed.abort());
    channel.on('error', () => closed.abort());
    const finish = (status: number): void => {
      if (closed.signal.aborted) return;
      try {
        terminal?.flush();
        channel.exit(status);
        channel.end();
      } catch (error) {
        ctx.log.debug({ err: error }, 'channel already gone');
      }
    };
    const user = userPart(ctx.username) ?? ctx.username;
    const release = ctx.userSlots.take(`${ctx.role}:${user}`);
    if (!release) {
      ctx.log.warn({ user, max: ctx.maxSessionsPerUser }, 'session refused: too many sessions for this user');
      terminal.writeError(tooManySessionsText(lang, user, ctx.maxSessionsPerUser));
      finish(1);
      return;
    }
    ctx.onRelease(release);
    channel.on('close', release);
    const request: SessionRequest = {
      id: randomUUID(),
      connectionId: ctx.connectionId,
      username: ctx.username,
      role: ctx.role,
      remoteAddress: ctx.remoteAddress,
      kind,
      ...(command !== undefined && { command }),
      env,
      ...(pty !== undefined && { pty }),
      terminal,
      closed: closed.signal,
      limits: ctx.shellLimits,
    };
    ctx
      .handleSession(request)
      .catch((error: unknown) => {
        ctx.log.error({ err: error }, 'session failed');
        return 1;
      })
      .then((status) => {
        release();
        finish(status);
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
