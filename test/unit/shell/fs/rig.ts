// Test rig: a node shell with a real NodeFs over in-memory storage, run line by line without a
// terminal; each run returns what the command printed and its exit status.

import { DEFAULT_FILE_LIMITS, type FileLimits } from '../../../../src/shell/fs/file-limits.js';
import { HomeDirectories } from '../../../../src/shell/fs/home-directories.js';
import { memoryHomeStorage, type HomeStorage } from '../../../../src/shell/fs/home-storage.js';
import { NodeFs } from '../../../../src/shell/fs/node-fs.js';
import { Interpreter, ShellExit, type ShellHost } from '../../../../src/shell/interpreter.js';
import { createNodeShellHost, nodePrompt } from '../../../../src/shell/node/node-shell.js';
import { parseCommandLine } from '../../../../src/shell/parser/index.js';
import type { ProcessIO } from '../../../../src/shell/process-io.js';

/** NOW is the rig's clock: Sun Nov 22 2026 20:40 UTC. */
export const NOW = Date.UTC(2026, 10, 22, 20, 40, 0);

/** Ran is one command line's result. */
export interface Ran {
  stdout: string;
  stderr: string;
  status: number;
}

/** Rig is one user's shell on one node. */
export class Rig {
  readonly host: ShellHost;
  readonly fs: NodeFs;
  private readonly interpreter: Interpreter;

  constructor(readonly homes: HomeDirectories, user = 'alice', node = 'manager1', readonly tty = false) {
    this.fs = new NodeFs(homes.open({ team: 'blue', node, user }), () => NOW);
    this.host = createNodeShellHost(
      { user, hostname: node, lang: 'en', files: this.fs, docker: async () => 0, who: () => [], now: () => NOW, history: () => [] },
      'login',
    );
    this.interpreter = new Interpreter(this.host);
  }

  /** make builds a rig over fresh in-memory storage. */
  static make(limits: Partial<FileLimits> = {}, storage: HomeStorage = memoryHomeStorage(), tty = false): Rig {
    return new Rig(new HomeDirectories(storage, { ...DEFAULT_FILE_LIMITS, ...limits }), 'alice', 'manager1', tty);
  }

  /** prompt is what bash would show now. */
  prompt(): string {
    return nodePrompt('alice', 'manager1', this.host);
  }

  /** run runs one command line. */
  async run(line: string, columns = 80): Promise<Ran> {
    const parsed = parseCommandLine(line);
    if (parsed.kind !== 'ok') throw new Error(`does not parse: ${line}`);
    let stdout = '';
    let stderr = '';
    const io: ProcessIO = {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      isTTY: this.tty,
      size: () => ({ columns, rows: 24 }),
      signal: new AbortController().signal,
      sleep: async () => true,
    };
    try {
      const status = await this.interpreter.run(parsed.list, io);
      return { stdout, stderr, status };
    } catch (error) {
      if (error instanceof ShellExit) return { stdout, stderr, status: error.status };
      throw error;
    }
  }

  /** script runs lines in order and returns the last result. */
  async script(...lines: string[]): Promise<Ran> {
    let last: Ran = { stdout: '', stderr: '', status: 0 };
    for (const line of lines) last = await this.run(line);
    return last;
  }
}
