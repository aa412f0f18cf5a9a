// Lesson "rolling-updates" played by one user over real SSH, from the lesson's start state (a
// service web of nginx:1.24 created when the lesson starts): update policy, a rolling update, the
// task history, a rollback and a start-first update. A wrong action (the image given as an
// argument instead of --image) leaves step 3 unpassed, with the lesson's note.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonPlay, type Player } from './helpers/lesson-play.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
let play: LessonPlay;
let alice: Player | undefined;
beforeAll(async () => {
  server = await TestServer.start();
  play = new LessonPlay(server, 'roll');
});
afterAll(async () => {
  alice?.close();
  await server.stop();
});

describe('lesson rolling-updates, played by one user', () => {
  it('turns every step green, and not for wrong actions', async () => {
    const a = (alice = await play.shell('alice', 'manager1'));
    expect(await a.run('lesson start rolling-updates')).toContain('lesson start rolling-updates --reset');
    expect(await a.run('lesson start rolling-updates --reset')).toContain('rolling-updates · step 1 of 6 — The service before the update');
    await play.clock('20s');

    // Step 1: the pre-created service runs 4 tasks of nginx:1.24.
    expect(await a.run('docker service ps web')).toMatch(/web\.4\s+nginx:1\.24/);
    await a.stepDone(1);

    // Step 2.
    await a.run('docker service update -d --update-parallelism 2 --update-delay 10s web');
    await a.stepDone(2);

    // Step 3: the image as an argument is refused, and explained.
    const wrong = await a.run('docker service update nginx:1.25 web');
    expect(wrong).toContain("'docker service update' requires 1 argument");
    expect(wrong).toContain('the new image goes in `--image`');
    expect(await a.notYet()).toBe(true);
    await a.run('docker service update -d --image nginx:1.25 web');
    await play.clock('90s');
    await a.stepDone(3);

    // Step 4.
    expect(await a.run('docker service ps web')).toMatch(/\\_ web\.1\s+nginx:1\.24\s+\S+\s+Shutdown/);
    await a.stepDone(4);

    // Step 5.
    await a.run('docker service rollback -d web');
    await play.clock('90s');
    await a.stepDone(5);

    // Step 6: an update without start-first (to another version) does not count.
    await a.run('docker service update -d --image nginx:1.27 web');
    await play.clock('90s');
    expect(await a.notYet()).toBe(true);
    await a.run('docker service update -d --update-order start-first --image nginx:1.26 web');
    await play.clock('90s');
    await a.stepDone(6);
    await a.session.waitFor('lesson complete!');
  }, 90_000);
});
