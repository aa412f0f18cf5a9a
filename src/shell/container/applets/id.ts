// `id`: busybox coreutils/id.c (1_36_1). `docker exec` runs as root with the supplementary
// groups /etc/group gives root, so plain `id` lists them all. Users and groups come from the
// image's /etc/passwd and /etc/group.

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';
import { ETC_STATIC_FILES, parseGroup, parsePasswd, type GroupEntry } from '../etc-static.js';
import { fail, type Applet } from './applet.js';
import { parseArgs } from './getopt.js';
import { showUsage, type AppletUsage } from './usage.js';

/** ID_USAGE is id's //usage: text (no SELinux). */
export const ID_USAGE: AppletUsage = {
  trivial: '[-ugGnr] [USER]',
  full: [
    'Print information about USER or the current user',
    '',
    '\t-u\tUser ID',
    '\t-g\tGroup ID',
    '\t-G\tSupplementary group IDs',
    '\t-n\tPrint names instead of numbers',
    '\t-r\tPrint real ID instead of effective ID',
  ].join('\n'),
};

/** id prints user and group identities. */
export const id: Applet = {
  name: 'id',
  async run(argv, io, env) {
    const parsed = parseArgs(argv.slice(1), { short: 'rnugG' });
    if (parsed.error !== undefined) {
      io.stderr(`id: ${parsed.error}\n`);
      return showUsage(io, 'id', ID_USAGE);
    }
    // "u--g:g--u:G--u:u--G:g--G:G--g": the last of -u/-g/-G wins; -r and -n need one of them.
    const modes = parsed.options.map((o) => o.opt).filter((o) => 'ugG'.includes(o));
    const mode = modes[modes.length - 1];
    const names = parsed.options.some((o) => o.opt === 'n');
    const needsMode = parsed.options.some((o) => o.opt === 'n' || o.opt === 'r');
    if ((needsMode && mode === undefined) || parsed.operands.length > 1) return showUsage(io, 'id', ID_USAGE);
    return printIdentity(io, env, parsed.operands[0] ?? 'root', mode, names);
  },
};

function printIdentity(io: ProcessIO, env: ContainerEnv, userName: string, mode: string | undefined, names: boolean): number {
  const text = (path: string): string => env.readFile(path) ?? ETC_STATIC_FILES[path] ?? '';
  const user = parsePasswd(text('/etc/passwd')).find((u) => u.name === userName);
  if (user === undefined) return fail(io, 'id', `unknown user ${userName}`);
  const groups = parseGroup(text('/etc/group'));
  const groupName = (gid: number): string => groups.find((g) => g.gid === gid)?.name ?? String(gid);
  const member = (g: GroupEntry): boolean => g.gid === user.gid || g.members.includes(user.name);
  const gids = [user.gid, ...groups.filter((g) => member(g) && g.gid !== user.gid).map((g) => g.gid)];
  const show = (num: number, name: string): string => (names ? name : String(num));
  if (mode === 'u') io.stdout(`${show(user.uid, user.name)}\n`);
  else if (mode === 'g') io.stdout(`${show(user.gid, groupName(user.gid))}\n`);
  else if (mode === 'G') io.stdout(`${gids.map((g) => show(g, groupName(g))).join(' ')}\n`);
  else {
    const list = gids.map((g) => `${g}(${groupName(g)})`).join(',');
    io.stdout(`uid=${user.uid}(${user.name}) gid=${user.gid}(${groupName(user.gid)}) groups=${list}\n`);
  }
  return 0;
}
