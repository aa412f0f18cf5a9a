// What the instructor's tools (the blessed dashboard and the scriptable exec commands) can read
// and do. The lab implements it; the dashboard and its tests only see this interface, so the UI
// can be drawn from a fake classroom in tests.

import type { Disposable } from '../docker/process-io.js';

/** TaskCounts counts a team's tasks by current state (only states with tasks appear). */
export type TaskCounts = Record<string, number>;

/** TeamSummary is one row of the teams pane. */
export interface TeamSummary {
  name: string;
  online: { user: string; node: string }[];
  nodes: number;
  services: number;
  tasks: TaskCounts;
  clock: { speed: number };
  swarm: boolean;
}

/** SessionSummary is one row of the sessions pane. */
export interface SessionSummary {
  id: string;
  user: string;
  team: string;
  node: string;
  kind: 'shell' | 'exec' | 'dashboard';
  idleMs: number;
  lastCommand: string;
  failures: number;
  observers: number;
}

/** ProgressSummary is one row of the lesson-progress pane (empty until lessons are checked). */
export interface ProgressSummary {
  user: string;
  team: string;
  lesson: string;
  step: string;
  onStepMs: number;
  checksFailed: number;
}

/** ClassroomSnapshot is everything the dashboard's tables show, at one moment. */
export interface ClassroomSnapshot {
  now: number;
  locked: boolean;
  teams: TeamSummary[];
  sessions: SessionSummary[];
  progress: ProgressSummary[];
}

/** TaskBox is one task in the cluster view (docker-swarm-visualizer style). */
export interface TaskBox {
  /** label is `<service>.<slot>` (or `<service>` for global tasks). */
  label: string;
  service: string;
  /** state is the task's current state: new … running, complete, failed, shutdown … */
  state: string;
  desired: string;
}

/** NodeColumn is one node of the cluster view. */
export interface NodeColumn {
  hostname: string;
  role: 'manager' | 'worker' | 'none';
  leader: boolean;
  /** status is `ready`, `down`, … ; availability `active`, `pause`, `drain`. */
  status: string;
  availability: string;
  tasks: TaskBox[];
}

/** ClusterView is a team's nodes with their live tasks. */
export interface ClusterView {
  team: string;
  nodes: NodeColumn[];
}

/** FeedEntry is one line of the event feed: who did what, in which team. */
export interface FeedEntry {
  at: number;
  team: string;
  /** text is attributed and short: `bob@manager3 scaled web 2→5`, `task web.1 failed`. */
  text: string;
}

/** MessageTarget says who receives a message. */
export type MessageTarget = { kind: 'user'; user: string } | { kind: 'team'; team: string } | { kind: 'all' };

/** Fault is a failure an instructor injects on purpose. */
export type Fault =
  | { kind: 'node-down'; node: string }
  | { kind: 'node-up'; node: string }
  | { kind: 'drain'; node: string }
  | { kind: 'active'; node: string }
  | { kind: 'kill-task'; task: string }
  | { kind: 'partition'; node: string }
  | { kind: 'heal'; node: string };

/** ObserverMirror is a read-only live copy of a student's terminal. */
export interface ObserverMirror {
  /** user and node say whose terminal this is. */
  user: string;
  node: string;
  /** screen is the terminal's current contents as bytes that redraw it (cursor included). */
  screen: string;
  columns: number;
  rows: number;
  /** onData streams what the student's terminal shows from now on. */
  onData(listener: (data: string) => void): Disposable;
  /** onEnd is called when the student's session ends. */
  onEnd(listener: () => void): Disposable;
  dispose(): void;
}

/** InstructorApi is the classroom as an instructor may read and change it. */
export interface InstructorApi {
  snapshot(): ClassroomSnapshot;
  clusterView(team: string): ClusterView | undefined;
  /** feed returns the latest entries, oldest first. */
  feed(limit: number): FeedEntry[];
  /** onChange is called (at most a few times a second) when anything shown may have changed. */
  onChange(listener: () => void): Disposable;
  /** message delivers a text and returns how many sessions received it. */
  message(target: MessageTarget, text: string, from: string): number;
  /** reset gives a team a fresh cluster (swarm initialised unless noSwarm). */
  reset(team: string, options: { noSwarm: boolean }): void;
  /** fault injects a failure; it throws an Error with a clear message when the target is unknown. */
  fault(team: string, fault: Fault): string;
  /** setClock sets a team's clock speed (0 pauses) and/or advances it by stepMs. */
  setClock(team: string, change: { speed?: number; stepMs?: number }): void;
  setLocked(locked: boolean): void;
  /** lessons lists the classroom's lessons (id and title). */
  lessons(): { id: string; title: string }[];
  /** startLesson resets a team to the lesson's starting cluster and starts it for everyone online in the team. */
  startLesson(team: string, lesson: string): string;
  /** solveStep marks a student's current step done (a stuck student or pair). */
  solveStep(user: string, team: string): string;
  /** observe opens a mirror of the user's newest interactive session, or undefined if none. */
  observe(user: string): ObserverMirror | undefined;
}
