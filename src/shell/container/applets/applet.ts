// The shape every busybox applet shares, like busybox's `int xxx_main(int argc, char **argv)`.

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';

/** Applet is one busybox command: argv[0] is its name, the promise gives its exit status. */
export interface Applet {
  readonly name: string;
  run(argv: string[], io: ProcessIO, env: ContainerEnv): Promise<number>;
}

/** EXIT_INTERRUPTED is the status ash reports for a command killed by SIGINT (128 + 2). */
export const EXIT_INTERRUPTED = 130;

/** fail writes busybox's `<applet>: <message>` line to stderr and returns 1 (bb_error_msg_and_die). */
export function fail(io: ProcessIO, applet: string, message: string, status = 1): number {
  io.stderr(`${applet}: ${message}\n`);
  return status;
}
