// A team's swarm objects as a student sees them over SSH, in the fields that do not move with
// the clock: network IDs and names, service IDs, names and replicas, and the IDs of the tasks
// meant to be running. Used to check acknowledged work after a crash and replay after a restart.

import type { Client } from 'ssh2';
import { connect } from '../../helpers/ssh-client.js';
import type { ActualObject } from './ledger.js';
import { execOn } from './raw-exec.js';

/** TeamState is one team's objects by name, and its running tasks. */
export interface TeamState {
  networks: Map<string, ActualObject>;
  services: Map<string, ActualObject>;
  runningTasks: string[];
}

async function out(client: Client, command: string): Promise<string> {
  const result = await execOn(client, command, undefined, 30_000);
  if (result.code !== 0) throw new Error(`${command}: exit ${String(result.code)} ${result.error ?? ''}\n${result.stderr}`);
  return result.stdout;
}

const rows = (text: string): string[][] => text.split('\n').filter((l) => l !== '').map((l) => l.split(' '));

/** readTeamState reads a team's objects through a manager, as user `audit`. */
export async function readTeamState(port: number, team: string): Promise<TeamState> {
  const client = await connect(port, `audit+manager1+${team}`);
  client.setNoDelay(true);
  try {
    const networks = new Map<string, ActualObject>();
    for (const [id = '', name = ''] of rows(await out(client, "docker network ls --no-trunc --filter scope=swarm --format '{{.ID}} {{.Name}}'"))) {
      networks.set(name, { present: true, id });
    }
    const services = new Map<string, ActualObject>();
    const ids = rows(await out(client, 'docker service ls -q')).map((r) => r[0] ?? '');
    let runningTasks: string[] = [];
    if (ids.length > 0) {
      const inspect = await out(client, `docker service inspect --format '{{.ID}} {{.Spec.Name}} {{.Spec.Mode.Replicated.Replicas}}' ${ids.join(' ')}`);
      for (const [id = '', name = '', replicas = ''] of rows(inspect)) services.set(name, { present: true, id, replicas: Number(replicas) });
      const tasks = await out(client, `docker service ps -q --no-trunc --filter desired-state=running ${ids.join(' ')}`);
      runningTasks = rows(tasks).map((r) => r[0] ?? '').sort();
    }
    return { networks, services, runningTasks };
  } finally {
    client.end();
  }
}

/** comparable turns a TeamState into plain sorted data for toEqual. */
export function comparable(state: TeamState): unknown {
  const sorted = (m: Map<string, ActualObject>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  return { networks: sorted(state.networks), services: sorted(state.services), runningTasks: state.runningTasks };
}
