// A load client, in its own process so it never shares an event loop with the server: it holds
// SSH sessions (the ssh2 client library, the same for swarmlab and OpenSSH), types into them and
// times what comes back. Every wait has a deadline; every loop has a count or a time bound.

import { performance } from 'node:perf_hooks';
import { Client, type ClientChannel } from 'ssh2';
import { serve } from './ipc.js';
import { sleep, wallNow } from './stats.js';

/** SessionSpec says how to log one session in and what its prompt looks like. */
export interface SessionSpec {
  /** key names the session in this client (default: its login). */
  key?: string;
  login: string;
  password?: string;
  privateKey?: string;
  /** prompt ends the output once the shell waits for input. */
  prompt: string;
  /** execShell runs this command with a pty instead of asking for a login shell (OpenSSH: `/bin/sh`). */
  execShell?: string;
  localAddress?: string;
}

/** OpenResult is one login: how long until the prompt, and what the handshake chose. */
export interface OpenResult {
  login: string;
  ok: boolean;
  ms: number;
  readyMs?: number;
  error?: string;
  kex?: string;
  hostKey?: string;
  cipher?: string;
}

const MAX_BUFFER = 64 * 1024;

class Sess {
  buf = '';
  closed = false;
  private onOutput: ((at: number) => void) | undefined;

  constructor(readonly spec: SessionSpec, readonly client: Client, readonly stream: ClientChannel) {
    stream.on('data', (d: Buffer) => {
      const at = wallNow();
      this.buf += d.toString('utf8');
      if (this.buf.length > MAX_BUFFER) this.buf = this.buf.slice(-MAX_BUFFER / 2);
      this.onOutput?.(at);
    });
    stream.stderr.on('data', () => undefined);
    stream.on('close', () => (this.closed = true));
  }

  /** until waits for output satisfying test (on the buffer since mark) and resolves with its arrival time. */
  until(test: (text: string) => boolean, timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
      if (test(this.buf)) return resolve(wallNow());
      const timer = setTimeout(() => {
        this.onOutput = undefined;
        reject(new Error(`timeout after ${timeoutMs} ms; tail: ${JSON.stringify(this.buf.slice(-200))}`));
      }, timeoutMs);
      this.onOutput = (at) => {
        if (!test(this.buf)) return;
        clearTimeout(timer);
        this.onOutput = undefined;
        resolve(at);
      };
    });
  }

  /** send writes keys and returns when they were handed to the connection. */
  send(text: string): number {
    this.buf = '';
    const at = wallNow();
    this.stream.write(text);
    return at;
  }

  atPrompt(): boolean {
    return this.buf.endsWith(this.spec.prompt);
  }
}

const sessions = new Map<string, Sess>();

function open(port: number, spec: SessionSpec, timeoutMs: number): Promise<OpenResult> {
  const t0 = wallNow();
  return new Promise((resolve) => {
    const client = new Client();
    const result: OpenResult = { login: spec.login, ok: false, ms: 0 };
    let done = false;
    const finish = (error?: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      result.ms = wallNow() - t0;
      if (error !== undefined) {
        result.error = error;
        client.end();
      } else result.ok = true;
      resolve(result);
    };
    const timer = setTimeout(() => finish(`no prompt within ${timeoutMs} ms`), timeoutMs);
    client.on('handshake', (n) => {
      result.kex = n.kex;
      result.hostKey = n.serverHostKey;
      result.cipher = n.cs.cipher;
    });
    client.on('error', (err) => finish(`${err.message}`));
    client.on('close', () => finish('connection closed'));
    client.on('ready', () => {
      result.readyMs = wallNow() - t0;
      const pty = { term: 'xterm-256color', cols: 80, rows: 24, height: 480, width: 640, modes: {} };
      const onStream = (err: Error | undefined, stream: ClientChannel): void => {
        if (err) return finish(err.message);
        const s = new Sess(spec, client, stream);
        s.until(() => s.atPrompt(), timeoutMs).then(
          () => {
            sessions.set(spec.key ?? spec.login, s);
            finish();
          },
          (e: Error) => finish(e.message),
        );
      };
      if (spec.execShell !== undefined) client.exec(spec.execShell, { pty }, onStream);
      else client.shell(pty, { env: { LANG: 'en_US.UTF-8' } }, onStream);
    });
    client.connect({
      host: '127.0.0.1',
      port,
      username: spec.login,
      ...(spec.password !== undefined && { password: spec.password }),
      ...(spec.privateKey !== undefined && { privateKey: spec.privateKey }),
      ...(spec.localAddress !== undefined && { localAddress: spec.localAddress }),
      readyTimeout: timeoutMs,
    });
    // OpenSSH's client sets TCP_NODELAY on interactive sessions; the ssh2 client must be told to.
    client.setNoDelay(true);
  });
}

function session(login: string): Sess {
  const s = sessions.get(login);
  if (!s) throw new Error(`no session ${login}`);
  return s;
}

/** runLine types a line and Enter and resolves with the round trip to the next prompt and the output. */
async function runLine(s: Sess, line: string, timeoutMs: number): Promise<{ ms: number; out: string }> {
  const t0 = s.send(`${line}\r`);
  const t1 = await s.until((text) => text.length > line.length && text.endsWith(s.spec.prompt), timeoutMs);
  return { ms: t1 - t0, out: s.buf };
}

const KEYS = 'abcdefghijklmnopqrstuvwxyz';

