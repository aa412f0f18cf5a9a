// What the clients of a scripted class were told, kept per object: the state the last
// acknowledged command left it in, and the command still in flight when the server died (if
// any), whose effect may or may not have been committed. The ledger is the oracle the state after
// a restart is checked against.

/** ObjectState is what a network or service should look like; absent objects have no ID. */
export interface ObjectState {
  present: boolean;
  id?: string;
  replicas?: number;
}

/** Pending is a command sent but never answered: `after` is the state it would leave. */
interface Pending {
  command: string;
  after: ObjectState;
}

/** Entry is one object's acknowledged state and the command in flight on it. */
interface Entry {
  kind: 'network' | 'service';
  acked: ObjectState;
  pending?: Pending;
}

/** ActualObject is what the restarted server reports for one name. */
export type ActualObject = ObjectState;

/** Ledger tracks every object a class touched, by team and name. */
export class Ledger {
  private readonly entries = new Map<string, Entry>();
  acknowledged = 0;
  inFlightAtKill = 0;
  /** refusals counts failed commands by their first stderr line (for the run's report). */
  readonly refusals = new Map<string, number>();

  private key(team: string, name: string): string {
    return `${team}/${name}`;
  }

  /** begin records a command about to be sent on an object. */
  begin(team: string, kind: Entry['kind'], name: string, command: string, after: ObjectState): void {
    const entry = this.entries.get(this.key(team, name)) ?? { kind, acked: { present: false } };
    entry.pending = { command, after };
    this.entries.set(this.key(team, name), entry);
  }

  /** ack records that the command succeeded (exit status 0) with this resulting state. */
  ack(team: string, name: string, state: ObjectState): void {
    const entry = this.entries.get(this.key(team, name));
    if (!entry) throw new Error(`ack without begin: ${team}/${name}`);
    entry.acked = state;
    delete entry.pending;
    this.acknowledged++;
  }

  /** fail records that the command completed with an error: nothing changed. */
  fail(team: string, name: string, stderr: string): void {
    const entry = this.entries.get(this.key(team, name));
    if (entry) delete entry.pending;
    const reason = (stderr.split('\n')[0] ?? '').replace(/\b[0-9a-z]{25}\b|\b[ns]\d+x\d+\b/g, '…');
    this.refusals.set(reason, (this.refusals.get(reason) ?? 0) + 1);
  }

  /** unknown leaves the command pending: the server died before answering. */
  unknown(): void {
    this.inFlightAtKill++;
  }

  /** teams lists the teams the ledger knows. */
  teams(): string[] {
    return [...new Set([...this.entries.keys()].map((k) => k.split('/')[0] ?? ''))].sort();
  }

  /** ackedOf returns the acknowledged state of an object (absent if never touched). */
  ackedOf(team: string, name: string): ObjectState {
    return this.entries.get(this.key(team, name))?.acked ?? { present: false };
  }

  /**
   * check compares a team's actual objects with the ledger and returns the mismatches: an object
   * must be as last acknowledged, or, with a command in flight, as that command would leave it.
   * Objects with our prefix that the ledger never heard of are phantoms.
   */
  check(team: string, actual: { networks: Map<string, ActualObject>; services: Map<string, ActualObject> }): string[] {
    const problems: string[] = [];
    const names = new Set<string>();
    for (const [key, entry] of this.entries) {
      const [t, name = ''] = key.split('/');
      if (t !== team) continue;
      names.add(name);
      const got = (entry.kind === 'network' ? actual.networks : actual.services).get(name) ?? { present: false };
      const allowed = [entry.acked, ...(entry.pending ? [entry.pending.after] : [])];
      if (!allowed.some((want) => matches(want, got))) {
        problems.push(`${team} ${entry.kind} ${name}: got ${JSON.stringify(got)}, acknowledged ${JSON.stringify(entry.acked)}${entry.pending ? `, in flight: ${entry.pending.command}` : ''}`);
      }
    }
    for (const map of [actual.networks, actual.services]) {
      for (const name of map.keys()) if (/^[ns]\d/.test(name) && !names.has(name)) problems.push(`${team}: phantom object ${name}`);
    }
    return problems;
  }

  /** settle adopts what the server reports as the truth for objects whose last command is unknown. */
  settle(team: string, actual: { networks: Map<string, ActualObject>; services: Map<string, ActualObject> }): void {
    for (const [key, entry] of this.entries) {
      const [t, name = ''] = key.split('/');
      if (t !== team || !entry.pending) continue;
      entry.acked = (entry.kind === 'network' ? actual.networks : actual.services).get(name) ?? { present: false };
      delete entry.pending;
    }
  }
}

function matches(want: ObjectState, got: ObjectState): boolean {
  if (want.present !== got.present) return false;
  if (!want.present) return true;
  if (want.id !== undefined && want.id !== got.id) return false;
  return want.replicas === undefined || want.replicas === got.replicas;
}
