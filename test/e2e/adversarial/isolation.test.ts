// Teams share a server, never a cluster: a user of team red cannot see, resolve, exec into or
// change anything of team default, even with default's exact IDs and names in hand. And a
// student, even one who knows the admin words, only ever gets a node shell where those words
// are unknown commands.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execOnce } from '../helpers/ssh-client.js';
import { createService, objectsOf, run, type TeamObjects } from './helpers/cluster-facts.js';
import { WatchedServer } from './helpers/watched-server.js';

let server: WatchedServer;
let blue: TeamObjects;
let red: TeamObjects;
const DORA = 'dora+manager1';
const RICK = 'rick+manager1+red';

beforeAll(async () => {
  server = await WatchedServer.start();
  await Promise.all([createService(server.port, DORA, 'secret', 3), createService(server.port, RICK, 'redsvc', 3)]);
  blue = await objectsOf(server.port, DORA, 'secret');
  red = await objectsOf(server.port, RICK, 'redsvc');
}, 60_000);
afterAll(async () => {
  expect(server.errors()).toEqual([]);
  await server.stop();
});

/** lookalike is a reference of the same shape as ref that names nothing in any team. */
function lookalike(ref: string): string {
  const alphabet = /^[0-9a-f]+$/.test(ref) ? '0123456789abcdef' : /^[0-9a-z]+$/.test(ref) ? '0123456789abcdefghijklmnopqrstuvwxyz' : 'qxz';
  return Array.from(ref, (_, i) => alphabet[(i * 7 + 3) % alphabet.length]).join('');
}

/**
 * refused runs a command as red with one of default's references in place of {}, and the same
 * command with a reference that exists nowhere: the two must fail the same way, so red cannot
 * even learn that the object exists.
 */
async function refused(template: string, ref: string, node = 'manager1'): Promise<void> {
  const fake = lookalike(ref);
  const [real, none] = await Promise.all([ref, fake].map((r) => execOnce(server.port, `rick+${node}+red`, template.replaceAll('{}', r))));
  if (real === undefined || none === undefined) throw new Error('unreachable');
  expect(real.code, `${template} ${ref}\n${real.stdout}${real.stderr}`).not.toBe(0);
  const same = (r: typeof real, s: string) => ({ ...r, stdout: r.stdout.replaceAll(s, '<REF>'), stderr: r.stderr.replaceAll(s, '<REF>') });
  expect(same(real, ref), template).toEqual(same(none, fake));
}

describe('team red against team default', () => {
  it('sees none of default\'s objects in its lists', async () => {
    const seen = [
      await run(server.port, RICK, 'docker service ls'),
      await run(server.port, RICK, 'docker network ls --no-trunc'),
      await run(server.port, RICK, 'docker node ls'),
      ...(await Promise.all(Object.keys(blue.containers).map((n) => run(server.port, `rick+${n}+red`, 'docker ps -a --no-trunc')))),
    ].join('\n');
    for (const id of [...blue.services, ...blue.networks, ...blue.nodes, ...blue.tasks, ...Object.values(blue.containers).flat()]) expect(seen).not.toContain(id.slice(0, 12));
    expect(seen).not.toMatch(/\bsecret/);
    expect(red.services).not.toEqual(blue.services);
  });

  it('cannot resolve, inspect, scale or remove default\'s services by ID, prefix or name', async () => {
    for (const ref of [blue.services[0] ?? '', blue.services[0]?.slice(0, 12) ?? '', 'secret']) {
      for (const verb of ['ps', 'inspect', 'inspect --pretty', 'rm', 'logs']) await refused(`docker service ${verb} {}`, ref);
      await refused('docker service scale {}=0', ref);
      await refused('docker service update --replicas 0 {}', ref);
    }
    for (const task of blue.tasks) await refused('docker inspect {}', task);
    expect(await run(server.port, DORA, 'docker service inspect --format {{.Spec.Mode.Replicated.Replicas}} secret')).toBe('3\n');
  });

  it('cannot inspect or remove default\'s networks and nodes', async () => {
    for (const ref of [blue.networks[0] ?? '', blue.networks[0]?.slice(0, 12) ?? '', 'secretnet']) {
      await refused('docker network inspect {}', ref);
      await refused('docker network rm {}', ref);
    }
    for (const node of blue.nodes) {
      await refused('docker node inspect {}', node);
      await refused('docker node ps {}', node);
      await refused('docker node update --availability drain {}', node);
    }
    expect(await run(server.port, DORA, 'docker network ls --format {{.Name}} --filter name=secretnet')).toBe('secretnet\n');
  });

  it('cannot exec into default\'s containers, even on the same node', async () => {
    for (const [node, ids] of Object.entries(blue.containers)) {
      for (const id of ids) {
        await refused('docker exec {} hostname', id, node);
        await refused('docker exec {} hostname', id.slice(0, 12), node);
        await refused('docker container inspect {}', id, node);
      }
    }
    for (const name of blue.names) await refused('docker exec {} hostname', name, Object.keys(blue.containers)[0]);
  });

  it('cannot resolve default\'s names from its own containers', async () => {
    const [node, ids] = Object.entries(red.containers)[0] ?? ['', []];
    const mine = ids[0] ?? '';
    for (const name of ['secret', 'tasks.secret', ...blue.names, ...Object.values(blue.containers).flat().map((id) => id.slice(0, 12))]) {
      const ping = await execOnce(server.port, `rick+${node}+red`, `docker exec ${mine} ping -c 1 ${name}`);
      expect(ping.stderr).toContain(`ping: bad address '${name}'`);
      const lookup = await execOnce(server.port, `rick+${node}+red`, `docker exec ${mine} nslookup ${name}`);
      expect(lookup.stdout + lookup.stderr).toMatch(/NXDOMAIN|can't find/);
    }
    // Red's own names do resolve, so the refusals above are about the team, not a broken DNS.
    expect((await execOnce(server.port, `rick+${node}+red`, `docker exec ${mine} ping -c 1 redsvc`)).code).toBe(0);
  });
});

describe('students and the instructor\'s admin words', () => {
  const words = ['sessions', 'teams', 'reset default', 'broadcast hi', 'lock', 'assign mallory red', 'fault default node-down worker1', 'export dora', 'observe dora'];

  it.each(['mallory', 'mallory+manager1', 'mallory+worker1+red'])('%s with the join code gets "command not found"', async (login) => {
    for (const line of words) {
      const name = line.split(' ')[0];
      expect(await execOnce(server.port, login, line)).toEqual({ stdout: '', stderr: `bash: line 1: ${name}: command not found\n`, code: 127 });
    }
    // Nothing happened: default's service survived `reset`, and new teams are not locked out.
    expect(await run(server.port, DORA, 'docker service ls --format {{.Name}} --filter name=secret')).toBe('secret\n');
    expect(await run(server.port, 'newbie+manager1+fresh', 'hostname')).toBe('manager1\n');
  });
});
