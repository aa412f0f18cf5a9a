import { describe, expect, it } from 'vitest';
import { peek, useTempStores } from './temp-store.js';

const row = (user: string, team: string, lesson: string, step = 1) => ({
  user,
  team,
  lesson,
  step,
  data: { checks: [true, false] },
  updatedAt: 1000 + step,
});

describe('ProgressStore', () => {
  const temp = useTempStores();

  it('put then get returns the row, and put again replaces it', () => {
    const { progress } = temp.open();
    expect(progress.get('alice', 'blue', 'overlay')).toBeUndefined();
    progress.put(row('alice', 'blue', 'overlay', 1));
    progress.put(row('alice', 'blue', 'overlay', 3));
    expect(progress.get('alice', 'blue', 'overlay')).toEqual(row('alice', 'blue', 'overlay', 3));
  });

  it('list filters by user, team or both, sorted by team, user and lesson', () => {
    const { progress } = temp.open();
    progress.put(row('bob', 'red', 'dns'));
    progress.put(row('alice', 'red', 'overlay'));
    progress.put(row('alice', 'blue', 'overlay'));
    progress.put(row('alice', 'blue', 'dns'));
    const key = (p: { user: string; team: string; lesson: string }) => `${p.team}/${p.user}/${p.lesson}`;
    expect(progress.list().map(key)).toEqual(['blue/alice/dns', 'blue/alice/overlay', 'red/alice/overlay', 'red/bob/dns']);
    expect(progress.list({ team: 'red' }).map(key)).toEqual(['red/alice/overlay', 'red/bob/dns']);
    expect(progress.list({ user: 'alice' }).map(key)).toEqual(['blue/alice/dns', 'blue/alice/overlay', 'red/alice/overlay']);
    expect(progress.list({ user: 'alice', team: 'red' }).map(key)).toEqual(['red/alice/overlay']);
  });

  it('reads one team\'s progress through an index, not a scan of the classroom (lesson checks run after every command)', () => {
    const store = temp.open();
    const plan = peek(store.file, (db) => db.prepare('EXPLAIN QUERY PLAN SELECT user FROM progress WHERE team = ? ORDER BY team, user, lesson').all('red') as { detail: string }[]);
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX progress_by_team/);
  });
});
