// Starts the real swarmlab server in-process on 127.0.0.1:0 with a temporary data and keys
// directory, and restarts it on the same directories (what `npm start` after a crash does).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { DEFAULT_LIMITS, type Config } from '../../../src/config.js';
import { startServer, type RunningServer } from '../../../src/server.js';

export const JOIN_CODE = 'join-e2e';
export const INSTRUCTOR_CODE = 'teach-e2e';

/** TestServer owns a running server and its directories. */
export class TestServer {
  private running: RunningServer | undefined;

  private constructor(readonly dir: string, private readonly overrides: Partial<Config>) {}

  /** start launches a server on a fresh temporary directory. */
  static async start(overrides: Partial<Config> = {}): Promise<TestServer> {
    const server = new TestServer(mkdtempSync(join(tmpdir(), 'swarmlab-e2e-')), overrides);
    await server.boot();
    return server;
  }

  get port(): number {
    if (!this.running) throw new Error('server not running');
    return this.running.port;
  }

  get server(): RunningServer {
    if (!this.running) throw new Error('server not running');
    return this.running;
  }

  config(): Config {
    return {
      host: '127.0.0.1',
      port: 0,
      dataDir: join(this.dir, 'data'),
      keysDir: join(this.dir, 'keys'),
      joinCode: JOIN_CODE,
      instructorCode: INSTRUCTOR_CODE,
      managers: 3,
      workers: 2,
      logLevel: 'silent',
      limits: DEFAULT_LIMITS,
      ...this.overrides,
    };
  }

  private async boot(): Promise<void> {
    const running = await startServer(this.config(), { log: pino({ level: 'silent' }) });
    if (!running) throw new Error('server did not start');
    this.running = running;
  }

  /** restart stops the server gracefully and starts it again on the same directories. */
  async restart(): Promise<void> {
    await this.running?.stop('restart');
    this.running = undefined;
    await this.boot();
  }

  /** stop stops the server and deletes its directories. */
  async stop(): Promise<void> {
    await this.running?.stop('test end');
    this.running = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
