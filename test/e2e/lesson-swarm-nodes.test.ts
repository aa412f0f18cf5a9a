// Lesson "swarm-nodes" played by a pair over real SSH from a cluster without a swarm: init, join
// tokens, workers and managers joining, node ls on both kinds of node, promote and demote. Wrong
// actions (a join-token on a node outside the swarm, a bad token) leave the step unpassed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonPlay, type Player } from './helpers/lesson-play.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
let play: LessonPlay;
const players: Player[] = [];
beforeAll(async () => {
  server = await TestServer.start();
  play = new LessonPlay(server, 'nodes');
});
afterAll(async () => {
  for (const p of players) p.close();
  await server.stop();
});

describe('lesson swarm-nodes, played by a pair', () => {
  it('turns every step green, and not for wrong actions', async () => {
    const alice = await play.shell('alice', 'manager1');
    const bob = await play.shell('bob', 'worker1');
    players.push(alice, bob);
    expect(await alice.run('lesson start swarm-nodes --reset')).toContain('swarm-nodes · step 1 of 6 — Initialise the swarm  [role a · manager1]');
    expect(await bob.run('lesson start swarm-nodes')).toContain('[role b · worker1]');

    // Step 1.
    expect(await alice.run('docker node ls')).toContain('This node is not a swarm manager');
    await alice.run('docker swarm init --advertise-addr 192.168.0.11');
    await bob.stepDone(1);

    // Step 2: on worker1 (outside the swarm) join-token fails, with the lesson's note.
    const refused = await bob.run('docker swarm join-token worker');
    expect(refused).toContain('This machine is not in a swarm yet');
    expect(await bob.notYet()).toBe(true);
    const workerToken = (await play.exec('alice', 'manager1', 'docker swarm join-token -q worker')).stdout.trim();
    await alice.run('docker swarm join-token worker');
    await alice.run('docker swarm join-token manager');
    await alice.stepDone(2);
    const managerToken = (await play.exec('alice', 'manager1', 'docker swarm join-token -q manager')).stdout.trim();

    // Step 3: a bad token is refused; the real one joins worker1 and worker2.
    const bad = await bob.run('docker swarm join --token SWMTKN-1-bogus 192.168.0.11:2377');
    expect(bad).toMatch(/token/i);
    expect(await bob.notYet()).toBe(true);
    expect(await bob.run(`docker swarm join --token ${workerToken} 192.168.0.11:2377`)).toContain('This node joined a swarm as a worker.');
    expect(await bob.notYet()).toBe(true);
    expect((await play.exec('bob', 'worker2', `docker swarm join --token ${workerToken} 192.168.0.11:2377`)).code).toBe(0);
    await bob.stepDone(3);

    // Step 4: two managers.
    for (const node of ['manager2', 'manager3']) {
      expect((await play.exec('alice', node, `docker swarm join --token ${managerToken} 192.168.0.11:2377`)).stdout).toContain('joined a swarm as a manager');
    }
    await alice.stepDone(4);

    // Step 5: node ls refused on a worker, then on managers by both.
    expect(await bob.run('docker node ls')).toContain("Worker nodes can't be used to view or modify cluster state");
    expect(await alice.run('docker node ls')).toMatch(/manager1\s+Ready\s+Active\s+Leader/);
    expect(await alice.notYet()).toBe(true);
    await play.exec('bob', 'manager2', 'docker node ls');
    await alice.stepDone(5);

    // Step 6: promote alone is not enough; demote brings worker1 back.
    expect(await alice.run('docker node promote worker1')).toContain('Node worker1 promoted to a manager in the swarm.');
    expect(await alice.notYet()).toBe(true);
    await alice.run('docker node demote worker1');
    await alice.stepDone(6);
    await alice.session.waitFor('lesson complete!');
  }, 90_000);
});
