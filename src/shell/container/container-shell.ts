// `docker exec` into a task container: busybox ash (`/ # `), `sh -c`, or a single applet; an
// unknown program fails the way runc reports it. An interactive shell ends when the container
// stops, as a real exec session does.

import { InteractiveShell, type ShellTerminal } from '../interactive-shell.js';
import { Interpreter, ShellExit, type ShellCommand, type ShellHost } from '../interpreter.js';
import { expandPathname, parseCommandLine } from '../parser/index.js';
import { rootDirs } from './rootfs.js';
import type { ProcessIO } from '../process-io.js';
import { teeOutput, type CommandJournal } from '../output-tee.js';
import { TEXT_FILTERS } from '../text-filters.js';
import { findApplet, runApplet } from './applets/index.js';
import type { ContainerEnv } from './container-env.js';
import { normalizePath, statPath } from './rootfs.js';

const SHELLS = new Set(['sh', 'ash', '/bin/sh', '/bin/ash']);
const STOP_POLL_MS = 500;

/** createAshHost builds busybox ash's builtins and applet lookup for one container. */
export function createAshHost(env: ContainerEnv): ShellHost {
  const vars = new Map<string, string>([
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['HOSTNAME', env.hostname],
    ['HOME', '/root'],
    ['PWD', '/'],
    ['0', 'sh'],
    ['$', '7'],
  ]);
  const builtins: Record<string, ShellCommand> = {
    cd: async ({ argv, io }) => {
      const target = normalizePath(resolvePath(vars.get('PWD') ?? '/', argv[1] ?? '/root'));
      const node = statPath(env, target, env.now?.() ?? Date.now());
      if (!node || node.kind !== 'dir') {
        io.stderr(`sh: cd: can't cd to ${argv[1] ?? '/root'}: ${node ? 'Not a directory' : 'No such file or directory'}\n`);
        return 2;
      }
      vars.set('PWD', target);
      return 0;
    },
    pwd: async ({ io }) => (io.stdout(`${vars.get('PWD') ?? '/'}\n`), 0),
    exit: async ({ argv }) => {
      throw new ShellExit(argv[1] !== undefined && /^-?\d+$/.test(argv[1]) ? Number(argv[1]) & 255 : 0);
    },
    export: async ({ argv }) => {
      for (const a of argv.slice(1)) {
        const eq = a.indexOf('=');
        if (eq > 0) vars.set(a.slice(0, eq), a.slice(eq + 1));
      }
      return 0;
    },
    clear: async ({ io }) => (io.stdout('\x1b[H\x1b[J'), 0),
  };
  return {
    lookup: (name) => {
      if (Object.hasOwn(builtins, name)) return builtins[name];
      if (findApplet(name)) return ({ argv, io }) => runApplet(argv, io, env);
      return Object.hasOwn(TEXT_FILTERS, name) ? TEXT_FILTERS[name] : undefined;
    },
    notFound: (name) => `sh: ${name}: not found`,
    prefix: 'sh: ',
    vars,
    glob: (pattern) => expandPathname(pattern, rootDirs(env)),
  };
}

function resolvePath(cwd: string, target: string): string {
  if (target.startsWith('/')) return target;
  if (target === '~' || target.startsWith('~/')) return `/root${target.slice(1)}`;
  return `${cwd.replace(/\/$/, '')}/${target}`;
}

/** ExecOptions are docker exec's -i and -t, and who wants to know what ran inside. */
export interface ExecOptions {
  interactive: boolean;
  tty: boolean;
  /** taskId identifies the container for the journal. */
  taskId?: string;
  journal?: CommandJournal;
}

/** execInContainer runs argv in the container and resolves with the exit status docker exec returns. */
export async function execInContainer(env: ContainerEnv, argv: string[], options: ExecOptions, io: ProcessIO): Promise<number> {
  const program = argv[0] ?? '';
  const interactiveShell = SHELLS.has(program) && argv[1] !== '-c';
  if (interactiveShell || !options.journal) return run(env, argv, options, io);
  // A one-off command (`docker exec <task> ping -c 3 web`) is journaled as run inside the task.
  const tee = teeOutput(io);
  const status = await run(env, argv, options, tee.io);
  const line = SHELLS.has(program) ? (argv[2] ?? '') : argv.join(' ');
  options.journal.command({ line, status, output: tee.text(), ...(options.taskId !== undefined && { task: options.taskId }) });
  return status;
}

async function run(env: ContainerEnv, argv: string[], options: ExecOptions, io: ProcessIO): Promise<number> {
  const program = argv[0] ?? '';
  if (SHELLS.has(program)) return runShell(env, argv.slice(1), options, io);
  if (findApplet(program)) return runApplet(argv, io, env);
  io.stdout(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown\r\n`);
  return 126;
}

async function runShell(env: ContainerEnv, args: string[], options: ExecOptions, io: ProcessIO): Promise<number> {
  const host = createAshHost(env);
  if (args[0] === '-c') {
    const script = args[1] ?? '';
    const parsed = parseCommandLine(script);
    if (parsed.kind !== 'ok') {
      io.stderr(`sh: ${parsed.message}\n`);
      return 2;
    }
    try {
      return await new Interpreter(host).run(parsed.list, io);
    } catch (error) {
      if (error instanceof ShellExit) return error.status;
      throw error;
    }
  }
  if (!options.interactive || !io.stdin) return 0; // no stdin attached: sh reads EOF at once
  const stdin = io.stdin;
  const term: ShellTerminal = {
    isTTY: options.tty,
    size: () => io.size(),
    write: (t) => io.stdout(t),
    writeError: (t) => io.stderr(t),
    onData: (l) => stdin.onData(l),
    onResize: (l) => stdin.onResize(l),
  };
  const stopped = new AbortController();
  const forward = (): void => stopped.abort();
  io.signal.addEventListener('abort', forward, { once: true });
  const watch = setInterval(() => {
    if (!env.running()) stopped.abort();
  }, STOP_POLL_MS);
  watch.unref();
  const journal = options.journal;
  journal?.inside(options.taskId);
  try {
    const shell = new InteractiveShell(term, {
      host,
      prompt: () => `${promptDir(host.vars.get('PWD') ?? '/')} # `,
      eofText: '',
      closed: stopped.signal,
      ...(journal && {
        onDone: (line: string, status: number, output: string) =>
          journal.command({ line, status, output, ...(options.taskId !== undefined && { task: options.taskId }) }),
      }),
    });
    return await shell.run();
  } finally {
    journal?.inside(undefined);
    clearInterval(watch);
    io.signal.removeEventListener('abort', forward);
  }
}

function promptDir(pwd: string): string {
  return pwd === '/root' ? '~' : pwd.startsWith('/root/') ? `~${pwd.slice(5)}` : pwd;
}
