// A fake InstructorApi for the dashboard tests: an in-memory classroom built from small
// builders, which records every action the dashboard takes and lets a test fire onChange,
// stream a mirror's output or end it.

import type { Disposable } from '../../../src/docker/process-io.js';
import type { ClassroomSnapshot, ClusterView, Fault, FeedEntry, InstructorApi, MessageTarget, NodeColumn, ObserverMirror, SessionSummary, TeamSummary } from '../../../src/instructor/instructor-api.js';

/** Call is one action the dashboard asked for. */
export type Call =
  | { method: 'message'; target: MessageTarget; text: string; from: string }
  | { method: 'reset'; team: string; noSwarm: boolean }
  | { method: 'fault'; team: string; fault: Fault }
  | { method: 'setClock'; team: string; change: { speed?: number; stepMs?: number } }
  | { method: 'setLocked'; locked: boolean }
  | { method: 'observe'; user: string }
  | { method: 'startLesson'; team: string; lesson: string }
  | { method: 'solveStep'; user: string; team: string };

/** Listeners is a set of callbacks whose size tests check after the dashboard ends. */
class Listeners<T extends unknown[]> {
  readonly set = new Set<(...args: T) => void>();
  add(listener: (...args: T) => void): Disposable {
    this.set.add(listener);
    return { dispose: () => this.set.delete(listener) };
  }
  fire(...args: T): void {
    for (const l of [...this.set]) l(...args);
  }
}

/** FakeMirror is a student's terminal that a test drives. */
export class FakeMirror implements ObserverMirror {
  readonly data = new Listeners<[string]>();
  readonly ended = new Listeners<[]>();
  disposed = false;
  constructor(public user: string, public node: string, public screen: string, public columns = 80, public rows = 24) {}
  onData(listener: (data: string) => void): Disposable {
    return this.data.add(listener);
  }
  onEnd(listener: () => void): Disposable {
    return this.ended.add(listener);
  }
  dispose(): void {
    this.disposed = true;
  }
}

/** defaultNodes is the default topology with a few tasks in various states. */
export function defaultNodes(): NodeColumn[] {
  const node = (hostname: string, role: 'manager' | 'worker', tasks: [string, string][], leader = false): NodeColumn => ({
    hostname, role, leader, status: 'ready', availability: 'active',
    tasks: tasks.map(([label, state]) => ({ label, service: label.split('.')[0] ?? label, state, desired: state === 'shutdown' ? 'shutdown' : 'running' })),
  });
  return [
    node('manager1', 'manager', [['web.1', 'running'], ['db.1', 'preparing']], true),
    node('manager2', 'manager', [['web.2', 'running']]),
    node('manager3', 'manager', []),
    node('worker1', 'worker', [['web.3', 'failed'], ['web.4', 'pending']]),
    node('worker2', 'worker', [['web.5', 'shutdown']]),
  ];
}

/** FakeClassroom is an InstructorApi over plain data. */
export class FakeClassroom implements InstructorApi {
  readonly calls: Call[] = [];
  readonly changes = new Listeners<[]>();
  readonly mirrors = new Map<string, FakeMirror>();
  feedEntries: FeedEntry[] = [];
  faultError: string | undefined;
  snap: ClassroomSnapshot = { now: Date.UTC(2025, 0, 6, 9, 30, 0), locked: false, teams: [], sessions: [], progress: [] };

