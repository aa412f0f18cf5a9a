// The seed lesson end to end over real SSH, as two students do it from two terminals: an overlay
// network, a two-replica service, `network inspect` on the nodes that run its tasks, `docker exec`
// into both tasks, ping by container name with Ctrl-C, `ping -c 3`, nslookup, DNS scoping, and
// another team that sees none of it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execOnce, PtySession } from './helpers/ssh-client.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

const prompt = (user: string, node: string) => `${user}@${node}:~$ `;

/** localTasks reads `docker network inspect` on a node and returns the names of its task containers. */
function localTasks(inspect: string): { id: string; name: string; ip: string }[] {
  const json = JSON.parse(inspect.slice(inspect.indexOf('['), inspect.lastIndexOf(']') + 1)) as { Containers: Record<string, { Name: string; IPv4Address: string }> | null }[];
  return Object.entries(json[0]?.Containers ?? {})
    .filter(([id]) => !id.startsWith('lb-'))
    .map(([id, c]) => ({ id, name: c.Name, ip: c.IPv4Address.split('/')[0] ?? '' }));
}

describe('the service discovery lesson, two students on two nodes', () => {
  it('works end to end', async () => {
    const alice = await PtySession.open(server.port, 'alice+manager1');
    const bob = await PtySession.open(server.port, 'bob+manager3');
    await alice.waitFor(prompt('alice', 'manager1'));
    await bob.waitFor(prompt('bob', 'manager3'));

    // The overlay: created by alice, listed at once on bob's manager, not on an idle worker.
    const created = await alice.run('docker network create -d overlay minha_rede_overlay', prompt('alice', 'manager1'));
    const netId = /\r\n([0-9a-z]{25})\r\n/.exec(created)?.[1];
    expect(netId).toBeDefined();
    expect(await bob.run('docker network ls', prompt('bob', 'manager3'))).toMatch(new RegExp(`${netId?.slice(0, 12)}   minha_rede_overlay   overlay   swarm`));
    expect((await execOnce(server.port, 'bob+worker1', 'docker network ls')).stdout).not.toContain('minha_rede_overlay');
    const again = await execOnce(server.port, 'alice+manager1', 'docker network create -d overlay minha_rede_overlay');
    expect(again).toEqual({ stdout: '', stderr: 'Error response from daemon: network with name minha_rede_overlay already exists\n', code: 1 });

    // The service, with docker's live progress display in alice's terminal.
    const progress = await alice.run('docker service create --name teste_discovery_search --network minha_rede_overlay --replicas 2 alpine sleep 50m', /verify: Service [0-9a-z]{25} converged/, 30_000);
    expect(progress).toContain('overall progress: 2 out of 2 tasks');
    await alice.waitFor(prompt('alice', 'manager1'), 5_000, alice.raw.length - 40);
    const ps = await execOnce(server.port, 'bob+manager3', 'docker service ps teste_discovery_search');
    const nodes = [...ps.stdout.matchAll(/teste_discovery_search\.[12]\s+alpine:latest\s+(\S+)\s+Running\s+Running/g)].map((m) => m[1] ?? '');
    expect(nodes).toHaveLength(2);
    expect(new Set(nodes).size).toBe(2);

    // On each node that runs a task: network inspect shows only its own task; exec into it.
    const [nodeA = '', nodeB = ''] = nodes;
    const a = await PtySession.open(server.port, `alice+${nodeA}`);
    const b = await PtySession.open(server.port, `bob+${nodeB}`);
    await a.waitFor(prompt('alice', nodeA));
    await b.waitFor(prompt('bob', nodeB));
    const [taskA] = localTasks(await a.run('docker network inspect minha_rede_overlay', prompt('alice', nodeA)));
    const [taskB] = localTasks(await b.run('docker network inspect minha_rede_overlay', prompt('bob', nodeB)));
    expect(taskA?.name).toMatch(/^teste_discovery_search\.[12]\.[0-9a-z]{25}$/);
    expect(taskB?.name).not.toBe(taskA?.name);
    await a.run(`docker exec -it ${taskA?.name} sh`, '/ # ');
    await b.run(`docker exec -it ${taskB?.id.slice(0, 6)} sh`, '/ # ');

    // ping by name streams replies until Ctrl-C, then busybox's statistics.
    await a.run(`ping ${taskB?.name}`, `64 bytes from ${taskB?.ip}: seq=1 ttl=64`, 10_000);
    a.send('\x03');
    const stats = await a.waitFor('/ # ', 5_000, a.raw.lastIndexOf('seq=1'));
    // busybox prints "\n--- … statistics" right after the terminal's ^C echo (oracle exec-it-session-tty80).
    expect(stats).toMatch(new RegExp(`\\^C\\r\\n--- ${taskB?.name.replace(/\./g, '\\.')} ping statistics ---\\r\\n\\d+ packets transmitted, \\d+ packets received, 0% packet loss\\r\\nround-trip min/avg/max = [\\d.]+/[\\d.]+/[\\d.]+ ms\\r\\n`));
    const counted = await b.run(`ping -c 3 ${taskA?.name}`, '/ # ', 10_000);
    expect(counted).toContain('3 packets transmitted, 3 packets received, 0% packet loss');
    const lookup = await b.run('nslookup tasks.teste_discovery_search', '/ # ');
    expect(lookup).toContain(`Address: ${taskA?.ip}`);
    expect(lookup).toContain(`Address: ${taskB?.ip}`);
    expect(await b.run('hostname', '/ # ')).toContain(`${taskB?.id.slice(0, 12)}\r\n`);
    expect(await b.run('ping -c 1 nosuchname', '/ # ')).toContain("ping: bad address 'nosuchname'");
    expect(await b.run('foo', '/ # ')).toContain('sh: foo: not found');

    // exit leaves the container; the node prompt comes back.
    await a.run('exit', prompt('alice', nodeA));
    await b.run('exit', prompt('bob', nodeB));

    // Without a terminal, `docker exec -it` fails like docker does.
    const noTty = await execOnce(server.port, `alice+${nodeA}`, `docker exec -it ${taskA?.name} sh`);
    expect(noTty).toEqual({ stdout: '', stderr: 'the input device is not a TTY\n', code: 1 });

    // Another team has a cluster of its own and sees none of this.
    const red = await execOnce(server.port, 'carol+manager1+red', 'docker network ls; docker service ls');
    expect(red.stdout).not.toContain('minha_rede_overlay');
    expect(red.stdout).toContain('ID        NAME      MODE      REPLICAS   IMAGE     PORTS\n');
    for (const s of [alice, bob, a, b]) s.close();
  }, 60_000);
});
