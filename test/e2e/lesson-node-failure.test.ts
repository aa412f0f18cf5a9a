// Lesson "node-failure" played by one user over real SSH on the lesson's 3+3 cluster with a
// pre-created service: drain and activate, a worker leaving, one manager lost (quorum kept), two
// lost (quorum gone), recovery with --force-new-cluster. A wrong action (pause instead of drain)
// leaves step 2 unpassed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonPlay, type Player } from './helpers/lesson-play.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
let play: LessonPlay;
let alice: Player | undefined;
beforeAll(async () => {
  server = await TestServer.start();
  play = new LessonPlay(server, 'fail');
});
afterAll(async () => {
  alice?.close();
  await server.stop();
});

describe('lesson node-failure, played by one user', () => {
  it('turns every step green, and not for wrong actions', async () => {
    const a = (alice = await play.shell('alice', 'manager1'));
    expect(await a.run('lesson start node-failure --reset')).toContain('node-failure · step 1 of 7 — Where the tasks run');
    await play.clock('20s');

    // Step 1: the lesson's cluster has a worker3 and six tasks.
    expect(await a.run('docker node ls')).toMatch(/worker3\s+Ready/);
    await a.run('docker service ps web');
    await a.stepDone(1);

    // Step 2: pause keeps the tasks where they are; drain moves them.
    await a.run('docker node update --availability pause worker1');
    await play.clock('20s');
    expect(await a.notYet()).toBe(true);
    await a.run('docker node update --availability drain worker1');
    await play.clock('20s');
    await a.stepDone(2);

    // Step 3.
    await a.run('docker node update --availability active worker1');
    await a.stepDone(3);

    // Step 4: worker2 leaves; its task is replaced.
    expect((await play.exec('alice', 'worker2', 'docker swarm leave')).code).toBe(0);
    await play.clock('30s');
    expect(await a.run('docker node ls')).toMatch(/worker2\s+Down/);
    await a.stepDone(4);

    // Step 5: a manager needs --force; with 2 of 3 managers the swarm still takes changes.
    expect((await play.exec('alice', 'manager3', 'docker swarm leave')).code).toBe(1);
    expect((await play.exec('alice', 'manager3', 'docker swarm leave --force')).code).toBe(0);
    await play.clock('30s');
    await a.run('docker service scale -d web=7');
    await a.stepDone(5);

    // Step 6: quorum lost.
    expect((await play.exec('alice', 'manager2', 'docker swarm leave --force')).code).toBe(0);
    await play.clock('30s');
    const frozen = await a.run('docker node ls');
    expect(frozen).toContain('The swarm does not have a leader');
    expect(frozen).toContain('Raft cannot elect a leader');
    await a.stepDone(6);

    // Step 7.
    await a.run('docker swarm init --force-new-cluster');
    await play.clock('10s');
    await a.stepDone(7);
    await a.session.waitFor('lesson complete!');
  }, 90_000);
});