serve({
  /** open logs sessions in, their starts spread evenly over spreadMs (at most `concurrency` at once). */
  async open(args: { port: number; specs: SessionSpec[]; spreadMs: number; timeoutMs: number; concurrency?: number }) {
    const started = wallNow();
    const results: OpenResult[] = [];
    let active = 0;
    const gap = args.specs.length > 1 ? args.spreadMs / (args.specs.length - 1) : 0;
    const runs = args.specs.map(async (spec, i) => {
      await sleep(Math.max(0, started + i * gap - wallNow()));
      const limit = args.concurrency ?? Infinity;
      for (let waited = 0; active >= limit && waited < args.timeoutMs; waited += 5) await sleep(5);
      active++;
      try {
        results.push(await open(args.port, spec, args.timeoutMs));
      } finally {
        active--;
      }
    });
    await Promise.all(runs);
    return { results, totalMs: wallNow() - started };
  },

  /**
   * type: each session (all but `exclude`) types one key at a time for durationMs, a letter then a
   * backspace, at keysPerSecond on average (uniform jitter), waiting for each echo before the next.
   */
  async type(args: { durationMs: number; keysPerSecond: number; exclude?: string[]; only?: string[] }) {
    const skip = new Set(args.exclude ?? []);
    const chosen = [...sessions.entries()].filter(([key]) => !skip.has(key) && (args.only === undefined || args.only.includes(key))).map(([, s]) => s);
    const latencies: number[] = [];
    let failures = 0;
    const deadline = wallNow() + args.durationMs;
    const meanGap = 1000 / args.keysPerSecond;
    await Promise.all(
      chosen.map(async (s, index) => {
        await sleep(Math.random() * meanGap);
        let letterLeft = false;
        for (let k = index; wallNow() < deadline && !s.closed && k < index + 100_000; k++) {
          letterLeft = k % 2 === 0;
          const key = letterLeft ? (KEYS[k % KEYS.length] ?? 'a') : '\x7f';
          const t0 = s.send(key);
          try {
            const t1 = await s.until((text) => text.length > 0, 5_000);
            latencies.push(t1 - t0);
          } catch {
            failures++;
          }
          await sleep(Math.random() * 2 * meanGap);
        }
        // Leave the line empty (the session may run commands next): erase a letter still typed.
        if (letterLeft && !s.closed) {
          s.send('\x7f');
          await s.until((text) => text.length > 0, 5_000).catch(() => undefined);
        }
      }),
    );
    return { latencies, failures, sessions: chosen.length };
  },

  /** command runs a line `count` times on one session and times each round trip to the prompt. */
  async command(args: { login: string; line: string; count: number; intervalMs: number; expect?: string; timeoutMs?: number }) {
    const s = session(args.login);
    const latencies: number[] = [];
    let failures = 0;
    let sample = '';
    for (let i = 0; i < args.count; i++) {
      try {
        const r = await runLine(s, args.line, args.timeoutMs ?? 10_000);
        if (args.expect !== undefined && !new RegExp(args.expect).test(r.out)) {
          failures++;
          sample = r.out.slice(0, 2000);
        } else {
          latencies.push(r.ms);
          if (sample === '') sample = r.out.slice(0, 2000);
        }
      } catch (error) {
        failures++;
        sample = String(error);
      }
      await sleep(args.intervalMs);
    }
    return { latencies, failures, sample };
  },

  /** run runs one line and returns its output. */
  async run(args: { login: string; line: string; timeoutMs?: number }) {
    return runLine(session(args.login), args.line, args.timeoutMs ?? 10_000);
  },

  /**
   * fanout: the actor scales a service up by one; at the same moment the watcher starts running
   * `docker service ps` until the new slot shows up. Returns, per trial, when the scale was sent
   * and when the watcher's screen showed it.
   */
  async fanout(args: { actor: string; watcher: string; service: string; from: number; trials: number; gapMs: number }) {
    const actor = session(args.actor);
    const watcher = session(args.watcher);
    const trials: { sentAt: number; seenAt?: number; polls: number }[] = [];
    for (let i = 0; i < args.trials; i++) {
      const target = args.from + i + 1;
      const slot = new RegExp(`\\b${args.service}\\.${target}\\s`);
      const sentAt = actor.send(`docker service scale -d ${args.service}=${target}\r`);
      const actorDone = actor.until((t) => t.includes('scaled to') && t.endsWith(actor.spec.prompt), 10_000).catch(() => undefined);
      const trial: { sentAt: number; seenAt?: number; polls: number } = { sentAt, polls: 0 };
      for (let poll = 0; poll < 200 && wallNow() - sentAt < 5_000; poll++) {
        trial.polls++;
        const t0 = watcher.send(`docker service ps ${args.service}\r`);
        const line = `docker service ps ${args.service}`;
        try {
          const seenAt = await watcher.until((t) => t.length > line.length && t.endsWith(watcher.spec.prompt), 10_000);
          if (slot.test(watcher.buf)) {
            trial.seenAt = seenAt;
            break;
          }
        } catch {
          break;
        }
        void t0;
      }
      trials.push(trial);
      await actorDone;
      await sleep(args.gapMs);
    }
    return trials;
  },

  stats() {
    return { memory: process.memoryUsage(), cpu: process.cpuUsage(), uptimeMs: performance.now(), elu: performance.eventLoopUtilization().utilization, sessions: sessions.size };
  },

  count() {
    return [...sessions.values()].filter((s) => !s.closed).length;
  },

  async closeAll() {
    for (const s of sessions.values()) s.client.end();
    sessions.clear();
    await sleep(100);
    return true;
  },
});
