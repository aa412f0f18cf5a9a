// Not a test of speed (those live in bench/): a measurement run on demand, writing its figures
// to the JSON file named by DASHBOARD_MEASURE. `DASHBOARD_MEASURE=/tmp/m.json npx vitest run
// test/unit/instructor/dashboard-measure.test.ts`.

import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDashboardScreen, destroyDashboardScreen } from '../../../src/instructor/dashboard/blessed-screen.js';
import { runDashboard } from '../../../src/instructor/dashboard/index.js';
import { DashboardModel } from '../../../src/instructor/dashboard/model.js';
import { TerminalInput, TerminalOutput } from '../../../src/instructor/dashboard/terminal-streams.js';
import { DashboardView } from '../../../src/instructor/dashboard/view.js';
import { bigClassroom, type FakeClassroom } from './fake-classroom.js';

const target = process.env.DASHBOARD_MEASURE;

/** fullRender times full repaints (blessed's diff reset each time) at one size. */
function fullRender(api: FakeClassroom, columns: number, rows: number, runs = 50): { ms: number; bytes: number } {
  let bytes = 0;
  const output = new TerminalOutput((text) => (bytes += text.length), { columns, rows });
  const { screen } = createDashboardScreen(new TerminalInput(), output);
  const model = new DashboardModel(api);
  const view = new DashboardView(screen, 'prof');
  model.focus('sessions');
  view.draw(model, undefined);
  screen.program.flush();
  bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    screen.alloc();
    model.refresh();
    view.draw(model, undefined);
    screen.program.flush();
  }
  const ms = (performance.now() - t0) / runs;
  destroyDashboardScreen(screen, output, true);
  return { ms: Math.round(ms * 100) / 100, bytes: Math.round(bytes / runs) };
}

/** storm fires perSecond onChange calls for seconds, mutating the classroom, and measures CPU. */
async function storm(api: FakeClassroom, seconds: number, perSecond: number, withDashboard: boolean) {
  let bytes = 0;
  let writes = 0;
  const controller = new AbortController();
  const term = { write: (t: string) => ((bytes += t.length), writes++), onData: () => ({ dispose() {} }), onResize: () => ({ dispose() {} }), size: () => ({ columns: 160, rows: 50 }) };
  const exit = withDashboard ? runDashboard(term, api, { instructor: 'prof', closed: controller.signal }) : Promise.resolve(0);
  await new Promise((r) => setTimeout(r, 300));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      for (let i = 0; i < perSecond / 100; i++, n++) {
        const s = api.snap.sessions[n % api.snap.sessions.length]!;
        s.idleMs = 0;
        s.lastCommand = `docker service scale web=${n % 9}`;
        api.feedEntries.push({ at: api.snap.now + n, team: s.team, text: `${s.user}@${s.node} scaled web ${n % 9}` });
        api.feedEntries.shift();
        api.changes.fire();
      }
      if (performance.now() - t0 < seconds * 1000) return;
      clearInterval(timer);
      resolve();
    }, 10);
  });
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - t0;
  controller.abort();
  await exit;
  return { changes: n, cpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / wall) * 1000) / 10, writes, kbWritten: Math.round(bytes / 1024) };
}

describe.skipIf(!target)('dashboard measurement', () => {
  it('renders 60 teams × 5 students and 10 000 events, and survives an onChange storm', async () => {
    const api = bigClassroom(60, 5, 10_000);
    const result = {
      sessions: api.snap.sessions.length,
      feed: api.feedEntries.length,
      fullRender80x24: fullRender(api, 80, 24),
      fullRender200x60: fullRender(api, 200, 60),
      stormBaseline: await storm(bigClassroom(60, 5, 10_000), 5, 1000, false),
      storm: await storm(api, 5, 1000, true),
    };
    writeFileSync(target as string, JSON.stringify(result, null, 2));
    expect(result.storm.changes).toBeGreaterThan(0);
  }, 60_000);
});
