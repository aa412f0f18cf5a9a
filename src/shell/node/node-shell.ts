// The shell a student gets on a simulated node: bash's prompt and messages, docker, a few
// builtins and text filters. The docker CLI and presence come in as functions, so this layer
// knows nothing of SSH or of the lab.

import { bashEcho, bashPrintf } from './bash-print.js';
import { DEFAULT_FILE_LIMITS } from '../fs/file-limits.js';
import { memoryHomeStorage } from '../fs/home-storage.js';
import { HomeVolume } from '../fs/home-volume.js';
import { NodeFs } from '../fs/node-fs.js';
import { promptPath } from '../fs/path.js';
import { helpText, whoText, type Lang } from '../i18n.js';
import { ShellExit, type ShellCommand, type ShellHost } from '../interpreter.js';
import type { ProcessIO } from '../process-io.js';
import { textFilters } from '../text-filters.js';
import { curlCommand } from './curl.js';
import type { NodeNet } from './node-net.js';
import { wgetCommand } from './wget.js';
import { fileCommands, globDirs, shellFiles } from './files/index.js';
import { expandPathname } from '../parser/index.js';
import { nanoCommand } from '../nano/nano.js';

/** NodeShellDeps are what a node shell needs from the outside. */
export interface NodeShellDeps {
  user: string;
  hostname: string;
  lang: Lang;
  docker(argv: string[], io: ProcessIO): Promise<number>;
  /** who lists the team's live sessions. */
  who(): { user: string; node: string; since: string }[];
  now(): number;
  history(): string[];
  /** files is the session's view of the node's filesystem; without it, a scratch home that is not kept. */
  files?: NodeFs;
  /** extra commands (lesson, wall, ...) added by outer layers. */
  extra?: Record<string, ShellCommand>;
  /** net gives curl and wget the node's network (the routing mesh); without it they are absent. */
  net?: NodeNet;
}

/** NodeShellMode is how the shell was started: an interactive login or `ssh host 'command'`. */
export type NodeShellMode = 'login' | 'command';

const CLEAR = '\x1b[H\x1b[2J\x1b[3J';

/** createNodeShellHost builds the ShellHost of one node session. */
export function createNodeShellHost(deps: NodeShellDeps, mode: NodeShellMode): ShellHost {
  const home = `/home/${deps.user}`;
  const fs = deps.files ?? scratchFiles(deps);
  const vars = new Map<string, string>([
    ['HOME', home],
    ['USER', deps.user],
    ['LOGNAME', deps.user],
    ['HOSTNAME', deps.hostname],
    ['PWD', fs.cwd],
    ['SHELL', '/bin/bash'],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['0', mode === 'login' ? '-bash' : 'bash'],
    ['$', String(1000 + deps.user.length * 37)],
  ]);
  const prefix = mode === 'login' ? '-bash: ' : 'bash: line 1: ';
  const files = shellFiles(fs);
  const commands: Record<string, ShellCommand> = {
    ...textFilters(files.read),
    docker: ({ argv, io, input }) => deps.docker(argv.slice(1), input === undefined ? io : { ...io, input }),
    ...(deps.net && { curl: curlCommand(deps.net), wget: wgetCommand(deps.net, deps.now) }),
    hostname: async ({ io }) => (io.stdout(`${deps.hostname}\n`), 0),
    whoami: async ({ io }) => (io.stdout(`${deps.user}\n`), 0),
    id: async ({ io }) => (io.stdout(`uid=1000(${deps.user}) gid=1000(${deps.user}) groups=1000(${deps.user}),999(docker)\n`), 0),
    ...fileCommands(fs, vars, prefix, deps.now),
    nano: nanoCommand(fs),
    echo: async ({ argv, io }) => (io.stdout(bashEcho(argv.slice(1)).stdout), 0),
    printf: async ({ argv, io }) => {
      const assign = argv[1] === '-v' ? argv[2] : undefined;
      if (argv[1] === '-v' && (assign === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(assign))) {
        io.stderr(`${prefix}printf: \`${assign ?? ''}': not a valid identifier\n`);
        return 2;
      }
      const result = bashPrintf(argv.slice(assign === undefined ? 1 : 3));
      if (assign === undefined) io.stdout(result.stdout);
      else vars.set(assign, result.stdout);
      // bash prints its builtin usage line without the shell's prefix.
      for (const e of result.errors) io.stderr(`${e.startsWith('printf: usage:') ? '' : prefix}${e}\n`);
      return result.status;
    },
    true: async () => 0,
    false: async () => 1,
    clear: async ({ io }) => (io.isTTY && io.stdout(CLEAR), 0),
    date: async ({ io }) => (io.stdout(`${formatDate(deps.now())}\n`), 0),
    uname: async ({ argv, io }) => {
      io.stdout(argv.includes('-a') ? `Linux ${deps.hostname} 6.8.0-49-generic #49-Ubuntu SMP PREEMPT_DYNAMIC x86_64 x86_64 x86_64 GNU/Linux\n` : 'Linux\n');
      return 0;
    },
    sleep: async ({ argv, io }) => {
      const seconds = Number(argv[1] ?? 'x');
      if (!Number.isFinite(seconds) || seconds < 0) {
        io.stderr(`sleep: invalid time interval '${argv[1] ?? ''}'\n`);
        return 1;
      }
      return (await io.sleep(seconds * 1000)) ? 0 : 130;
    },
    history: async ({ io }) => {
      deps.history().forEach((line, i) => io.stdout(`${String(i + 1).padStart(5)}  ${line}\n`));
      return 0;
    },
    help: async ({ io }) => (io.stdout(helpText(deps.lang)), 0),
    who: async ({ io }) => (io.stdout(whoText(deps.who())), 0),
    exit: async ({ argv }) => {
      throw new ShellExit(argv[1] !== undefined && /^\d+$/.test(argv[1]) ? Number(argv[1]) & 255 : 0);
    },
    ...deps.extra,
  };
  commands.logout = commands.exit as ShellCommand;
  return {
    lookup: (name) => (Object.hasOwn(commands, name) ? commands[name] : undefined),
    notFound: (name) => `${prefix}${name}: command not found`,
    prefix,
    vars,
    files,
    glob: (pattern) => expandPathname(pattern, globDirs(fs)),
    builtins: BASH_BUILTINS,
  };
}

// Bash reports write errors of its builtins as its own (`-bash: echo: write error: ...`).
const BASH_BUILTINS: ReadonlySet<string> = new Set(['echo', 'printf', 'pwd', 'history', 'help', 'cd', 'exit', 'logout', 'true', 'false']);

/** nodePrompt is bash's `\u@\h:\w\$ ` for a node shell host: `alice@manager1:~/app$ `. */
export function nodePrompt(user: string, hostname: string, host: ShellHost): string {
  return `${user}@${hostname}:${promptPath(host.vars.get('PWD') ?? '/', host.vars.get('HOME') ?? '')}$ `;
}

/** scratchFiles is a home kept in memory only, for shells built without a filesystem. */
function scratchFiles(deps: NodeShellDeps): NodeFs {
  const key = { team: '', node: deps.hostname, user: deps.user };
  return new NodeFs(new HomeVolume(key, [], { bytes: 0 }, DEFAULT_FILE_LIMITS, memoryHomeStorage()), deps.now);
}

/** formatDate renders a time like GNU date in UTC: `Sun Nov 22 20:40:00 UTC 2026`. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const time = d.toISOString().slice(11, 19);
  return `${day} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} UTC ${d.getUTCFullYear()}`;
}
