// A scripted class: several teams, each with a few students who keep changing their cluster over
// one SSH connection apiece (network create, service create --detach, service scale, service rm,
// network rm), recording in the ledger every command the server acknowledged. Each student keeps
// at most a couple of services alive, so any number of kill cycles stays under the team limits.

import type { Client } from 'ssh2';
import { connect } from '../../helpers/ssh-client.js';
import type { Ledger, ObjectState } from './ledger.js';
import { execOn } from './raw-exec.js';

interface Kept {
  net: string;
  svc: string;
}

/** Student is one scripted client; its names and kept objects survive server restarts. */
export class Student {
  private counter = 0;
  private kept: Kept[] = [];
  private client: Client | undefined;
  busy = false;

  constructor(readonly team: string, readonly index: number, private readonly ledger: Ledger) {}

  /** run connects and loops until stop() says so or the connection dies. */
  async run(port: number, node: string, shouldStop: () => boolean, random: () => number): Promise<void> {
    this.kept = this.kept.filter((k) => this.ledger.ackedOf(this.team, k.svc).present || this.ledger.ackedOf(this.team, k.net).present);
    try {
      this.client = await connect(port, `st${this.index}+${node}+${this.team}`);
    } catch {
      return; // the server died while we were logging in
    }
    this.client.on('error', () => undefined);
    this.client.setNoDelay(true);
    try {
      while (!shouldStop()) {
        if (!(await this.step(random))) return;
      }
    } finally {
      this.client.end();
    }
  }

  /**
   * step runs one round: first remove the oldest kept objects if there are too many (a network
   * stays "in use" until the removed service's tasks are gone, so keep retrying before creating
   * more), then create a network and a service on it and scale it. false once the connection is gone.
   */
  private async step(random: () => number): Promise<boolean> {
    if (this.kept.length >= 2) {
      const cleaned = await this.cleanUp();
      if (cleaned !== 'done') {
        if (cleaned === 'retry') await new Promise((r) => setTimeout(r, 100));
        return cleaned !== 'gone';
      }
    }
    const k = ++this.counter;
    const names = { net: `n${this.index}x${k}`, svc: `s${this.index}x${k}` };
    const net = await this.send('network', names.net, `docker network create -d overlay ${names.net}`, { present: true }, (o) => ({ present: true, id: o.trim() }));
    if (net !== 'ok') return net !== 'gone';
    // nginx stops on SIGTERM, so a removed service's tasks (and their network) go away quickly.
    const svc = await this.send('service', names.svc, `docker service create --detach --name ${names.svc} --network ${names.net} nginx`,
      { present: true, replicas: 1 }, (o) => ({ present: true, id: o.trim(), replicas: 1 }));
    if (svc === 'gone') return false;
    this.kept.push(names);
    if (svc === 'ok') {
      const replicas = Math.floor(random() * 4);
      const id = this.ledger.ackedOf(this.team, names.svc).id;
      const scaled = await this.send('service', names.svc, `docker service scale --detach ${names.svc}=${replicas}`, { present: true, id, replicas }, () => ({ present: true, ...(id && { id }), replicas }));
      if (scaled === 'gone') return false;
    }
    return true;
  }

  /** cleanUp removes the oldest kept service, then its network. */
  private async cleanUp(): Promise<'done' | 'retry' | 'gone'> {
    const old = this.kept[0];
    if (!old) return 'done';
    for (const [kind, name] of [['service', old.svc], ['network', old.net]] as const) {
      if (!this.ledger.ackedOf(this.team, name).present) continue;
      const removed = await this.send(kind, name, `docker ${kind} rm ${name}`, { present: false }, () => ({ present: false }));
      if (removed === 'gone') return 'gone';
      if (removed === 'failed') return 'retry'; // the network is still in use by a stopping task
    }
    this.kept.shift();
    return 'done';
  }

  /** send runs one command and records its outcome: acknowledged, failed, or lost with the server. */
  private async send(kind: 'network' | 'service', name: string, command: string, after: ObjectState, acked: (stdout: string) => ObjectState): Promise<'ok' | 'failed' | 'gone'> {
    const client = this.client;
    if (!client) return 'gone';
    this.ledger.begin(this.team, kind, name, command, after);
    this.busy = true;
    const result = await execOn(client, command, undefined, 60_000).catch(() => ({ code: null, stdout: '', stderr: '', error: 'timeout' }));
    this.busy = false;
    // Exit status 0 is sent only after the events are committed: that is the acknowledgement.
    if (result.code === 0) {
      this.ledger.ack(this.team, name, acked(result.stdout));
      return 'ok';
    }
    if (result.code !== null && result.error === undefined) {
      this.ledger.fail(this.team, name, result.stderr);
      return 'failed';
    }
    this.ledger.unknown();
    return 'gone';
  }
}
