// The environment of a shell started by `docker exec -it <task> sh` in alpine: Docker passes
// PATH, HOSTNAME, HOME and (with -t) TERM; ash adds SHLVL and PWD. The order is the one `env`
// shows in real alpine containers (ash's variable table). The shell owns the live variables;
// this is the starting set for applets that print it.

import type { ProcessIO } from '../process-io.js';
import type { ContainerEnv } from './container-env.js';

/** DEFAULT_PATH is alpine's default search path, as the image config sets it. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** defaultEnvironment returns the exec'd shell's exported variables, in `env` order. */
export function defaultEnvironment(env: ContainerEnv, io: Pick<ProcessIO, 'isTTY'>): Array<[string, string]> {
  const vars: Array<[string, string]> = [
    ['HOSTNAME', env.hostname],
    ['SHLVL', '1'],
    ['HOME', '/root'],
  ];
  if (io.isTTY) vars.push(['TERM', 'xterm']);
  vars.push(['PATH', DEFAULT_PATH], ['PWD', '/']);
  return vars;
}
