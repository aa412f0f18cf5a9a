// InstructorApi over the live classroom: summaries of teams and sessions, each team's cluster as
// columns of task boxes, the attributed event feed, and the instructor's actions (messages,
// resets, faults, the team clock, the classroom lock, observing a student).

import { isTerminal, stateRank, type ClusterState } from '../cluster/index.js';
import type { Lab } from '../lab/lab.js';
import { resetForLesson } from '../lab/lesson-start.js';
import { messageLine, sanitizeText } from '../lab/messages.js';
import type { SessionInfo } from '../lab/presence.js';
import type { Disposable } from '../docker/process-io.js';
import { applyFault } from './faults.js';
import type { ClassroomSnapshot, ClusterView, FeedEntry, InstructorApi, MessageTarget, ObserverMirror, TaskCounts, TeamSummary } from './instructor-api.js';

const RECENT_MS = 30_000;

/** createInstructorApi returns the API one instructor (by name) uses. */
export function createInstructorApi(lab: Lab, instructor: string, now: () => number = Date.now): InstructorApi {
  return {
    snapshot: () => snapshot(lab, now()),
    clusterView: (team) => (lab.hasTeam(team) ? clusterView(team, lab.team(team).state, lab.team(team).now()) : undefined),
    feed: (limit) => lab.feed.latest(limit).map((l): FeedEntry => ({ at: l.at, team: l.team, text: l.text })),
    onChange: (listener) => {
      const offPresence = lab.presence.onChange(listener);
      const offTeams = lab.onTeamChange(listener);
      return { dispose: () => (offPresence(), offTeams()) };
    },
    message: (target, text) => lab.deliver(selector(target), (s, clean) => messageLine(s.lang, 'instructor', instructor, clean), text),
    reset: (team, { noSwarm }) => {
      if (!lab.hasTeam(team)) throw new Error(`no team ${team}`);
      lab.resetTeam(team, { noSwarm, by: `instructor ${instructor}` });
    },
    fault: (team, fault) => {
      if (!lab.hasTeam(team)) throw new Error(`no team ${team}`);
      return applyFault(lab.team(team), fault, instructor);
    },
    setClock: (team, change) => {
      if (!lab.hasTeam(team)) throw new Error(`no team ${team}`);
      lab.team(team).setClock(change);
    },
    setLocked: (locked) => lab.setLocked(locked),
    lessons: () => lab.lessons.lessons.map((l) => ({ id: l.id, title: lab.lessons.text(l, 'pt').title })),
    startLesson: (team, lesson) => startLesson(lab, team, lesson, instructor),
    solveStep: (user, team) => solveStep(lab, user, team),
    observe: (user) => observe(lab, user),
  };
}

function selector(target: MessageTarget): (s: SessionInfo) => boolean {
  if (target.kind === 'user') return (s) => s.user === target.user && s.kind === 'shell';
  if (target.kind === 'team') return (s) => s.team === target.team && s.kind === 'shell';
  return (s) => s.kind === 'shell';
}

function snapshot(lab: Lab, now: number): ClassroomSnapshot {
  const sessions = lab.presence.list();
  return {
    now,
    locked: lab.locked,
    teams: lab.teamNames().map((name) => teamSummary(lab, name, sessions)),
    sessions: sessions.map((s) => ({
      id: s.id,
      user: s.user,
      team: s.team,
      node: s.node,
      kind: s.kind,
      idleMs: Math.max(0, now - s.lastActivity),
      lastCommand: sanitizeText(s.lastCommand ?? '', 80),
      failures: s.failures,
      observers: s.observers ?? 0,
    })),
    progress: lab.lessons.rows(now),
  };
}

function startLesson(lab: Lab, team: string, id: string, instructor: string): string {
  if (!lab.hasTeam(team)) throw new Error(`no team ${team}`);
  const lesson = lab.lessons.find(id);
  if (!lesson) throw new Error(`no lesson ${id} (lessons: ${lab.lessons.lessons.map((l) => l.id).join(', ')})`);
  resetForLesson(lab, team, lesson, `instructor ${instructor}`);
  const started = new Set<string>();
  for (const s of lab.presence.list(team).filter((x) => x.kind === 'shell')) {
    if (started.has(s.user)) continue;
    started.add(s.user);
    lab.lessons.start(s.user, team, lesson, s.node, true);
    const text = lab.lessons.text(lesson, s.lang === 'en' ? 'en' : 'pt');
    s.notify?.(s.lang === 'en' ? `Your instructor started the lesson "${text.title}" for your team: type lesson` : `O(a) instrutor(a) iniciou a lição "${text.title}" para o seu time: digite lesson`);
  }
  return `${team}: lesson ${id} started for ${started.size} student(s) on a fresh cluster`;
}

