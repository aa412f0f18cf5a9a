// Lesson "stacks" played by one user over real SSH: a compose file written with a heredoc, stack
// deploy, ls/services/ps, a redeploy with more replicas, stack rm. A wrong action (deploying a
// file that does not exist) leaves step 2 unpassed, with the lesson's note.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonPlay, type Player } from './helpers/lesson-play.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
let play: LessonPlay;
let alice: Player | undefined;
beforeAll(async () => {
  server = await TestServer.start();
  play = new LessonPlay(server, 'stk');
});
afterAll(async () => {
  alice?.close();
  await server.stop();
});

const compose = (replicas: number) =>
  ['services:', '  web:', '    image: nginxdemos/hello:plain-text', '    ports:', '      - "8080:80"', '    networks: [front]', '    deploy:', `      replicas: ${replicas}`,
    '  cache:', '    image: redis:7', '    networks: [front]', 'networks:', '  front:', '    driver: overlay'];

async function writeCompose(a: Player, replicas: number): Promise<void> {
  a.session.send("cat > stack.yml <<'EOF'\r");
  for (const line of compose(replicas)) a.session.send(`${line}\r`);
  await a.run('EOF');
}

describe('lesson stacks, played by one user', () => {
  it('turns every step green, and not for wrong actions', async () => {
    const a = (alice = await play.shell('alice', 'manager1'));
    expect(await a.run('lesson start stacks')).toContain('stacks · step 1 of 5 — Write the compose file');

    // Step 1.
    await writeCompose(a, 2);
    expect(await a.run('cat stack.yml')).toContain('driver: overlay');
    await a.stepDone(1);

    // Step 2: a missing file is refused and explained.
    const missing = await a.run('docker stack deploy -c stak.yml app');
    expect(missing).toContain('`-c` names the compose file');
    expect(await a.notYet()).toBe(true);
    expect(await a.run('docker stack deploy -c stack.yml app')).toContain('Creating service app_web');
    await play.clock('20s');
    await a.stepDone(2);

    // Step 3.
    await a.run('docker stack ls');
    await a.run('docker stack services app');
    expect(await a.notYet()).toBe(true);
    await a.run('docker stack ps app');
    await a.stepDone(3);

    // Step 4.
    await writeCompose(a, 4);
    expect(await a.run('docker stack deploy -c stack.yml app')).toContain('Updating service app_web');
    await play.clock('20s');
    await a.stepDone(4);

    // Step 5.
    await a.run('docker stack rm app');
    await play.clock('20s');
    await a.stepDone(5);
    await a.session.waitFor('lesson complete!');
  }, 90_000);
});
