// What the dashboard shows, read from the InstructorApi: the latest snapshot, the feed, the
// selected team's cluster, which pane has the focus, each list's selection, and the status line.

import type { ClassroomSnapshot, ClusterView, FeedEntry, InstructorApi, SessionSummary } from '../instructor-api.js';
import { ListCursor } from './selection.js';
import type { PaneId } from './types.js';

/** FEED_WINDOW is how many of the latest events the dashboard keeps for scrolling back. */
export const FEED_WINDOW = 300;

/** Status is the outcome of the last action, shown on the status line. */
export interface Status {
  text: string;
  error: boolean;
}

const EMPTY: ClassroomSnapshot = { now: 0, locked: false, teams: [], sessions: [], progress: [] };

/** DashboardModel holds the state of one instructor's dashboard. */
export class DashboardModel {
  snapshot: ClassroomSnapshot = EMPTY;
  feed: FeedEntry[] = [];
  cluster: ClusterView | undefined;
  focused: PaneId = 'teams';
  status: Status = { text: '', error: false };
  readonly cursors: Record<PaneId, ListCursor> = {
    teams: new ListCursor(),
    sessions: new ListCursor(),
    progress: new ListCursor(),
    feed: new ListCursor(true),
    cluster: new ListCursor(),
  };
  /** resumeSpeed remembers each team's speed before a pause, so space resumes at it. */
  readonly resumeSpeed = new Map<string, number>();
  private lastTeam: string | undefined;

  constructor(private readonly api: InstructorApi) {}

  /** refresh reads the classroom again; a failing api keeps the previous picture and says why. */
  refresh(): void {
    try {
      this.snapshot = this.api.snapshot();
      this.feed = this.api.feed(FEED_WINDOW);
      for (const pane of ['teams', 'sessions', 'progress', 'feed'] as const) this.cursors[pane].sync(this.keys(pane));
      const team = this.selectedTeam();
      this.cluster = team === undefined ? undefined : this.api.clusterView(team);
    } catch (err) {
      this.setStatus(`cannot read the classroom: ${(err as Error).message}`, true);
    }
  }

  /** keys lists the identity of each row of a pane, so the selection can follow its row. */
  keys(pane: PaneId): string[] {
    switch (pane) {
      case 'teams':
      case 'cluster':
        return this.snapshot.teams.map((t) => t.name);
      case 'sessions':
        return this.snapshot.sessions.map((s) => s.id);
      case 'progress':
        return this.snapshot.progress.map((p) => `${p.team}/${p.user}/${p.lesson}`);
      case 'feed':
        return this.feed.map((e) => `${e.at}|${e.team}|${e.text}`);
    }
  }

  /** move shifts the focused pane's selection; in the cluster pane it browses the teams. */
  move(delta: number): void {
    const pane = this.focused === 'cluster' ? 'teams' : this.focused;
    this.cursors[pane].move(delta, this.keys(pane));
    this.lastTeam = this.rowTeam(pane) ?? this.lastTeam;
  }

  /** focus gives the focus to a pane; the team selected there becomes the context of actions. */
  focus(pane: PaneId): void {
    this.focused = pane;
    this.lastTeam = this.rowTeam(pane) ?? this.lastTeam;
  }

  /** selectedTeam is the team actions apply to: the one of the selected row, else the last one chosen. */
  selectedTeam(): string | undefined {
    const team = this.rowTeam(this.focused) ?? this.lastTeam ?? this.snapshot.teams[0]?.name;
    return team !== undefined && this.snapshot.teams.some((t) => t.name === team) ? team : this.snapshot.teams[0]?.name;
  }

  /** selectedSession is the highlighted session when the sessions pane has the focus. */
  selectedSession(): SessionSummary | undefined {
    return this.focused === 'sessions' ? this.snapshot.sessions[this.cursors.sessions.index] : undefined;
  }

  /** selectedUser is the user of the highlighted session or progress row, if that pane has the focus. */
  selectedUser(): string | undefined {
    if (this.focused === 'progress') return this.snapshot.progress[this.cursors.progress.index]?.user;
    return this.selectedSession()?.user;
  }

  /** setStatus shows the outcome of an action on the status line. */
  setStatus(text: string, error = false): void {
    this.status = { text, error };
  }

  private rowTeam(pane: PaneId): string | undefined {
    const at = this.cursors[pane === 'cluster' ? 'teams' : pane].index;
    switch (pane) {
      case 'teams':
        return this.snapshot.teams[at]?.name;
      case 'sessions':
        return this.snapshot.sessions[at]?.team;
      case 'progress':
        return this.snapshot.progress[at]?.team;
      case 'feed': // following the feed would make the context jump to every new event's team
      case 'cluster':
        return undefined;
    }
  }
}