  snapshot(): ClassroomSnapshot {
    return this.snap;
  }
  clusterView(team: string): ClusterView | undefined {
    return this.snap.teams.some((t) => t.name === team) ? { team, nodes: defaultNodes() } : undefined;
  }
  feed(limit: number): FeedEntry[] {
    return this.feedEntries.slice(-limit);
  }
  onChange(listener: () => void): Disposable {
    return this.changes.add(listener);
  }
  message(target: MessageTarget, text: string, from: string): number {
    this.calls.push({ method: 'message', target, text, from });
    return 2;
  }
  reset(team: string, options: { noSwarm: boolean }): void {
    this.calls.push({ method: 'reset', team, noSwarm: options.noSwarm });
  }
  fault(team: string, fault: Fault): string {
    this.calls.push({ method: 'fault', team, fault });
    if (this.faultError) throw new Error(this.faultError);
    return `fault injected: ${fault.kind}`;
  }
  setClock(team: string, change: { speed?: number; stepMs?: number }): void {
    this.calls.push({ method: 'setClock', team, change });
    const summary = this.snap.teams.find((t) => t.name === team);
    if (summary && change.speed !== undefined) summary.clock.speed = change.speed;
  }
  setLocked(locked: boolean): void {
    this.calls.push({ method: 'setLocked', locked });
    this.snap = { ...this.snap, locked };
  }
  observe(user: string): ObserverMirror | undefined {
    this.calls.push({ method: 'observe', user });
    return this.mirrors.get(user);
  }
  lessons(): { id: string; title: string }[] {
    return [{ id: 'service-discovery', title: 'Descoberta de serviços' }];
  }
  startLesson(team: string, lesson: string): string {
    this.calls.push({ method: 'startLesson', team, lesson });
    return `${team}: lesson ${lesson} started`;
  }
  solveStep(user: string, team: string): string {
    this.calls.push({ method: 'solveStep', user, team });
    return `${user}: step marked done`;
  }
}

/** team builds a team summary with defaults. */
export function team(name: string, online: { user: string; node: string }[] = [], more: Partial<TeamSummary> = {}): TeamSummary {
  return { name, online, nodes: 5, services: 2, tasks: { running: 4, preparing: 1, failed: 2 }, clock: { speed: 1 }, swarm: true, ...more };
}

/** session builds a shell session summary with defaults. */
export function session(user: string, node: string, teamName: string, more: Partial<SessionSummary> = {}): SessionSummary {
  return { id: `${user}-${node}`, user, team: teamName, node, kind: 'shell', idleMs: 12_000, lastCommand: 'docker service ls', failures: 0, observers: 0, ...more };
}

/** smallClassroom is two teams, three students, a short feed, and alice's terminal to observe. */
export function smallClassroom(): FakeClassroom {
  const api = new FakeClassroom();
  api.snap.teams = [team('blue', [{ user: 'alice', node: 'manager1' }, { user: 'bob', node: 'manager3' }]), team('red', [{ user: 'carol', node: 'worker1' }], { clock: { speed: 5 } })];
  api.snap.sessions = [session('alice', 'manager1', 'blue', { failures: 3 }), session('bob', 'manager3', 'blue', { lastCommand: 'docker node ls' }), session('carol', 'worker1', 'red')];
  const at = api.snap.now;
  api.feedEntries = [
    { at: at - 3000, team: 'blue', text: 'alice@manager1 created service web' },
    { at: at - 2000, team: 'blue', text: 'bob@manager3 scaled web 2→5' },
    { at: at - 1000, team: 'red', text: 'task web.1 failed' },
  ];
  api.mirrors.set('alice', new FakeMirror('alice', 'manager1', '\x1b[H\x1b[2Jalice@manager1:~$ docker ps\r\nCONTAINER ID   IMAGE\r\nalice@manager1:~$ '));
  return api;
}

/** bigClassroom is teams × perTeam students, all logged in, and a feed of feedSize entries. */
export function bigClassroom(teams = 60, perTeam = 5, feedSize = 10_000): FakeClassroom {
  const api = new FakeClassroom();
  const nodes = ['manager1', 'manager2', 'manager3', 'worker1', 'worker2'];
  for (let t = 0; t < teams; t++) {
    const name = `team${String(t).padStart(2, '0')}`;
    const members = Array.from({ length: perTeam }, (_, u) => ({ user: `s${t * perTeam + u}`, node: nodes[u % nodes.length] ?? 'manager1' }));
    api.snap.teams.push(team(name, members));
    for (const m of members) api.snap.sessions.push(session(m.user, m.node, name, { idleMs: (t * 7919) % 600_000 }));
    api.snap.progress.push(...members.map((m) => ({ user: m.user, team: name, lesson: '01-services', step: 'scale', onStepMs: 95_000, checksFailed: t % 3 })));
  }
  api.feedEntries = Array.from({ length: feedSize }, (_, i) => ({ at: api.snap.now - (feedSize - i) * 100, team: `team${String(i % teams).padStart(2, '0')}`, text: `s${i % (teams * perTeam)}@manager1 scaled web ${i % 5}→${(i % 5) + 1}` }));
  return api;
}
