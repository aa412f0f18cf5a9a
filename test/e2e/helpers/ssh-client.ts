// SSH clients for e2e tests: the ssh2 client library with a real pty whose screen is kept by
// @xterm/headless (so assertions read the screen a person sees), and one-shot exec requests.

import xterm from '@xterm/headless';
import { Client, type ClientChannel, type ConnectConfig } from 'ssh2';
import { INSTRUCTOR_CODE, JOIN_CODE } from './test-server.js';

/** connect opens an authenticated ssh2 connection to the test server. */
export function connect(port: number, username: string, extra: Partial<ConnectConfig> = {}): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    // A refused login can be followed by a reset of the socket: the first error settles the promise
    // and later ones (after login, the server stopping at the end of a file) are expected, not failures.
    client.on('error', reject);
    client.once('ready', () => resolve(client));
    client.connect({ host: '127.0.0.1', port, username, password: JOIN_CODE, readyTimeout: 10_000, ...extra });
  });
}

/** ExecResult is one non-interactive command's outcome. */
export interface ExecResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** execOnce runs `ssh user@host 'command'` and collects stdout, stderr and the exit status. */
export async function execOnce(port: number, username: string, command: string, extra: Partial<ConnectConfig> = {}): Promise<ExecResult> {
  const client = await connect(port, username, extra);
  try {
    return await new Promise((resolve, reject) => {
      client.exec(command, (err, stream) => {
        if (err) return reject(err);
        let stdout = '';
        let stderr = '';
        let code: number | null = null;
        stream.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
        stream.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
        stream.on('exit', (c: number | null) => (code = c));
        stream.on('close', () => resolve({ stdout, stderr, code }));
      });
    });
  } finally {
    client.end();
  }
}

/** adminExec runs one instructor admin command (`ssh ana@host '<command>'` with the instructor code). */
export function adminExec(port: number, command: string, instructor = 'ana'): Promise<ExecResult> {
  return execOnce(port, instructor, command, { password: INSTRUCTOR_CODE });
}

/** PtySession is an interactive login with a terminal, like `ssh -t`. */
export class PtySession {
  readonly screen: xterm.Terminal;
  raw = '';
  private closed = false;
  private exitCode: number | null = null;

  private constructor(readonly client: Client, readonly stream: ClientChannel, cols: number, rows: number) {
    this.screen = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 5000 });
    stream.on('data', (d: Buffer) => {
      const text = d.toString('utf8');
      this.raw += text;
      this.screen.write(text);
    });
    stream.on('exit', (code: number | null) => (this.exitCode = code));
    stream.on('close', () => (this.closed = true));
  }

  /** open logs in with a pty of the given size and environment. */
  static async open(port: number, username: string, options: { cols?: number; rows?: number; env?: Record<string, string>; password?: string } = {}): Promise<PtySession> {
    const client = await connect(port, username, options.password !== undefined ? { password: options.password } : {});
    const cols = options.cols ?? 80;
    const rows = options.rows ?? 24;
    const stream = await new Promise<ClientChannel>((resolve, reject) =>
      client.shell({ term: 'xterm-256color', cols, rows }, { env: options.env ?? { LANG: 'en_US.UTF-8' } }, (err, s) => (err ? reject(err) : resolve(s))),
    );
    return new PtySession(client, stream, cols, rows);
  }

  /** send types raw bytes. */
  send(text: string): void {
    this.stream.write(text);
  }

  /** run types a line and Enter, then waits until `until` shows up in the output after it. */
  async run(line: string, until: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const from = this.raw.length;
    this.send(`${line}\r`);
    return this.waitFor(until, timeoutMs, from);
  }

  /** waitFor resolves with the output (since `from`) once it matches. */
  async waitFor(until: string | RegExp, timeoutMs = 10_000, from = 0): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = this.raw.slice(from);
      if (typeof until === 'string' ? text.includes(until) : until.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(until)}; got:\n${text.slice(-2000)}`);
      if (this.closed) throw new Error(`session closed while waiting for ${String(until)}; got:\n${text.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** lines returns the visible screen, one string per row, trailing spaces trimmed. */
  async lines(): Promise<string[]> {
    await new Promise<void>((resolve) => this.screen.write('', resolve));
    const buffer = this.screen.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < buffer.length; i++) out.push((buffer.getLine(i)?.translateToString(true) ?? '').trimEnd());
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  }

  /** resize sends a window-change. */
  resize(cols: number, rows: number): void {
    this.stream.setWindow(rows, cols, 0, 0);
    this.screen.resize(cols, rows);
  }

  /** ended resolves with the exit status once the server closes the session. */
  async ended(timeoutMs = 10_000): Promise<number | null> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('session did not end');
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.exitCode;
  }

  close(): void {
    this.client.end();
  }
}
