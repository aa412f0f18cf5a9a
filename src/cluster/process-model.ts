// What a task's main process does once its container starts: run until stopped, exit after a
// while (`sleep 50m`), exit at once (`alpine` with no command: sh without a terminal reads EOF),
// or fail to start. Swarm then applies the restart policy, exactly as it would for real.

import { imageInfo, parseImageRef } from './images.js';
import type { ServiceSpec } from './model.js';

/** ProcessOutcome is the fate of a task's main process. */
export interface ProcessOutcome {
  /** lifetimeMs is how long the process runs before exiting; undefined when it runs until stopped. */
  lifetimeMs?: number;
  exitCode: number;
  /** stopsOnSigterm is false when the process ignores SIGTERM (PID 1 without a handler). */
  stopsOnSigterm: boolean;
  /** startError is set when the container cannot start at all. */
  startError?: string;
}

const FOREVER: ProcessOutcome = { exitCode: 0, stopsOnSigterm: false };
const INSTANT_EXIT_MS = 50;

/** processOutcome predicts the main process's behaviour from the task's spec. */
export function processOutcome(spec: ServiceSpec): ProcessOutcome {
  const ref = parseImageRef(spec.image);
  const info = ref ? imageInfo(ref.repository) : undefined;
  if (!info) return FOREVER;
  const argv = spec.args.length > 0 ? spec.args : info.cmd;
  if (spec.args.length === 0) {
    const missing = info.requiredEnv?.find((name) => !spec.env.some((e) => e.startsWith(`${name}=`)));
    if (missing) return { lifetimeMs: 1500, exitCode: 1, stopsOnSigterm: true };
    if (info.server) return { exitCode: 0, stopsOnSigterm: info.stopsOnSigterm };
    return { lifetimeMs: INSTANT_EXIT_MS, exitCode: 0, stopsOnSigterm: true };
  }
  return commandOutcome(argv);
}

function commandOutcome(argv: string[]): ProcessOutcome {
  const [cmd = '', ...rest] = argv;
  const name = cmd.split('/').pop() ?? cmd;
  switch (name) {
    case 'sleep': {
      const ms = sleepDurationMs(rest);
      return ms === undefined ? FOREVER : { lifetimeMs: ms, exitCode: ms < 0 ? 1 : 0, stopsOnSigterm: false };
    }
    case 'true':
      return { lifetimeMs: INSTANT_EXIT_MS, exitCode: 0, stopsOnSigterm: true };
    case 'false':
      return { lifetimeMs: INSTANT_EXIT_MS, exitCode: 1, stopsOnSigterm: true };
    case 'sh':
    case 'bash':
    case 'ash':
      return rest.length === 0 ? { lifetimeMs: INSTANT_EXIT_MS, exitCode: 0, stopsOnSigterm: true } : FOREVER;
    case 'echo':
    case 'hostname':
    case 'date':
    case 'env':
    case 'ls':
    case 'cat':
      return { lifetimeMs: INSTANT_EXIT_MS, exitCode: 0, stopsOnSigterm: true };
    default:
      return FOREVER;
  }
}

/**
 * sleepDurationMs reads busybox sleep's arguments (FEATURE_FANCY_SLEEP: suffixes s, m, h, d,
 * fractions, several arguments summed); undefined means forever (`infinity`), -1 a usage error.
 */
export function sleepDurationMs(args: readonly string[]): number | undefined {
  if (args.length === 0) return -1;
  let total = 0;
  for (const arg of args) {
    if (arg === 'inf' || arg === 'infinity') return undefined;
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
    if (!m) return -1;
    const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] ?? ''] ?? 1;
    total += Number(m[1]) * unit * 1000;
  }
  return Math.round(total);
}
