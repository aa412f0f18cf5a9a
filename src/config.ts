// Flags and environment → one typed Config. Flags win over environment variables, which win
// over defaults (the interface contract in DESIGN.md lists every name).

import { parseArgs } from 'node:util';
import { LIMIT_FLAGS, limitsUsage, parseLimits, type Limits } from './config-limits.js';

export { DEFAULT_LIMITS, type Limits } from './config-limits.js';

/** Config is everything the server needs to start. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  keysDir: string;
  joinCode?: string;
  instructorCode?: string;
  managers: number;
  workers: number;
  logLevel: string;
  /** lessonsDir is the lessons folder (default: the one shipped with swarmlab). */
  lessonsDir?: string;
  /** limits are the server's limits (README "Limits"), each with its own flag and variable. */
  limits: Limits;
}

/** ConfigError is a bad flag or variable, reported to the operator with its name. */
export class ConfigError extends Error {}

const OPTIONS = {
  host: { type: 'string', env: 'SWARMLAB_HOST', default: '0.0.0.0' },
  port: { type: 'string', env: 'SWARMLAB_PORT', default: '2222' },
  data: { type: 'string', env: 'SWARMLAB_DATA', default: './data' },
  keys: { type: 'string', env: 'SWARMLAB_KEYS', default: './keys' },
  'join-code': { type: 'string', env: 'SWARMLAB_JOIN_CODE', default: undefined },
  'instructor-code': { type: 'string', env: 'SWARMLAB_INSTRUCTOR_CODE', default: undefined },
  managers: { type: 'string', env: 'SWARMLAB_MANAGERS', default: '3' },
  workers: { type: 'string', env: 'SWARMLAB_WORKERS', default: '2' },
  'log-level': { type: 'string', env: 'SWARMLAB_LOG_LEVEL', default: 'info' },
  lessons: { type: 'string', env: 'SWARMLAB_LESSONS', default: undefined },
} as const;

type Key = keyof typeof OPTIONS;

/** USAGE documents the serve command's flags. */
export const USAGE = `Usage: swarmlab [serve] [options]
       swarmlab export --user NAME [--out FILE] [--data DIR]

Options (each also read from the environment variable shown):
  --host ADDR              listen address (SWARMLAB_HOST, default 0.0.0.0)
  --port N                 SSH port, 0 picks a free one (SWARMLAB_PORT, default 2222)
  --data DIR               data directory holding swarmlab.db (SWARMLAB_DATA, default ./data)
  --keys DIR               host keys and instructors.pub (SWARMLAB_KEYS, default ./keys)
  --join-code CODE         students' password (SWARMLAB_JOIN_CODE, default: generated and saved)
  --instructor-code CODE   instructors' password (SWARMLAB_INSTRUCTOR_CODE, default: generated and saved)
  --managers N             managers per team (SWARMLAB_MANAGERS, default 3)
  --workers N              workers per team (SWARMLAB_WORKERS, default 2)
  --log-level LEVEL        trace, debug, info, warn, error (SWARMLAB_LOG_LEVEL, default info)
  --lessons DIR            the lessons folder (SWARMLAB_LESSONS, default: the lessons shipped with swarmlab)
  -h, --help               show this help

${limitsUsage()}`;

function integer(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new ConfigError(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return Number(text);
}

/** parseConfig reads argv (without node and script) and env into a Config. */
export function parseConfig(argv: readonly string[], env: NodeJS.ProcessEnv): Config {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries([...Object.keys(OPTIONS), ...LIMIT_FLAGS.map((f) => f.flag)].map((k) => [k, { type: 'string' as const }])),
      allowPositionals: false,
      strict: true,
    });
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const get = (key: Key): string | undefined => {
    const flag = parsed.values[key];
    if (typeof flag === 'string') return flag;
    return env[OPTIONS[key].env] ?? OPTIONS[key].default;
  };
  const logLevel = get('log-level') ?? 'info';
  if (!['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'].includes(logLevel)) {
    throw new ConfigError(`--log-level must be one of trace, debug, info, warn, error, fatal, silent, got "${logLevel}"`);
  }
  const joinCode = get('join-code');
  const instructorCode = get('instructor-code');
  if (joinCode !== undefined && instructorCode !== undefined && joinCode === instructorCode) {
    throw new ConfigError('--join-code and --instructor-code must differ');
  }
  return {
    host: get('host') ?? '0.0.0.0',
    port: integer('port', get('port') ?? '2222', 0, 65535),
    dataDir: get('data') ?? './data',
    keysDir: get('keys') ?? './keys',
    ...(joinCode !== undefined && { joinCode }),
    ...(instructorCode !== undefined && { instructorCode }),
    managers: integer('managers', get('managers') ?? '3', 1, 9),
    workers: integer('workers', get('workers') ?? '2', 0, 20),
    logLevel,
    ...(get('lessons') !== undefined && { lessonsDir: get('lessons') as string }),
    limits: parseLimits(
      (f) => {
        const flag = parsed.values[f.flag];
        return typeof flag === 'string' ? flag : env[f.env];
      },
      (message) => {
        throw new ConfigError(message);
      },
    ),
  };
}
