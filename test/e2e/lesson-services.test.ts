// Lesson "services" played by one user over real SSH, in Portuguese: each step turns green as the
// lesson's commands are typed, and a wrong action (one replica instead of three, a scale without
// `=`) leaves the step unpassed, with the lesson's note after docker's own error.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonPlay, type Player } from './helpers/lesson-play.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
let play: LessonPlay;
let alice: Player;
beforeAll(async () => {
  server = await TestServer.start();
  play = new LessonPlay(server, 'svc');
});
afterAll(async () => {
  alice?.close();
  await server.stop();
});

describe('lesson services, played by one user', () => {
  it('steps 1–4: create, list, scale, inspect', async () => {
    alice = await play.shell('alice', 'manager1', 'pt');
    expect(await alice.run('lesson start services')).toContain('services · passo 1 de 6');

    // Step 1: one replica is not what the step asks for.
    await alice.run('docker service create -d --name web nginx');
    await play.clock('20s');
    expect(await alice.notYet()).toBe(true);
    await alice.run('docker service rm web');
    await alice.run('docker service create -d --name web --replicas 3 nginx');
    await play.clock('20s');
    await alice.stepDone(1);

    // Step 2: ls alone is not enough.
    await alice.run('docker service ls');
    expect(await alice.notYet()).toBe(true);
    expect(await alice.run('docker service ps web')).toMatch(/web\.3\s+nginx:latest/);
    await alice.stepDone(2);

    // Step 3: a scale without `=` fails, and the lesson explains why.
    const wrong = await alice.run('docker service scale web 5');
    expect(wrong).toMatch(/[Ii]nvalid scale specifier/);
    expect(wrong).toContain('SERVIÇO=RÉPLICAS');
    await alice.run('docker service scale -d web=5');
    await play.clock('20s');
    await alice.stepDone(3);

    // Step 4: inspect.
    expect(await alice.run('docker service inspect --pretty web')).toContain('Replicas:\t5');
    await alice.stepDone(4);
  }, 90_000);

  it('steps 5–6: logs, remove', async () => {
    expect(await alice.run('docker service logs --tail 1 web')).toMatch(/web\.\d\.[0-9a-z]{12}@\S+ +\| /);
    await alice.stepDone(5);
    await alice.run('docker service rm web');
    await alice.stepDone(6);
    await alice.session.waitFor('lição concluída!');
  }, 60_000);
});
