// Runs a parsed command line the way a POSIX shell does: `;` lists, `&&`/`||`, `!`, pipelines
// (each stage's output becomes the next one's input), here-documents, redirections (to files when
// the shell has ShellFiles, else only /dev/null, 2>&1, >&2), variables and `$?`, and pathname
// expansion of command words when the shell has a glob. Commands come from a table the node shell
// and the container shell fill differently.

import { expandWords, type Glob } from './parser/index.js';
import type { AndOrList, CommandList, Pipeline, Redirect, SimpleCommand } from './parser/ast.js';
import type { ProcessIO } from './process-io.js';

/** CommandRun is one command invocation. */
export interface CommandRun {
  argv: string[];
  io: ProcessIO;
  /** input is what a pipe or here-document feeds the command's standard input. */
  input?: string;
  /** env holds the NAME=value words written before the command. */
  env: Record<string, string>;
}

/** ShellCommand is a builtin or program the shell can run. */
export type ShellCommand = (run: CommandRun) => Promise<number>;

/** ShellExit is thrown by `exit` (and by a fatal error) to end the shell with a status. */
export class ShellExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

/** ShellFiles is the filesystem redirections use; errors are strerror texts (`Permission denied`). */
export interface ShellFiles {
  read(path: string): { text: string } | { error: string };
  /** write creates or truncates (append: extends) a file; undefined on success. */
  write(path: string, text: string, append: boolean): string | undefined;
  /** maxBytes bounds what a redirection collects before writing it. */
  readonly maxBytes: number;
}

/** ShellHost is what a particular shell (bash on a node, ash in a container) provides. */
export interface ShellHost {
  lookup(name: string): ShellCommand | undefined;
  /** notFound returns the error line (without newline) for an unknown command. */
  notFound(name: string): string;
  /** prefix starts the shell's own error lines: `-bash: `, `bash: line 1: `, `sh: `. */
  readonly prefix: string;
  readonly vars: Map<string, string>;
  /** files backs `>`, `>>` and `<`; without it only /dev/null can be redirected to. */
  readonly files?: ShellFiles;
  /** builtins are the commands whose write errors bash reports as its own (`-bash: echo: write error`). */
  readonly builtins?: ReadonlySet<string>;
  /** glob expands a command word's pattern to the paths it matches; without it words are not globbed. */
  readonly glob?: Glob;
}

/** Redirected is a command's io after its redirections, and what must be written when it ends. */
interface Redirected {
  io: ProcessIO;
  input?: string;
  flushes: Array<() => string | undefined>;
}

const MAX_PIPE_BYTES = 1 << 20;

/** Interpreter executes command lists against a ShellHost and remembers `$?`. */
export class Interpreter {
  status = 0;

  constructor(private readonly host: ShellHost) {}

  /** run executes every and-or list of a line; it throws ShellExit when the shell must end. */
  async run(list: CommandList, io: ProcessIO): Promise<number> {
    for (const andOr of list) {
      if (io.signal.aborted) break;
      if (andOr.background) {
        io.stderr(`${this.host.prefix}background jobs (&) are not supported here\n`);
        this.status = 1;
        continue;
      }
      this.status = await this.runAndOr(andOr, io);
    }
    return this.status;
  }

  private async runAndOr(andOr: AndOrList, io: ProcessIO): Promise<number> {
    let status = await this.runPipeline(andOr.first, io);
    for (const { op, pipeline } of andOr.rest) {
      if (io.signal.aborted) break;
      if ((op === '&&') === (status === 0)) status = await this.runPipeline(pipeline, io);
      this.status = status;
    }
    return status;
  }

