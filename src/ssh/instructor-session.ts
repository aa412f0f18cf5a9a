// An instructor logging in with a bare name: with a terminal, the dashboard; with a command, the
// scriptable admin interface. (`name+node+team` instructors get a node shell like students.)

import { runAdminCommand } from '../instructor/admin/run-admin.js';
import { createInstructorApi } from '../instructor/classroom-api.js';
import { runDashboard } from '../instructor/dashboard/index.js';
import type { Lab } from '../lab/lab.js';
import { execIO } from './exec-io.js';
import { userPart } from './login-name.js';
import type { SessionRequest } from './server.js';

/** isInstructorConsole reports whether a session is an instructor's dashboard or admin request. */
export function isInstructorConsole(request: SessionRequest): boolean {
  return request.role === 'instructor' && !request.username.includes('+');
}

/** runInstructorSession runs the dashboard (pty shell) or one admin command (exec). */
export async function runInstructorSession(lab: Lab, request: SessionRequest): Promise<number> {
  const instructor = userPart(request.username) ?? 'instructor';
  const api = createInstructorApi(lab, instructor);
  const log = lab.log.child({ session: request.id.slice(0, 8), instructor, kind: request.kind });
  if (request.kind === 'exec') {
    const { io, dispose } = execIO(request);
    try {
      const status = await runAdminCommand(request.command ?? '', { api, lab, instructor, io });
      log.info({ cmd: (request.command ?? '').split(/\s+/)[0]?.slice(0, 16), status }, 'admin command');
      return status;
    } finally {
      dispose();
    }
  }
  if (!request.terminal.isTTY) {
    request.terminal.writeError("the instructor dashboard needs a terminal (ssh -t); for scripts run an admin command, e.g. 'sessions'\n");
    return 1;
  }
  const now = Date.now();
  lab.presence.add({ id: request.id, user: instructor, team: '', node: '', kind: 'dashboard', startedAt: now, lastActivity: now, failures: 0 });
  log.info('dashboard open');
  try {
    return await runDashboard(request.terminal, api, { instructor, closed: request.closed });
  } finally {
    lab.presence.remove(request.id);
    log.info({ ms: Date.now() - now }, 'dashboard closed');
  }
}
