// What an admin command runs with: the instructor API, the classroom, and the exec request's I/O.

import type { ProcessIO } from '../../docker/process-io.js';
import type { Lab } from '../../lab/lab.js';
import type { InstructorApi } from '../instructor-api.js';

/** AdminContext is one admin command's environment. */
export interface AdminContext {
  api: InstructorApi;
  lab: Lab;
  instructor: string;
  io: ProcessIO;
}

/** AdminCommand runs one admin verb with its arguments (flags included) and returns an exit status. */
export type AdminCommand = (args: string[], ctx: AdminContext) => Promise<number> | number;

/** usage reports a usage error and returns 2. */
export function usage(ctx: AdminContext, text: string): number {
  ctx.io.stderr(`usage: ${text}\n`);
  return 2;
}

/** flag removes a boolean flag from args and says whether it was there. */
export function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
}
