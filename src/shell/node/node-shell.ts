// The shell a student gets on a simulated node: bash's prompt and messages, docker, a few
// builtins and text filters. The docker CLI and presence come in as functions, so this layer
// knows nothing of SSH or of the lab.

import { helpText, whoText, type Lang } from '../i18n.js';
import { ShellExit, type ShellCommand, type ShellHost } from '../interpreter.js';
import type { ProcessIO } from '../process-io.js';
import { TEXT_FILTERS } from '../text-filters.js';

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
  /** extra commands (lesson, wall, ...) added by outer layers. */
  extra?: Record<string, ShellCommand>;
}

/** NodeShellMode is how the shell was started: an interactive login or `ssh host 'command'`. */
export type NodeShellMode = 'login' | 'command';

const CLEAR = '\x1b[H\x1b[2J\x1b[3J';

/** createNodeShellHost builds the ShellHost of one node session. */
export function createNodeShellHost(deps: NodeShellDeps, mode: NodeShellMode): ShellHost {
  const home = `/home/${deps.user}`;
  const vars = new Map<string, string>([
    ['HOME', home],
    ['USER', deps.user],
    ['LOGNAME', deps.user],
    ['HOSTNAME', deps.hostname],
    ['PWD', home],
    ['SHELL', '/bin/bash'],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['0', mode === 'login' ? '-bash' : 'bash'],
    ['$', String(1000 + deps.user.length * 37)],
  ]);
  const prefix = mode === 'login' ? '-bash: ' : 'bash: line 1: ';
  const commands: Record<string, ShellCommand> = {
    ...TEXT_FILTERS,
    docker: ({ argv, io }) => deps.docker(argv.slice(1), io),
    hostname: async ({ io }) => (io.stdout(`${deps.hostname}\n`), 0),
    whoami: async ({ io }) => (io.stdout(`${deps.user}\n`), 0),
    id: async ({ io }) => (io.stdout(`uid=1000(${deps.user}) gid=1000(${deps.user}) groups=1000(${deps.user}),999(docker)\n`), 0),
    pwd: async ({ io }) => (io.stdout(`${vars.get('PWD') ?? home}\n`), 0),
    cd: async ({ argv, io }) => {
      const target = argv[1] ?? '~';
      if (target === '~' || target === home || target === '.' || target === '-') return 0;
      io.stderr(`${prefix}cd: ${target}: No such file or directory\n`);
      return 1;
    },
    ls: async () => 0,
    echo: async ({ argv, io }) => {
      const noNewline = argv[1] === '-n';
      io.stdout(`${argv.slice(noNewline ? 2 : 1).join(' ')}${noNewline ? '' : '\n'}`);
      return 0;
    },
    cat: async ({ argv, io, input }) => {
      const files = argv.slice(1).filter((a) => a !== '-');
      if (files.length === 0) {
        io.stdout(input ?? '');
        return 0;
      }
      for (const f of files) io.stderr(`cat: ${f}: No such file or directory\n`);
      return 1;
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
  };
}

/** formatDate renders a time like GNU date in UTC: `Sun Nov 22 20:40:00 UTC 2026`. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const time = d.toISOString().slice(11, 19);
  return `${day} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} UTC ${d.getUTCFullYear()}`;
}
