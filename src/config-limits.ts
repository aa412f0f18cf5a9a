// The limits part of the configuration: one flag and one environment variable per limit, with
// sshd-style values (durations `120`, `90s`, `2m`, `2h`, `500ms`; sizes `4096`, `256k`, `1m`).
// Every limit is listed here once; USAGE and parsing both come from this table.

import { DEFAULT_CLUSTER_LIMITS, type ClusterLimits } from './cluster/index.js';
import { DEFAULT_SESSION_LIMITS, type SessionLimits } from './ssh/limits/ssh-limits.js';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './shell/fs/file-limits.js';

/** Limits are every limit of the server: the SSH edge, each shell session, each team's cluster and users' files. */
export type Limits = SessionLimits & ClusterLimits & FileLimits;

/** DEFAULT_LIMITS never get in the way of an honest class (README "Limits"). */
export const DEFAULT_LIMITS: Limits = { ...DEFAULT_SESSION_LIMITS, ...DEFAULT_CLUSTER_LIMITS, ...DEFAULT_FILE_LIMITS };

type Unit = 'count' | 'duration' | 'size';

/** LimitFlag describes one limit's flag, variable, unit, bounds and help text. */
export interface LimitFlag {
  key: keyof Limits;
  flag: string;
  env: string;
  unit: Unit;
  min: number;
  max: number;
  help: string;
}

const DAY = 24 * 3_600_000;
const GIB = 1024 ** 3;

/** LIMIT_FLAGS lists every limit's flag, in USAGE order. */
export const LIMIT_FLAGS: readonly LimitFlag[] = [
  { key: 'maxAuthTries', flag: 'max-auth-tries', env: 'SWARMLAB_MAX_AUTH_TRIES', unit: 'count', min: 1, max: 100, help: 'failed logins per connection before it is closed' },
  { key: 'loginGraceMs', flag: 'login-grace-time', env: 'SWARMLAB_LOGIN_GRACE_TIME', unit: 'duration', min: 100, max: DAY, help: 'time to log in before the connection is closed' },
  { key: 'maxConnectionsPerAddress', flag: 'max-connections-per-address', env: 'SWARMLAB_MAX_CONNECTIONS_PER_ADDRESS', unit: 'count', min: 1, max: 1_000_000, help: 'concurrent connections from one address (a class behind one NAT)' },
  { key: 'maxUnauthenticatedPerAddress', flag: 'max-unauthenticated-per-address', env: 'SWARMLAB_MAX_UNAUTHENTICATED_PER_ADDRESS', unit: 'count', min: 1, max: 1_000_000, help: 'connections not logged in yet, from one address' },
  { key: 'maxUnauthenticated', flag: 'max-unauthenticated', env: 'SWARMLAB_MAX_UNAUTHENTICATED', unit: 'count', min: 1, max: 1_000_000, help: 'connections not logged in yet, in total' },
  { key: 'maxSessionsPerConnection', flag: 'max-sessions', env: 'SWARMLAB_MAX_SESSIONS', unit: 'count', min: 1, max: 1000, help: 'open sessions (channels) per connection, like sshd MaxSessions' },
  { key: 'maxSessionsPerUser', flag: 'max-sessions-per-user', env: 'SWARMLAB_MAX_SESSIONS_PER_USER', unit: 'count', min: 1, max: 10_000, help: 'running sessions per user name' },
  { key: 'idleTimeoutMs', flag: 'idle-timeout', env: 'SWARMLAB_IDLE_TIMEOUT', unit: 'duration', min: 0, max: 30 * DAY, help: 'close an interactive session after this long without input; 0: never' },
  { key: 'maxLineLength', flag: 'max-line-length', env: 'SWARMLAB_MAX_LINE_LENGTH', unit: 'count', min: 80, max: 1_000_000, help: 'characters in one command line' },
  { key: 'maxPasteBytes', flag: 'max-paste', env: 'SWARMLAB_MAX_PASTE', unit: 'size', min: 1024, max: 64 * 1024 * 1024, help: 'input taken in one burst (a paste); more is dropped' },
  { key: 'maxHistory', flag: 'max-history', env: 'SWARMLAB_MAX_HISTORY', unit: 'count', min: 0, max: 1_000_000, help: 'command lines kept in history' },
  { key: 'commandRate', flag: 'max-command-rate', env: 'SWARMLAB_MAX_COMMAND_RATE', unit: 'count', min: 0, max: 100_000, help: 'commands per second per session, on average; 0: unlimited' },
  { key: 'commandBurst', flag: 'max-command-burst', env: 'SWARMLAB_MAX_COMMAND_BURST', unit: 'count', min: 1, max: 100_000, help: 'commands run back to back before the rate applies' },
  { key: 'maxOutputBytes', flag: 'max-output', env: 'SWARMLAB_MAX_OUTPUT', unit: 'size', min: 1024, max: GIB, help: 'output of one command; beyond it the command is interrupted' },
  { key: 'maxSessionBufferBytes', flag: 'max-session-buffer', env: 'SWARMLAB_MAX_SESSION_BUFFER', unit: 'size', min: 64 * 1024, max: GIB, help: 'output held for a slow client; more is dropped' },
  { key: 'outputHoldMs', flag: 'output-hold', env: 'SWARMLAB_OUTPUT_HOLD', unit: 'duration', min: 0, max: 1000, help: 'longest a command\'s output waits to leave with the prompt in one packet; 0: at once' },
  { key: 'maxServices', flag: 'max-services', env: 'SWARMLAB_MAX_SERVICES', unit: 'count', min: 1, max: 100_000, help: 'services per team' },
  { key: 'maxNetworks', flag: 'max-networks', env: 'SWARMLAB_MAX_NETWORKS', unit: 'count', min: 1, max: 100_000, help: 'user networks per team' },
  { key: 'maxTasks', flag: 'max-tasks', env: 'SWARMLAB_MAX_TASKS', unit: 'count', min: 5, max: 1_000_000, help: 'tasks per team, history included' },
  { key: 'maxFileBytes', flag: 'max-file-size', env: 'SWARMLAB_MAX_FILE_SIZE', unit: 'size', min: 1024, max: 64 * 1024 * 1024, help: 'one file in a user\'s home on a node' },
  { key: 'maxHomeEntries', flag: 'max-home-files', env: 'SWARMLAB_MAX_HOME_FILES', unit: 'count', min: 1, max: 1_000_000, help: 'files and directories in one user\'s home on one node' },
  { key: 'maxTeamFileBytes', flag: 'max-team-files', env: 'SWARMLAB_MAX_TEAM_FILES', unit: 'size', min: 64 * 1024, max: GIB, help: 'total size of the files of a team\'s users' },
];

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, '': 1000, m: 60_000, min: 60_000, h: 3_600_000, d: DAY };
const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: GIB, gb: GIB, gib: GIB };

