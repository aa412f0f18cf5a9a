// Lesson "secrets-configs" played by one user over real SSH: a secret from stdin, inspect without
// data, a config from a file, a service using both, the secret read inside its container, and the
// cleanup. A wrong action (removing the secret while the service uses it) leaves step 6 unpassed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonPlay, type Player } from './helpers/lesson-play.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
let play: LessonPlay;
const players: Player[] = [];
beforeAll(async () => {
  server = await TestServer.start();
  play = new LessonPlay(server, 'sec');
});
afterAll(async () => {
  for (const p of players) p.close();
  await server.stop();
});

describe('lesson secrets-configs, played by one user', () => {
  it('turns every step green, and not for wrong actions', async () => {
    const a = await play.shell('alice', 'manager1');
    players.push(a);
    expect(await a.run('lesson start secrets-configs')).toContain('secrets-configs · step 1 of 6 — Create a secret');

    // Step 1.
    await a.run("echo 's3cr3t' | docker secret create db_password -");
    await a.stepDone(1);

    // Step 2.
    expect(await a.run('docker secret inspect db_password')).not.toContain('s3cr3t');
    await a.stepDone(2);

    // Step 3.
    await a.run("echo 'server_tokens off;' > site.conf");
    await a.run('docker config create site_conf site.conf');
    await a.stepDone(3);

    // Step 4.
    await a.run('docker service create -d --name app --secret db_password --config source=site_conf,target=/etc/nginx/conf.d/site.conf nginx');
    await play.clock('20s');
    await a.stepDone(4);

    // Step 5: inside the task's container on its node.
    const node = /app\.1\s+\S+\s+(\S+)/.exec(await a.run('docker service ps app'))?.[1] ?? 'manager1';
    const t = await play.shell('alice', node);
    players.push(t);
    const container = /(app\.1\.\w+)/.exec(await t.run('docker ps'))?.[1] ?? '';
    await t.session.run(`docker exec -it ${container} sh`, '/ # ');
    expect(await t.session.run('cat /run/secrets/db_password', '/ # ')).toContain('s3cr3t');
    await a.stepDone(5);
    await t.session.run('exit', t.prompt);

    // Step 6: the secret is in use until the service is gone.
    expect(await a.run('docker secret rm db_password')).toContain('Remove the service first');
    expect(await a.notYet()).toBe(true);
    await a.run('docker service rm app');
    await play.clock('20s');
    await a.run('docker secret rm db_password');
    await a.run('docker config rm site_conf');
    await a.stepDone(6);
    await a.session.waitFor('lesson complete!');
  }, 90_000);
});
