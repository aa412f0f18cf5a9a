// Spawning the benchmark's own processes: the server host and the load clients, each a Node
// process talking to the orchestrator over IPC.

import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Peer } from './ipc.js';

const HERE = import.meta.dirname;

/** spawnPeer starts one of the benchmark's scripts (next to this file) as a child it can call. */
export function spawnPeer(name: string, script: string, execArgv: string[] = []): Peer {
  return new Peer(name, fork(join(HERE, script), [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
}

/** spawnServerHost starts a server host process (with --expose-gc, so memory is read after a full GC). */
export function spawnServerHost(name = 'server'): Peer {
  return spawnPeer(name, 'server-host.js', ['--expose-gc']);
}

/** spawnClients starts `count` load client processes. */
export function spawnClients(count: number): Peer[] {
  return Array.from({ length: count }, (_, i) => spawnPeer(`client${i}`, 'load-client.js'));
}

/** ready waits until a peer answers (its module has loaded). */
export async function ready(peer: Peer): Promise<void> {
  await peer.call('ping', {}, 30_000);
}
