// The busybox applet table of the simulated alpine container, and the dispatcher the container
// shell calls for every simple command. Shell builtins with shell state (cd, exit, export, ...)
// belong to the shell, not here.

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';
import type { Applet } from './applet.js';
import { cat } from './cat.js';
import { date } from './date.js';
import { echo } from './echo.js';
import { env } from './env.js';
import { falseApplet } from './false.js';
import { hostname } from './hostname.js';
import { id } from './id.js';
import { ifconfig } from './ifconfig.js';
import { ip } from './ip.js';
import { ls } from './ls.js';
import { nslookup } from './nslookup.js';
import { ping } from './ping.js';
import { printenv } from './printenv.js';
import { ps } from './ps.js';
import { pwd } from './pwd.js';
import { sleep } from './sleep.js';
import { trueApplet } from './true.js';
import { uname } from './uname.js';
import { wget } from './wget.js';
import { whoami } from './whoami.js';

/** APPLETS lists every applet by the name typed at the prompt. */
export const APPLETS: ReadonlyMap<string, Applet> = new Map(
  [cat, date, echo, env, falseApplet, hostname, id, ifconfig, ip, ls, nslookup, ping, printenv, ps, pwd, sleep, trueApplet, uname, wget, whoami].map(
    (applet) => [applet.name, applet],
  ),
);

/**
 * findApplet returns the applet for a command word. Like execvp() through busybox's links,
 * a path works too (`/bin/ping`, `/sbin/ip`) when it names the applet's place in the image.
 */
export function findApplet(word: string): Applet | undefined {
  const direct = APPLETS.get(word);
  if (direct !== undefined || !word.includes('/')) return direct;
  const base = word.slice(word.lastIndexOf('/') + 1);
  const dirs = ['/bin', '/sbin', '/usr/bin', '/usr/sbin'];
  const applet = APPLETS.get(base);
  return applet !== undefined && dirs.some((d) => word === `${d}/${base}`) ? applet : undefined;
}

/**
 * runApplet runs argv[0] with its arguments and gives its exit status; an unknown command gets
 * ash's `sh: <name>: not found` and status 127. An applet that throws (a bug) reports on stderr
 * and fails with 1 rather than take the session down.
 */
export async function runApplet(argv: string[], io: ProcessIO, container: ContainerEnv): Promise<number> {
  const name = argv[0] ?? '';
  const applet = findApplet(name);
  if (applet === undefined) {
    io.stderr(`sh: ${name}: not found\n`);
    return 127;
  }
  try {
    return await applet.run(argv, io, container);
  } catch (error) {
    io.stderr(`${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
