import { describe, expect, it } from 'vitest';
import { useTempStores } from './temp-store.js';

const blue = { name: 'blue', createdAt: 1000, options: { managers: 3, workers: 2 } };

describe('TeamStore', () => {
  const temp = useTempStores();

  it('create adds a team once and returns false for an existing name', () => {
    const { teams } = temp.open();
    expect(teams.create(blue)).toBe(true);
    expect(teams.create({ ...blue, createdAt: 2000, options: {} })).toBe(false);
    expect(teams.get('blue')).toEqual(blue);
    expect(teams.get('red')).toBeUndefined();
  });

  it('list returns every team sorted by name', () => {
    const { teams } = temp.open();
    teams.create({ name: 'red', createdAt: 1, options: null });
    teams.create(blue);
    expect(teams.list().map((team) => team.name)).toEqual(['blue', 'red']);
    expect(teams.list()[1]).toEqual({ name: 'red', createdAt: 1, options: null });
  });

  it('remove deletes a team and says whether it existed', () => {
    const { teams } = temp.open();
    teams.create(blue);
    expect(teams.remove('blue')).toBe(true);
    expect(teams.remove('blue')).toBe(false);
    expect(teams.list()).toEqual([]);
  });
});
