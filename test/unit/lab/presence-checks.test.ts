// Lesson checks can depend on who is logged in where, so the lab re-checks a team when one of its
// sessions comes, goes or enters a container; a command's activity (every command updates the
// session's last command and time) must not re-check anyone, and never another team.

import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { seededEntropy } from '../../../src/cluster/index.js';
import { Lab } from '../../../src/lab/lab.js';
import type { Timers } from '../../../src/lab/timers.js';
import { useTempStores } from '../store/temp-store.js';

describe('presence changes and lesson checks', () => {
  const stores = useTempStores();

  function setup() {
    const store = stores.open();
    const scheduled: number[] = [];
    const due: (() => void)[] = [];
    const timers: Timers = {
      now: () => 1_700_000_000_000,
      setTimeout: (callback, ms) => {
        scheduled.push(ms);
        due.push(callback);
        return { id: due.length };
      },
      clearTimeout: () => undefined,
    };
    const lab = new Lab({ store, timers, entropy: seededEntropy(3), log: pino({ level: 'silent' }), topology: { managers: 3, workers: 2 } });
    lab.team('red');
    lab.team('blue');
    scheduled.length = 0;
    const session = (id: string, team: string) => ({ id, user: id, team, node: 'manager1', kind: 'shell' as const, startedAt: 0, lastActivity: 0, failures: 0 });
    // runDue fires the pending checks, so the next change may schedule again.
    const runDue = (): void => {
      for (const callback of due.splice(0)) callback();
      scheduled.length = 0;
    };
    return { lab, scheduled, session, runDue };
  }

  it('re-checks the team of a session that logs in, enters a container or leaves', () => {
    const { lab, scheduled, session } = setup();
    lab.presence.add(session('alice', 'red'));
    expect(scheduled).toEqual([200]);
    lab.presence.add(session('bob', 'blue'));
    expect(scheduled).toEqual([200, 200]);
    lab.presence.update('alice', { insideTask: 'web.1.abc' });
    lab.presence.remove('bob');
    // One pending check per team: red and blue each already wait for theirs.
    expect(scheduled).toEqual([200, 200]);
  });

  it('does not re-check anyone on activity', () => {
    const { lab, scheduled, session, runDue } = setup();
    lab.presence.add(session('carol', 'red'));
    runDue();
    for (let i = 0; i < 5; i++) lab.presence.update('carol', { lastActivity: i, lastCommand: 'docker node ls', failures: i, observers: 1 });
    expect(scheduled).toEqual([]);
    expect(lab.presence.get('carol')?.lastCommand).toBe('docker node ls');
    lab.presence.update('carol', { insideTask: 'web.1.abc' });
    expect(scheduled).toEqual([200]);
  });
});
