// The process logger: pino, one JSON event per line on stdout. Secrets are redacted wherever a
// caller might pass them by mistake.

import { pino, type Logger } from 'pino';

/** createLogger builds the root logger at the given level. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'swarmlab' },
      redact: { paths: ['joinCode', 'instructorCode', 'password', '*.password', 'config.joinCode', 'config.instructorCode'], censor: '[redacted]' },
    },
    destination,
  );
}

export type { Logger };
