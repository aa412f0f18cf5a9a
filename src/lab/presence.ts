// Who is connected where: one entry per live session, for the welcome line, `who`, and the
// instructor's session list. Sessions register a notify callback so messages can reach them.

/** MirrorHandle is a live, read-only copy of a session's terminal (see ssh/session-mirror.ts). */
export interface MirrorHandle {
  /** screen is text that redraws the terminal as it is now. */
  screen: string;
  columns: number;
  rows: number;
  onData(listener: (data: string) => void): { dispose(): void };
  onEnd(listener: () => void): { dispose(): void };
  dispose(): void;
}

/** SessionKind distinguishes interactive shells from one-shot exec requests. */
export type SessionKind = 'shell' | 'exec' | 'dashboard';

/** SessionInfo describes one live session. */
export interface SessionInfo {
  id: string;
  user: string;
  team: string;
  /** node is the host name the session runs on. */
  node: string;
  kind: SessionKind;
  startedAt: number;
  lastActivity: number;
  lastCommand?: string;
  failures: number;
  /** lang is the session's language ('pt' or 'en'), for messages the lab sends it. */
  lang?: 'pt' | 'en';
  /** notify shows an asynchronous message in the session without breaking the line being typed. */
  notify?: (text: string) => void;
  /** openMirror opens a live mirror of an interactive session's terminal. */
  openMirror?: () => Promise<MirrorHandle | undefined>;
  /** insideTask is the task whose container the session has a shell in right now, if any. */
  insideTask?: string;
  /** size returns the session terminal's current size. */
  size?: () => { columns: number; rows: number };
  /** observers counts instructors watching this session right now. */
  observers?: number;
}

/** PresenceChange says what changed: a session came, went, or had some fields updated. */
export type PresenceChange =
  | { kind: 'add' | 'remove'; session: SessionInfo }
  | { kind: 'update'; session: SessionInfo; fields: readonly string[] };

/** Presence tracks live sessions. */
export class Presence {
  private readonly sessions = new Map<string, SessionInfo>();
  private readonly listeners = new Set<(change: PresenceChange) => void>();

  /** add registers a session. */
  add(info: SessionInfo): void {
    this.sessions.set(info.id, info);
    this.changed({ kind: 'add', session: info });
  }

  /** update changes fields of a live session. */
  update(id: string, patch: Partial<Omit<SessionInfo, 'id'>>): void {
    const info = this.sessions.get(id);
    if (!info) return;
    Object.assign(info, patch);
    this.changed({ kind: 'update', session: info, fields: Object.keys(patch) });
  }

  /** remove forgets a session. */
  remove(id: string): void {
    const info = this.sessions.get(id);
    if (!info) return;
    this.sessions.delete(id);
    this.changed({ kind: 'remove', session: info });
  }

  /** get returns one live session. */
  get(id: string): SessionInfo | undefined {
    return this.sessions.get(id);
  }

  /** list returns live sessions, optionally of one team, oldest first. */
  list(team?: string): SessionInfo[] {
    const all = [...this.sessions.values()];
    return (team === undefined ? all : all.filter((s) => s.team === team)).sort((a, b) => a.startedAt - b.startedAt);
  }

  /** onChange subscribes to any presence change. */
  onChange(listener: (change: PresenceChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(change: PresenceChange): void {
    for (const l of [...this.listeners]) l(change);
  }
}