function solveStep(lab: Lab, user: string, team: string): string {
  const active = lab.lessons.active(user, team);
  if (!active) throw new Error(`${user} has no lesson in progress in team ${team}`);
  const moved = lab.lessons.solve(active);
  return `${user}: step ${active.step + 1} of ${active.lesson} marked done, now on step ${moved.step + 1}`;
}

function teamSummary(lab: Lab, name: string, sessions: SessionInfo[]): TeamSummary {
  const team = lab.team(name);
  const state = team.state;
  const tasks: TaskCounts = {};
  for (const t of Object.values(state.tasks)) {
    if (stateRank(t.desiredState) > stateRank('running') && isTerminal(t.status.state)) continue;
    tasks[t.status.state] = (tasks[t.status.state] ?? 0) + 1;
  }
  const online = new Map<string, { user: string; node: string }>();
  for (const s of sessions) if (s.team === name && s.kind === 'shell') online.set(`${s.user}@${s.node}`, { user: s.user, node: s.node });
  return {
    name,
    online: [...online.values()],
    nodes: Object.keys(state.hosts).length,
    services: Object.keys(state.services).length,
    tasks,
    clock: { speed: team.clock.speed() },
    swarm: state.swarm !== null,
  };
}

/** clusterView lays a team's cluster out as node columns of live (or recently ended) tasks. */
export function clusterView(team: string, state: Readonly<ClusterState>, now: number): ClusterView {
  const nodes = Object.values(state.hosts).map((host) => {
    const node = Object.values(state.nodes).find((n) => n.hostname === host.hostname);
    const tasks = node
      ? Object.values(state.tasks)
          .filter((t) => t.nodeId === node.id)
          .filter((t) => stateRank(t.desiredState) <= stateRank('running') || now - t.status.timestamp < RECENT_MS)
          .sort((a, b) => a.createdAt - b.createdAt)
          .map((t) => {
            const service = state.services[t.serviceId]?.spec.name ?? t.spec.name;
            return { label: t.slot > 0 ? `${service}.${t.slot}` : service, service, state: t.status.state, desired: t.desiredState };
          })
      : [];
    return {
      hostname: host.hostname,
      role: node?.role ?? ('none' as const),
      leader: node?.leader ?? false,
      status: node?.state ?? 'not in swarm',
      availability: node?.availability ?? '',
      tasks,
    };
  });
  return { team, nodes };
}

function observe(lab: Lab, user: string): ObserverMirror | undefined {
  const session = lab.presence
    .list()
    .filter((s) => s.user === user && s.openMirror)
    .sort((a, b) => b.startedAt - a.startedAt)[0];
  if (!session?.openMirror) return undefined;
  const data = new Set<(d: string) => void>();
  const ends = new Set<() => void>();
  let closed = false;
  let release: (() => void) | undefined;
  // The screen is rebuilt asynchronously; it arrives as the mirror's first data chunk.
  void session.openMirror().then((handle) => {
    if (!handle) return ends.forEach((l) => l());
    if (closed) return handle.dispose();
    release = () => handle.dispose();
    data.forEach((l) => l(handle.screen));
    handle.onData((d) => data.forEach((l) => l(d)));
    handle.onEnd(() => ends.forEach((l) => l()));
  });
  const size = session.size?.() ?? { columns: 80, rows: 24 };
  const subscribe = <T>(set: Set<T>, l: T): Disposable => (set.add(l), { dispose: () => set.delete(l) });
  return {
    user: session.user,
    node: session.node,
    screen: '',
    columns: size.columns,
    rows: size.rows,
    onData: (l) => subscribe(data, l),
    onEnd: (l) => subscribe(ends, l),
    dispose: () => {
      closed = true;
      release?.();
    },
  };
}
