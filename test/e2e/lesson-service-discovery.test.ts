// The seed lesson played by a pair over real SSH: both start it, every step's check turns green
// for both as they work, wrong actions leave a step unpassed, and the instructor sees progress.

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

const T = 'pair';
const admin = (command: string) => adminExec(server.port, command);
const prompt = (user: string, node: string) => `${user}@${node}:~$ `;

async function shell(user: string, node: string): Promise<PtySession> {
  const s = await PtySession.open(server.port, `${user}+${node}+${T}`, { cols: 120, rows: 40 });
  await s.waitFor(prompt(user, node));
  return s;
}

/** stepDone waits for the green line announcing that step n is done. */
const stepDone = (s: PtySession, n: number) => s.waitFor(new RegExp(`✔ step done: Step ${n} —`), 20_000);

function localTask(inspect: string): string {
  const json = JSON.parse(inspect.slice(inspect.indexOf('['), inspect.lastIndexOf(']') + 1)) as { Containers: Record<string, { Name: string }> }[];
  const entry = Object.entries(json[0]?.Containers ?? {}).find(([id]) => !id.startsWith('lb-'));
  return entry?.[1].Name ?? '';
}

describe('lesson service-discovery, played by a pair', () => {
  it('turns every step green for both partners, and not for wrong actions', async () => {
    const alice = await shell('alice', 'manager1');
    const bob = await shell('bob', 'manager3');
    expect(await alice.run('lesson', prompt('alice', 'manager1'))).toMatch(/service-discovery\s+Service discovery on overlay networks \(not started\)/);
    expect(await alice.run('lesson start service-discovery', prompt('alice', 'manager1'))).toContain('service-discovery · step 1 of 9 — The networks every node has  [role a · manager1]');
    expect(await bob.run('lesson start service-discovery', prompt('bob', 'manager3'))).toContain('[role b · manager3]');

    // Step 1: network ls on a manager is not enough; a worker is needed too.
    await alice.run('docker network ls', prompt('alice', 'manager1'));
    expect(await alice.run('lesson check', prompt('alice', 'manager1'))).toContain('✘ not yet');
    await execOnce(server.port, `alice+worker1+${T}`, 'docker network ls');
    await stepDone(alice, 1);
    await stepDone(bob, 1);

    // Step 2: a bridge network does not count; the overlay does.
    await alice.run('docker network create wrong_bridge', prompt('alice', 'manager1'));
    expect(await alice.run('lesson check', prompt('alice', 'manager1'))).toContain('✘ not yet');
    await alice.run('docker network create -d overlay minha_rede_overlay', prompt('alice', 'manager1'));
    await stepDone(bob, 2);

    // Step 3: the service; the step turns green once both tasks run.
    await alice.run('docker service create -d --name teste_discovery_search --network minha_rede_overlay --replicas 2 alpine sleep 50m', prompt('alice', 'manager1'));
    await stepDone(alice, 3);

    // Step 4: service ps, and each partner on the node running a task.
    const ps = (await execOnce(server.port, `alice+manager1+${T}`, 'docker service ps teste_discovery_search')).stdout;
    const nodes = [...ps.matchAll(/teste_discovery_search\.[12]\s+alpine:latest\s+(\S+)/g)].map((m) => m[1] ?? '');
    await alice.run('docker service ps teste_discovery_search', prompt('alice', 'manager1'));
    const a = await shell('alice', nodes[0] ?? '');
    const b = await shell('bob', nodes[1] ?? '');
    await stepDone(alice, 4);

    // Step 5: network inspect on each one's task node.
    const taskA = localTask(await a.run('docker network inspect minha_rede_overlay', prompt('alice', nodes[0] ?? '')));
    expect(await a.run('lesson check', prompt('alice', nodes[0] ?? ''))).toMatch(/✘ not yet\S* \(waiting for role b\)/);
    const taskB = localTask(await b.run('docker network inspect minha_rede_overlay', prompt('bob', nodes[1] ?? '')));
    await stepDone(a, 5);

    // Step 6: a shell inside each container.
    await a.run(`docker exec -it ${taskA} sh`, '/ # ');
    await b.run(`docker exec -it ${taskB} sh`, '/ # ');
    await stepDone(b, 6);

    // Step 7: ping the partner's container by name, ping the service, nslookup tasks.
    await a.run(`ping -c 2 ${taskB}`, '/ # ', 10_000);
    await b.run(`ping -c 2 ${taskA}`, '/ # ', 10_000);
    await a.run('ping -c 3 teste_discovery_search', '/ # ', 10_000);
    await b.run('nslookup tasks.teste_discovery_search', '/ # ');
    await stepDone(a, 7);

    // Step 8: an isolated service on another overlay; DNS does not answer across.
    await alice.run('docker network create -d overlay outra_rede_overlay', prompt('alice', 'manager1'));
    await alice.run('docker service create -d --name teste_isolado --network outra_rede_overlay alpine sleep 50m', prompt('alice', 'manager1'));
    await admin(`clock ${T} step 10s`);
    const isolated = await a.run('ping -c 3 teste_isolado', '/ # ');
    expect(isolated).toContain("ping: bad address 'teste_isolado'");
    // The lesson's note for this output explains why, in the session's language.
    await a.waitFor("The swarm's DNS (127.0.0.11) only answers for containers and services on a network");
    await stepDone(a, 8);

    // Step 9: clean up (networks free once the tasks have stopped).
    await a.run('exit', prompt('alice', nodes[0] ?? ''));
    await b.run('exit', prompt('bob', nodes[1] ?? ''));
    await alice.run('docker service rm teste_discovery_search teste_isolado', prompt('alice', 'manager1'));
    await admin(`clock ${T} step 15s`);
    await alice.run('docker network rm minha_rede_overlay outra_rede_overlay', prompt('alice', 'manager1'));
    await stepDone(alice, 9);
    await alice.waitFor('lesson complete!');

    const progress = JSON.parse((await admin(`progress ${T} --json`)).stdout) as { user: string; step: string }[];
    expect(progress).toEqual(expect.arrayContaining([expect.objectContaining({ user: 'alice', step: 'done' }), expect.objectContaining({ user: 'bob', step: 'done' })]));
    for (const s of [alice, bob, a, b]) s.close();
  }, 120_000);

  it('lets the instructor start a lesson for a team and mark a stuck step done', async () => {
    const team = 'solo';
    const carol = await PtySession.open(server.port, `carol+manager1+${team}`, { cols: 120, rows: 40 });
    await carol.waitFor(prompt('carol', 'manager1'));
    expect((await admin(`start-lesson ${team} service-discovery`)).code).toBe(0);
    await carol.waitFor('for your team: type lesson');
    expect(await carol.run('lesson', prompt('carol', 'manager1'))).toContain('step 1 of 9');
    expect((await admin(`solve carol ${team}`)).code).toBe(0);
    await stepDone(carol, 1);
    const progress = JSON.parse((await admin(`progress ${team} --json`)).stdout) as { user: string; step: string }[];
    expect(progress).toEqual([expect.objectContaining({ user: 'carol', lesson: 'service-discovery', step: '2/9' })]);
    expect((await admin('solve nobody solo')).stderr).toMatch(/nobody/);
    carol.close();
  }, 60_000);
});
