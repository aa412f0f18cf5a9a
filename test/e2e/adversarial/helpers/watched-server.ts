// The real server in-process, like TestServer, but with its log kept: adversarial tests assert
// that nothing reached the error level. The SSH edge swallows a handler's exception (one client
// must never bring the server down) and logs it, so the log is where such a bug shows.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { DEFAULT_LIMITS, type Config } from '../../../../src/config.js';
import { startServer, type RunningServer } from '../../../../src/server.js';
import { INSTRUCTOR_CODE, JOIN_CODE } from '../../helpers/test-server.js';

/** LogEntry is one line the server logged at warn level or above. */
export interface LogEntry {
  level: number;
  msg: string;
  line: string;
}

/** WatchedServer owns a running server, its temporary directory and its warn/error log. */
export class WatchedServer {
  private constructor(readonly dir: string, private readonly running: RunningServer, readonly log: LogEntry[]) {}

  /** start runs a server on a fresh directory; overrides change the config. */
  static async start(overrides: Partial<Config> = {}): Promise<WatchedServer> {
    const dir = mkdtempSync(join(tmpdir(), 'swarmlab-adv-'));
    const log: LogEntry[] = [];
    const destination = {
      write(line: string): void {
        const parsed = JSON.parse(line) as { level: number; msg?: string };
        log.push({ level: parsed.level, msg: parsed.msg ?? '', line });
      },
    };
    const config: Config = {
      host: '127.0.0.1', port: 0, dataDir: join(dir, 'data'), keysDir: join(dir, 'keys'), joinCode: JOIN_CODE,
      instructorCode: INSTRUCTOR_CODE, managers: 3, workers: 2, logLevel: 'warn', limits: DEFAULT_LIMITS, ...overrides,
    };
    const running = await startServer(config, { log: pino({ level: 'warn' }, destination) });
    if (!running) throw new Error('server did not start');
    return new WatchedServer(dir, running, log);
  }

  get port(): number {
    return this.running.port;
  }

  get server(): RunningServer {
    return this.running;
  }

  /** errors returns what was logged at error level or above (pino: 50 error, 60 fatal). */
  errors(): string[] {
    return this.log.filter((e) => e.level >= 50).map((e) => e.line);
  }

  /** stop stops the server and deletes its directory. */
  async stop(): Promise<void> {
    await this.running.stop('test end');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
