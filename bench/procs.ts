// Spawning the benchmark's own processes: the server host and the load clients, each a Node
// process talking to the orchestrator over IPC.

import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Peer } from './ipc.js';

const HERE = import.meta.dirname;

/** spawnServerHost starts a server host process (with --expose-gc, so memory is read after a full GC). */
export function spawnServerHost(name = 'server'): Peer {
  const child = fork(join(HERE, 'server-host.js'), [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Peer(name, child);
}

/** spawnClients starts `count` load client processes. */
export function spawnClients(count: number): Peer[] {
  return Array.from({ length: count }, (_, i) => new Peer(`client${i}`, fork(join(HERE, 'load-client.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })));
}

/** ready waits until a peer answers (its module has loaded). */
export async function ready(peer: Peer): Promise<void> {
  await peer.call('ping', {}, 30_000);
}
