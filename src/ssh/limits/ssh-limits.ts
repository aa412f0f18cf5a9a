// The limits of the SSH edge, like sshd's MaxAuthTries, LoginGraceTime, MaxStartups and
// MaxSessions, sized for a classroom: a whole class may sit behind one NAT address.

import { DEFAULT_SHELL_LIMITS, type ShellLimits } from '../../shell/limits/shell-limits.js';

/** SshLimits bound connections, authentication and sessions. */
export interface SshLimits {
  /** maxAuthTries is the failed authentication attempts per connection before it is closed. */
  maxAuthTries: number;
  /** loginGraceMs is how long a connection may take to authenticate. */
  loginGraceMs: number;
  /** maxConnectionsPerAddress caps concurrent connections from one source address. */
  maxConnectionsPerAddress: number;
  /** maxUnauthenticatedPerAddress caps connections from one address that have not logged in yet. */
  maxUnauthenticatedPerAddress: number;
  /** maxUnauthenticated caps connections that have not logged in yet, from everywhere. */
  maxUnauthenticated: number;
  /** maxSessionsPerConnection caps open session channels on one connection (sshd MaxSessions). */
  maxSessionsPerConnection: number;
  /** maxSessionsPerUser caps running shell and exec sessions of one user name. */
  maxSessionsPerUser: number;
  /** maxSessionBufferBytes bounds output waiting for a slow client, per session. */
  maxSessionBufferBytes: number;
  /**
   * outputHoldMs bounds how long a command's output is held back to leave with the next prompt in
   * one packet (ChannelTerminal.hold); 0 sends it at once.
   */
  outputHoldMs: number;
}

/** SessionLimits are everything the SSH edge enforces or hands to a session's shell. */
export type SessionLimits = SshLimits & ShellLimits;

/** DEFAULT_SSH_LIMITS are the classroom defaults (README "Limits"). */
export const DEFAULT_SSH_LIMITS: SshLimits = {
  maxAuthTries: 6,
  loginGraceMs: 120_000,
  maxConnectionsPerAddress: 400,
  maxUnauthenticatedPerAddress: 50,
  maxUnauthenticated: 200,
  maxSessionsPerConnection: 10,
  maxSessionsPerUser: 20,
  maxSessionBufferBytes: 4 * 1024 * 1024,
  outputHoldMs: 5,
};

/** DEFAULT_SESSION_LIMITS are the SSH and shell defaults together. */
export const DEFAULT_SESSION_LIMITS: SessionLimits = { ...DEFAULT_SSH_LIMITS, ...DEFAULT_SHELL_LIMITS };

/** shellLimitsOf picks the shell's part of the limits, to hand to a session. */
export function shellLimitsOf(limits: SessionLimits): ShellLimits {
  const { maxLineLength, maxPasteBytes, maxHistory, idleTimeoutMs, commandRate, commandBurst, maxOutputBytes } = limits;
  return { maxLineLength, maxPasteBytes, maxHistory, idleTimeoutMs, commandRate, commandBurst, maxOutputBytes };
}
