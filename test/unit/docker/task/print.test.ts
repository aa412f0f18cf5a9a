// The shared task table: docker/cli v28.2.2 cli/command/task/print.go (natural sort by name, newest
// first, ` \_ ` only in table formats), formatter.go (columns, 30-cell error ellipsis, raw format)
// and testdata/task-print-with-indentation.golden for the layout.
import { describe, expect, it } from 'vitest';
import type { ClusterState, Task } from '../../../../src/cluster/index.js';
import { printTasks, type PrintOptions } from '../../../../src/docker/task/print.js';
import { filterTasks } from '../../../../src/docker/task/filters.js';
import { golden, type FakeCluster } from '../harness.js';
import { given, lesson, service, slug, wait, type Setup } from '../lesson.js';

const table: PrintOptions = { trunc: true, noResolve: false, quiet: false, format: '' };
const tasksOf = (c: FakeCluster, name: string): Task[] => Object.values(c.state().tasks).filter((t) => t.spec.name === name);

describe('printTasks', () => {
  const cases: [string, Setup[], string, PrintOptions][] = [
    ['slots sort naturally: .2 before .10', [service('web', 11, [], { image: 'nginx:latest', args: [] }), wait(5_000)], 'web', table],
    ['history rows are indented, newest first', [lesson, wait(51 * 60_000)], 'teste_discovery_search', table],
    ['a custom format gets no indent', [lesson, wait(51 * 60_000)], 'teste_discovery_search', { ...table, format: '{{.Name}} {{.DesiredState}}' }],
    ['the raw format', [lesson], 'teste_discovery_search', { ...table, format: 'raw' }],
    ['raw with -q', [lesson], 'teste_discovery_search', { ...table, quiet: true, trunc: false, format: 'raw' }],
    ['long errors are cut at 30 cells', [service('typo', 1, [], { image: 'registry.example.com/team/a-rather-long-image-name:1.0', args: [] }), wait(2_500)], 'typo', table],
    ['a task right after create is assigned', [service('web', 1)], 'web', table],
  ];
  it.each(cases)('%s', async (name, setups, serviceName, options) => {
    const c = given(...setups);
    const out = printTasks(c.state(), c.now(), tasksOf(c, serviceName), options);
    await expect(out).toMatchFileSnapshot(golden(`task/print-${slug(name)}`));
  });

  it('prints only the header for no tasks', () => {
    const c = given();
    expect(printTasks(c.state(), c.now(), [], table)).toBe('ID        NAME      IMAGE     NODE      DESIRED STATE   CURRENT STATE   ERROR     PORTS\n');
  });
});

describe('filterTasks', () => {
  const filters = (entries: [string, string[]][]) => new Map(entries);
  const ids = (state: Readonly<ClusterState>, tasks: Task[]): string[] => tasks.map((t) => `${state.services[t.serviceId]?.spec.name}.${t.slot}`).sort();

  it('ANDs keys and ORs values; labels must all match', () => {
    const c = given(lesson, service('web', 2, [], { labels: { team: 'blue', tier: 'front' } }), wait(5_000));
    const all = Object.values(c.state().tasks);
    expect(ids(c.state(), filterTasks(c.state(), 'manager1', all, filters([['label', ['team=blue', 'tier']]])))).toEqual(['web.1', 'web.2']);
    expect(filterTasks(c.state(), 'manager1', all, filters([['label', ['team=blue', 'tier=back']]]))).toEqual([]);
    expect(ids(c.state(), filterTasks(c.state(), 'manager1', all, filters([['name', ['web.1', 'teste_discovery_search.2']]])))).toEqual(['teste_discovery_search.2', 'web.1']);
    expect(filterTasks(c.state(), 'manager1', all, filters([['runtime', ['plugin']]]))).toEqual([]);
  });

  it('resolves services and nodes like the daemon, and refuses unknown states', () => {
    const c = given(lesson);
    const all = Object.values(c.state().tasks);
    expect(() => filterTasks(c.state(), 'manager1', all, filters([['service', ['nosuch']]]))).toThrow('service nosuch not found');
    expect(() => filterTasks(c.state(), 'manager1', all, filters([['desired-state', ['Accepted', 'sometimes']]]))).toThrow("Invalid desired-state filter: 'sometimes'");
    expect(filterTasks(c.state(), 'manager1', all, filters([['desired-state', ['RUNNING']], ['service', ['teste_discovery_search']]]))).toHaveLength(2);
  });
});