  private async runPipeline(pipeline: Pipeline, io: ProcessIO): Promise<number> {
    let input: string | undefined;
    let status = 0;
    const stages = pipeline.commands;
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i];
      if (!stage) continue;
      const last = i === stages.length - 1;
      let captured = '';
      const stageIo: ProcessIO = last
        ? io
        : { ...io, isTTY: false, stdout: (t) => void (captured.length < MAX_PIPE_BYTES && (captured += t)) };
      status = await this.runSimple(stage, stageIo, input);
      input = captured;
      if (io.signal.aborted) break;
    }
    return pipeline.negated ? Number(status === 0) : status;
  }

  private lookupVar = (name: string): string | undefined => (name === '?' ? String(this.status) : this.host.vars.get(name));

  private async runSimple(command: SimpleCommand, io: ProcessIO, piped: string | undefined): Promise<number> {
    const argv = expandWords(command.words, this.lookupVar, this.host.glob);
    const env: Record<string, string> = {};
    for (const a of command.assignments) env[a.name] = expandWords([a.value], this.lookupVar).join(' ');
    if (argv.length === 0) {
      for (const [k, v] of Object.entries(env)) this.host.vars.set(k, v);
      return 0;
    }
    const redirected = this.redirect(command.redirects, io, piped);
    if (typeof redirected === 'number') return redirected;
    const name = argv[0] ?? '';
    const program = this.host.lookup(name);
    let status: number;
    if (!program) {
      redirected.io.stderr(`${this.host.notFound(name)}\n`);
      status = 127;
    } else {
      status = await program({ argv, io: redirected.io, env, ...(redirected.input !== undefined && { input: redirected.input }) });
    }
    for (const flush of redirected.flushes) {
      const error = flush();
      if (error === undefined) continue;
      const who = this.host.builtins?.has(name) ? `${this.host.prefix}${name}` : name;
      io.stderr(`${who}: write error: ${error}\n`);
      status = 1;
    }
    return status;
  }

  private redirect(redirects: Redirect[], io: ProcessIO, piped: string | undefined): Redirected | number {
    let stdout = io.stdout;
    let stderr = io.stderr;
    let isTTY = io.isTTY;
    let input = piped;
    const flushes: Array<() => string | undefined> = [];
    const discard = (): void => undefined;
    for (const r of redirects) {
      if (r.kind === 'dup') {
        if (r.fd === 2 && r.to === 1) stderr = stdout;
        else if (r.fd === 1 && r.to === 2) stdout = stderr;
        else if (r.to === 'close') r.fd === 1 ? (stdout = discard) : (stderr = discard);
        continue;
      }
      if (r.kind === 'heredoc' || r.kind === 'herestring') {
        const text = expandWords([r.kind === 'heredoc' ? r.body : r.word], this.lookupVar).join(' ');
        input = r.kind === 'herestring' ? `${text}\n` : text;
        continue;
      }
      const target = expandWords([r.target], this.lookupVar).join(' ');
      const files = this.host.files;
      if (files && target !== '/dev/null') {
        const opened = this.openFile(files, target, r.mode);
        if (typeof opened === 'string') {
          io.stderr(`${this.host.prefix}${target}: ${opened}\n`);
          return 1;
        }
        if ('text' in opened) input = opened.text;
        else {
          flushes.push(opened.flush);
          if (r.fd === 1 || r.fd === 'both') stdout = opened.write;
          if (r.fd === 2 || r.fd === 'both') stderr = opened.write;
          if (r.fd !== 2) isTTY = false;
        }
        continue;
      }
      if (target !== '/dev/null') {
        const why = r.mode === 'read' ? 'No such file or directory' : 'Read-only file system';
        io.stderr(`${this.host.prefix}${target}: ${why}\n`);
        return 1;
      }
      if (r.mode === 'read') input = '';
      else if (r.fd === 'both') stdout = stderr = discard;
      else if (r.fd === 1) stdout = discard;
      else if (r.fd === 2) stderr = discard;
      if (r.mode !== 'read' && r.fd !== 2) isTTY = false;
    }
    return { io: { ...io, stdout, stderr, isTTY }, flushes, ...(input !== undefined && { input }) };
  }

  /**
   * openFile opens a redirection target as bash does before the command runs: `<` reads it now,
   * `>` truncates it now (so a failing command still leaves it empty), and the output collected
   * meanwhile is appended when the command ends.
   */
  private openFile(files: ShellFiles, target: string, mode: 'read' | 'write' | 'append' | 'readwrite'): { text: string } | { write: (t: string) => void; flush: () => string | undefined } | string {
    if (mode === 'read' || mode === 'readwrite') {
      const read = files.read(target);
      return 'error' in read ? read.error : read;
    }
    const opened = files.write(target, '', mode === 'append');
    if (opened !== undefined) return opened;
    let collected = '';
    let overflow = false;
    return {
      write: (t) => {
        if (collected.length + t.length > files.maxBytes) overflow = true;
        else collected += t;
      },
      flush: () => (overflow ? 'File too large' : collected === '' ? undefined : files.write(target, collected, true)),
    };
  }
}
