#!/usr/bin/env node
// swarmlab's entry point: `serve` (the default) wires config → store → lab → SSH server.

import { ConfigError, USAGE, parseConfig } from './config.js';
import { exportMain } from './export-command.js';
import { startServer } from './server.js';

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'export') return exportMain(rest, process.env);
  const args = first === 'serve' ? rest : argv;
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  let config;
  try {
    config = parseConfig(args, process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`swarmlab: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  const running = await startServer(config);
  if (!running) return 1;
  process.stdout.write(running.banner);
  const stop = (signal: string): void => {
    void running.stop(signal).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`swarmlab: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
