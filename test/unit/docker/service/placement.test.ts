// Placement: --constraint, --replicas-max-per-node and resource reservations, seen through
// service ps/ls/inspect. Sources: swarmkit manager/constraint/constraint.go (Parse, NodeMatches),
// manager/scheduler/filter.go (ReadyFilter, ResourceFilter, ConstraintFilter, MaxReplicasFilter
// explanations), pipeline.go (Explain: most failures first), scheduler.go (`no suitable node (…)`);
// docker/cli cli/command/service/formatter.go (Placement and Resources blocks, `(max N per node)`),
// cli/command/service/update.go updatePlacementConstraints (sorted).
import { describe, expect, it } from 'vitest';
import { docker } from '../harness.js';
import { given } from '../lesson.js';
import { expectGoldenAfter, goldenOf, runOk } from './fixtures.js';

describe('placement', () => {
  const cases: [string, string[], string][] = [
    ['--constraint node.role==worker keeps tasks on workers', ['service create -d --name wk --replicas 4 --constraint node.role==worker alpine sleep 1d'], 'service ps wk'],
    ['--constraint node.hostname!=manager1 avoids one node', ['service create -d --name g --mode global --constraint node.hostname!=manager1 alpine sleep 1d'], 'service ps g'],
    ['a constraint no node meets leaves the task pending', ['service create -d --name pend --constraint node.labels.zone==east alpine sleep 1d'], 'service ps --no-trunc pend'],
    ['a reservation no node has leaves the task pending', ['service create -d --name big --reserve-memory 100g alpine sleep 1d'], 'service ps --no-trunc big'],
    ['--replicas-max-per-node leaves the extra replicas pending', ['service create -d --name spread --replicas 7 --replicas-max-per-node 1 alpine sleep 1d'], 'service ps --no-trunc spread'],
    ['service ls shows the max per node', ['service create -d --name spread --replicas 7 --replicas-max-per-node 1 alpine sleep 1d'], 'service ls'],
    ['inspect --pretty shows constraints and resources', [
      'service create -d --name res --constraint node.role==worker --constraint node.labels.disk!=hdd --replicas-max-per-node 2 --reserve-cpu 0.5 --reserve-memory 64m --limit-cpu 1 --limit-memory 128MiB alpine sleep 1d',
    ], 'service inspect --pretty res'],
    ['--constraint-add sorts the constraints', [
      'service create -d --name res --constraint node.role==worker alpine sleep 1d', 'service update -d --constraint-add node.hostname!=worker2 res',
    ], 'service inspect --pretty res'],
  ];
  it.each(cases)('%s', (name, setup, line) => expectGoldenAfter('placement', name, setup, line));

  it('a constraint no node meets keeps `service create` waiting until Ctrl-C', async () => {
    const c = given();
    const result = await docker(c, 'manager1', 'service create --name pend --constraint node.role==nobody alpine sleep 1d', { interruptAfterMs: 3_000 });
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', 'placement', 'create waits on a pending task'));
  });

  it('draining the only eligible node leaves its task pending, most-failed filter first', async () => {
    const c = given();
    await runOk(c, 'service create -d --name one --constraint node.hostname==worker1 alpine sleep 1d');
    c.advance(10_000);
    await runOk(c, 'node update --availability drain worker1');
    c.advance(10_000);
    const ps = await docker(c, 'manager1', 'service ps --no-trunc --format {{.Name}}|{{.Node}}|{{.DesiredState}}|{{.CurrentState}}|{{.Error}} one');
    const rows = ps.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^one\.1\|\|Running\|Pending .*\|"no suitable node \(scheduling constraints not satisfied on 4 nodes; 1 node not available for new tasks\)"$/);
    expect(rows[1]).toMatch(/^one\.1\|worker1\|Shutdown\|Shutdown /);
  });
});