/** parseLimitValue reads one limit's text in its unit; undefined when it is not well formed. */
export function parseLimitValue(unit: Unit, text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  const suffix = (match[2] ?? '').toLowerCase();
  const scale = unit === 'duration' ? DURATION_UNITS[suffix] : unit === 'size' ? SIZE_UNITS[suffix] : suffix === '' ? 1 : undefined;
  if (scale === undefined) return undefined;
  const result = value * scale;
  return Number.isInteger(result) ? result : unit === 'count' ? undefined : Math.round(result);
}

const EXPECTED: Record<Unit, string> = {
  count: 'a whole number',
  duration: 'a duration such as 90, 90s, 2m or 2h (seconds without a unit)',
  size: 'a size such as 4096, 256k or 1m (bytes without a unit)',
};

/** shown writes a limit's value in its unit, for USAGE and messages. */
export function shown(unit: Unit, value: number): string {
  if (unit === 'duration') return value % 3_600_000 === 0 && value > 0 ? `${value / 3_600_000}h` : value % 1000 === 0 ? `${value / 1000}s` : `${value}ms`;
  if (unit === 'size') return value % (1024 * 1024) === 0 && value > 0 ? `${value / 1024 / 1024}m` : value % 1024 === 0 && value > 0 ? `${value / 1024}k` : String(value);
  return String(value);
}

/** parseLimits reads each limit from its flag value or variable; errors name the flag and the accepted form. */
export function parseLimits(get: (flag: LimitFlag) => string | undefined, fail: (message: string) => never): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const f of LIMIT_FLAGS) {
    const text = get(f);
    if (text === undefined) continue;
    const value = parseLimitValue(f.unit, text);
    if (value === undefined) fail(`--${f.flag} (${f.env}) must be ${EXPECTED[f.unit]}, got "${text}"`);
    else if (value < f.min || value > f.max) fail(`--${f.flag} (${f.env}) must be from ${shown(f.unit, f.min)} to ${shown(f.unit, f.max)}, got "${text}"`);
    else limits[f.key] = value;
  }
  return limits;
}

/** limitsUsage is the USAGE section of the limits. */
export function limitsUsage(): string {
  const lines = LIMIT_FLAGS.map((f) => {
    const left = `  --${f.flag} ${f.unit === 'duration' ? 'TIME' : f.unit === 'size' ? 'SIZE' : 'N'}`;
    return `${left.padEnd(42)}${f.help}\n${' '.repeat(42)}(${f.env}, default ${shown(f.unit, DEFAULT_LIMITS[f.key])})`;
  });
  return `Limits (README "Limits"; TIME: 90, 90s, 2m, 2h; SIZE: 4096, 256k, 1m):\n${lines.join('\n')}\n`;
}
