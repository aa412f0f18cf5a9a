// The instructor dashboard: a blessed UI drawn over an SSH pty, reading and acting on the
// classroom through an InstructorApi only.

import type { InstructorApi } from '../instructor-api.js';
import { Dashboard } from './dashboard.js';
import type { DashboardOptions, DashboardTerminal } from './types.js';

export type { DashboardOptions, DashboardTerminal } from './types.js';

/**
 * runDashboard draws the dashboard on term until the instructor quits (q, Ctrl-C) or closed
 * aborts, and resolves with the exit status (0, or 1 if the dashboard failed). It never rejects,
 * and it always removes its listeners and leaves the alternate screen.
 */
export function runDashboard(term: DashboardTerminal, api: InstructorApi, options: DashboardOptions): Promise<number> {
  return new Promise<number>((resolve) => {
    try {
      new Dashboard(term, api, options, resolve).start();
    } catch {
      resolve(1);
    }
  });
}
