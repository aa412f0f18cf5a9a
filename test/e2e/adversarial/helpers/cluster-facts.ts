// Reads a team's objects over SSH, the way a student would, so isolation tests can throw one
// team's real IDs and names at another team.

import { expect } from 'vitest';
import { execOnce } from '../../helpers/ssh-client.js';

/** TeamObjects are the IDs and names one team's commands can be aimed at. */
export interface TeamObjects {
  services: string[];
  networks: string[];
  nodes: string[];
  tasks: string[];
  /** containers maps a node hostname to the full IDs of the task containers on it. */
  containers: Record<string, string[]>;
  names: string[];
}

/** run executes a command as login and returns stdout, failing the test on a non-zero status. */
export async function run(port: number, login: string, command: string): Promise<string> {
  const result = await execOnce(port, login, command);
  expect(result.code, `${login}: ${command}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

/** createService makes an overlay network and a service on it, and waits until its tasks run. */
export async function createService(port: number, login: string, name: string, replicas: number): Promise<void> {
  await run(port, login, `docker network create -d overlay ${name}net`);
  // --detach and polling: without it the CLI also watches 5 s for stability (docker's monitor).
  await run(port, login, `docker service create --detach --name ${name} --network ${name}net --replicas ${replicas} alpine sleep 1d`);
  for (let i = 0; i < 100; i++) {
    const states = lines(await run(port, login, `docker service ps --format {{.CurrentState}} ${name}`));
    if (states.length === replicas && states.every((s) => s.startsWith('Running'))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} never ran ${replicas} tasks`);
}

/** objectsOf lists a team's services, networks, nodes, tasks and containers, as login sees them. */
export async function objectsOf(port: number, login: string, service: string): Promise<TeamObjects> {
  const services = lines(await run(port, login, 'docker service ls -q'));
  const fullServices = lines(await run(port, login, `docker service inspect --format {{.ID}} ${services.join(' ')}`));
  const networks = lines(await run(port, login, 'docker network ls -q --no-trunc --filter scope=swarm'));
  const nodes = lines(await run(port, login, 'docker node ls -q'));
  const tasks = lines(await run(port, login, `docker service ps -q --no-trunc ${service}`));
  const hosts = [...new Set(lines(await run(port, login, `docker service ps --format {{.Node}} ${service}`)))];
  const containers: Record<string, string[]> = {};
  const names: string[] = [];
  for (const host of hosts) {
    const user = login.split('+')[0] ?? 'x';
    const team = login.split('+')[2];
    const there = `${user}+${host}${team ? `+${team}` : ''}`;
    containers[host] = lines(await run(port, there, 'docker ps -q --no-trunc'));
    names.push(...lines(await run(port, there, 'docker ps --format {{.Names}}')));
  }
  return { services: fullServices, networks, nodes, tasks, containers, names };
}
