// Services and the routing mesh over real SSH: create with -p, curl/wget from several nodes
// reaching every task round robin (traefik/whoami prints its hostname), a rolling update with
// parallelism and delay and its `service ps` history, a rollback, a constraint that leaves a task
// pending, a global service, and busybox wget from inside a task over a shared overlay; then
// `service logs` (whole, and -f until Ctrl-C) and `image ls`.
// Fidelity sources are named in the unit tests (test/unit/docker/service/*, test/unit/shell/node/curl-wget.test.ts).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminExec, execOnce, PtySession } from './helpers/ssh-client.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

const T = 'svc';
const on = (node: string, command: string) => execOnce(server.port, `alice+${node}+${T}`, command);

/** until polls a command on manager1 until its stdout matches. */
async function until(command: string, pattern: RegExp, tries = 100): Promise<string> {
  let last = '';
  for (let i = 0; i < tries; i++) {
    last = (await on('manager1', command)).stdout;
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${command} never matched ${pattern}; last output:\n${last}`);
}

describe('services and the routing mesh over SSH', () => {
  it('publishes, balances, updates, rolls back, places and runs global services', async () => {
    await on('manager1', 'docker network create -d overlay back');
    // A faster team clock (the team exists once someone logged in) keeps start-up and update delays short.
    expect((await adminExec(server.port, `clock ${T} speed 20`)).code).toBe(0);
    const created = await on('manager1', 'docker service create -d --name who --replicas 3 -p 8080:80 --network back traefik/whoami');
    expect(created.code).toBe(0);
    await until('docker service ls', /who\s+replicated\s+3\/3\s+traefik\/whoami:latest\s+\*:8080->80\/tcp/);

    // Any node answers on the published port; requests rotate through the three tasks.
    const seen = new Set<string>();
    for (const node of ['worker1', 'manager2', 'worker2', 'manager3']) {
      const r = await on(node, 'curl -s localhost:8080');
      expect(r.code).toBe(0);
      seen.add(/^Hostname: (\w+)$/m.exec(r.stdout)?.[1] ?? '');
    }
    expect(seen.size).toBe(3);
    const viaWget = await on('worker2', 'wget -qO- localhost:8080');
    expect(viaWget.stdout).toMatch(/^Hostname: \w{12}\nIP: 127\.0\.0\.1\n/);

    // A rolling update, one task at a time with a delay, then its history in service ps.
    const update = await on('manager1', 'docker service update --update-parallelism 1 --update-delay 2s --image traefik/whoami:v1.10 who');
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('verify: Service who converged');
    const ps = await on('manager1', 'docker service ps who');
    expect(ps.stdout.match(/ \\_ who\.\d +traefik\/whoami:latest .* Shutdown +Shutdown /g)?.length).toBe(3);

    // Rollback goes back to the previous image.
    const rollback = await on('manager1', 'docker service rollback who');
    expect(rollback.code).toBe(0);
    expect(rollback.stdout).toContain('rollback: manually requested rollback');
    expect((await on('manager1', 'docker service inspect --format "{{.Spec.TaskTemplate.ContainerSpec.Image}}" who')).stdout).toMatch(/^traefik\/whoami:latest@sha256:/);

    // A constraint no node meets leaves the task pending, with the scheduler's reason.
    await on('manager1', 'docker service create -d --name pend --constraint node.labels.zone==east alpine sleep 1d');
    await until('docker service ps --no-trunc pend', /Pending .*"no suitable node \(scheduling constraints not satisfied on 5 nodes\)"/);

    // A global service runs one task on every node.
    await on('manager1', 'docker service create -d --mode global --name agent alpine sleep 1d');
    await until('docker service ls --filter mode=global', /agent\s+global\s+5\/5/);

    // From inside a task, the service name answers over the shared overlay.
    await on('manager1', 'docker service create -d --name client --network back --constraint node.hostname==manager1 alpine sleep 1d');
    const names = await until('docker ps --format "{{.Names}}" --filter name=client', /^client\.1\.\w+\n$/);
    const inside = await on('manager1', `docker exec ${names.trim()} wget -qO- who`);
    expect(inside.code).toBe(0);
    expect(inside.stdout).toMatch(/^Hostname: \w{12}\n/);
  });

  it('service logs -f follows nginx access lines until Ctrl-C', async () => {
    await on('manager1', 'docker service create -d --name site --replicas 2 -p 8088:80 nginx');
    await until('docker service ls --filter name=site', /site\s+replicated\s+2\/2/);
    const whole = await on('manager1', 'docker service logs site');
    expect(whole.code).toBe(0);
    expect(whole.stdout).toMatch(/^site\.[12]\.\w{12}@\S+ +\| \/docker-entrypoint\.sh: Configuration complete; ready for start up$/m);
    expect(whole.stderr).toMatch(/^site\.[12]\.\w{12}@\S+ +\| \S+ \S+ \[notice\] 1#1: start worker processes$/m);

    const pty = await PtySession.open(server.port, `alice+manager1+${T}`);
    try {
      await pty.waitFor('alice@manager1:~$ ');
      await pty.run('docker service logs -f --tail 0 site', 'logs -f --tail 0 site\r\n');
      expect((await on('worker2', 'curl -s -o /dev/null localhost:8088/followed')).code).toBe(0);
      await pty.waitFor(/\| \S+ - - \[[^\]]+\] "GET \/followed HTTP\/1\.1" 404 \d+ "-" "curl\/[\d.]+" "-"/);
      const from = pty.raw.length;
      pty.send('\x03');
      await pty.waitFor('alice@manager1:~$ ', 10_000, from);
      expect(await pty.run('echo $?', /\d+\r\n/)).toMatch(/\b0\r\n/);
    } finally {
      pty.close();
    }
  });

  it('image ls lists what the node pulled for its tasks', async () => {
    // The first test pinned an alpine task to manager1, so its engine pulled alpine.
    const images = await on('manager1', 'docker images');
    expect(images.code).toBe(0);
    expect(images.stdout).toMatch(/^REPOSITORY +TAG +IMAGE ID +CREATED +SIZE\n/);
    expect(images.stdout).toMatch(/^alpine +latest +[0-9a-f]{12} +\d+ \w+ ago +8\.31MB$/m);
    const quiet = await on('manager1', 'docker image ls -q --filter reference=alpine');
    expect(quiet.stdout).toMatch(/^[0-9a-f]{12}\n$/);
  });
});
