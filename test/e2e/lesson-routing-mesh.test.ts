// Lesson "routing-mesh" played by one user over real SSH: publish a port, reach it with curl from
// a manager and from a worker without a task, see round robin, clean up. A wrong action (curl on
// the container's port 80 instead of the published 8080) leaves step 3 unpassed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonPlay, type Player } from './helpers/lesson-play.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
let play: LessonPlay;
let alice: Player | undefined;
beforeAll(async () => {
  server = await TestServer.start();
  play = new LessonPlay(server, 'mesh');
});
afterAll(async () => {
  alice?.close();
  await server.stop();
});

describe('lesson routing-mesh, played by one user', () => {
  it('turns every step green, and not for wrong actions', async () => {
    const a = (alice = await play.shell('alice', 'manager1'));
    expect(await a.run('lesson start routing-mesh')).toContain('routing-mesh · step 1 of 6 — Publish a port');

    // Step 1.
    await a.run('docker service create -d --name hello --replicas 3 -p 8080:80 nginxdemos/hello:plain-text');
    await play.clock('20s');
    await a.stepDone(1);

    // Step 2: find a worker without a task.
    expect(await a.run('docker service ls')).toContain('*:8080->80/tcp');
    const ps = await a.run('docker service ps hello');
    await a.stepDone(2);
    const busy = new Set([...ps.matchAll(/hello\.\d\s+\S+\s+(\S+)/g)].map((m) => m[1]));
    const idleWorker = ['worker1', 'worker2'].find((w) => !busy.has(w)) ?? 'worker2';

    // Step 3: port 80 is not published on the node.
    const refused = await a.run('curl http://localhost:80');
    expect(refused).toContain('The routing mesh answers on the *published* port');
    expect(await a.notYet()).toBe(true);
    expect(await a.run('curl http://localhost:8080')).toContain('Server name:');
    await a.stepDone(3);

    // Step 4: a worker, interactive so its output is journaled like the student's.
    const w = await play.shell('alice', idleWorker);
    expect(await w.run('curl http://localhost:8080')).toContain('Server name:');
    await a.stepDone(4);

    // Step 5: round robin over the three tasks.
    const names = new Set<string>();
    for (let i = 0; i < 3; i++) names.add(/Server name: (\S+)/.exec(await w.run('curl -s http://localhost:8080'))?.[1] ?? '');
    expect(names.size).toBe(3);
    await a.stepDone(5);
    w.close();

    // Step 6.
    await a.run('docker service rm hello');
    await a.stepDone(6);
    await a.session.waitFor('lesson complete!');
  }, 90_000);
});
