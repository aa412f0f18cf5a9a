// A tiny request/response protocol over a child process's IPC channel: the orchestrator asks,
// the server host and the load clients answer. Every request has a deadline so no phase can hang.

import type { ChildProcess } from 'node:child_process';

interface Request {
  rpc: number;
  op: string;
  args: unknown;
}

interface Response {
  rpc: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

/** Handlers maps an operation name to its implementation in the child. */
export type Handlers = Record<string, (args: never) => unknown>;

/** serve answers requests arriving on this process's IPC channel. */
export function serve(handlers: Handlers): void {
  process.on('message', (message: Request) => {
    const handler = message.op === 'ping' ? () => true : (handlers[message.op] as ((args: unknown) => unknown) | undefined);
    const reply = (response: Omit<Response, 'rpc'>): void => void process.send?.({ rpc: message.rpc, ...response });
    if (!handler) return reply({ ok: false, error: `unknown op ${message.op}` });
    Promise.resolve()
      .then(() => handler(message.args))
      .then(
        (value) => reply({ ok: true, value }),
        (error: unknown) => reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  process.on('disconnect', () => process.exit(0));
}

/** Peer calls operations in a child process. */
export class Peer {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(readonly name: string, readonly child: ChildProcess) {
    child.on('message', (message: Response) => {
      const w = this.waiting.get(message.rpc);
      if (!w) return;
      this.waiting.delete(message.rpc);
      if (message.ok) w.resolve(message.value);
      else w.reject(new Error(`${name}: ${message.error ?? 'failed'}`));
    });
    child.on('exit', (code, signal) => this.failAll(`${name} exited (${code ?? signal})`));
    // A send to a child that already died fails here, not as an unhandled 'error' that ends the run.
    child.on('error', (error) => this.failAll(`${name}: ${error.message}`));
  }

  // failAll rejects every call still waiting for an answer.
  private failAll(message: string): void {
    for (const w of this.waiting.values()) w.reject(new Error(message));
    this.waiting.clear();
  }

  /** call runs op in the child and resolves with its result, or rejects after timeoutMs. */
  call<T>(op: string, args: unknown = {}, timeoutMs = 60_000): Promise<T> {
    if (!this.child.connected) return Promise.reject(new Error(`${this.name}: ${op}: the process is gone`));
    const rpc = this.next++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(rpc);
        reject(new Error(`${this.name}: ${op} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(rpc, {
        resolve: (v) => (clearTimeout(timer), resolve(v as T)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.child.send({ rpc, op, args } satisfies Request);
    });
  }

  /** stop asks the child to leave and kills it if it has not after graceMs. */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  }
}
