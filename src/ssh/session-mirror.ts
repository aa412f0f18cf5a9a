// Live, read-only mirrors of a student's terminal for instructors. No terminal emulator runs per
// session: when the first observer arrives, the session's recording is replayed into a headless
// xterm to rebuild the current screen, which is then kept live while anyone observes.

import xterm from '@xterm/headless';
import serialize from '@xterm/addon-serialize';
import type { MirrorHandle } from '../lab/presence.js';
import type { ChannelTerminal } from './channel-terminal.js';
import type { SessionRecorder } from './session-recorder.js';

type Observer = { data: (text: string) => void; end: () => void };

/** SessionMirror serves mirrors of one session's terminal. */
export class SessionMirror {
  private terminal: xterm.Terminal | undefined;
  private serializer: serialize.SerializeAddon | undefined;
  private readonly observers = new Set<Observer>();
  private untap: (() => void) | undefined;
  private ended = false;

  constructor(
    private readonly channel: ChannelTerminal,
    private readonly recorder: SessionRecorder,
    private readonly onWatched: (watching: number) => void,
  ) {}

  /** open attaches an observer; its screen is ready once the replay has been parsed. */
  async open(): Promise<MirrorHandle | undefined> {
    if (this.ended) return undefined;
    const buffered: string[] = [];
    const observer: Observer = { data: (t) => buffered.push(t), end: () => undefined };
    this.observers.add(observer);
    this.ensureTerminal();
    const screen = await this.currentScreen();
    const { columns, rows } = this.channel.size();
    const handle = this.handle(observer, screen, columns, rows, buffered);
    this.onWatched(this.observers.size);
    return handle;
  }

  /** end tells every observer the session is over and frees the emulator. */
  end(): void {
    this.ended = true;
    for (const o of [...this.observers]) o.end();
    this.observers.clear();
    this.release();
  }

  private ensureTerminal(): void {
    if (this.terminal) return;
    const { columns, rows } = this.channel.size();
    const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 0 });
    this.serializer = new serialize.SerializeAddon();
    term.loadAddon(this.serializer);
    for (const chunk of this.recorder.chunks()) this.apply(term, chunk.kind, chunk.data);
    this.terminal = term;
    this.untap = this.channel.tap((kind, data) => {
      if (!this.terminal) return;
      this.apply(this.terminal, kind, data);
      if (kind === 'o') for (const o of this.observers) o.data(data);
    });
  }

  private apply(term: xterm.Terminal, kind: string, data: string): void {
    if (kind === 'o') term.write(data);
    else if (kind === 'r') {
      const [c, r] = data.split('x').map(Number);
      if (c && r) term.resize(c, r);
    }
  }

  private currentScreen(): Promise<string> {
    return new Promise((resolve) => this.terminal?.write('', () => resolve(this.serializer?.serialize({ scrollback: 0 }) ?? '')));
  }

  private handle(observer: Observer, screen: string, columns: number, rows: number, buffered: string[]): MirrorHandle {
    const dataListeners = new Set<(d: string) => void>();
    const endListeners = new Set<() => void>();
    observer.data = (t) => dataListeners.forEach((l) => l(t));
    observer.end = () => endListeners.forEach((l) => l());
    const pending = buffered.join('');
    return {
      screen: screen + pending,
      columns,
      rows,
      onData: (l) => (dataListeners.add(l), { dispose: () => dataListeners.delete(l) }),
      onEnd: (l) => (endListeners.add(l), { dispose: () => endListeners.delete(l) }),
      dispose: () => {
        if (!this.observers.delete(observer)) return;
        this.onWatched(this.observers.size);
        if (this.observers.size === 0) this.release();
      },
    };
  }

  private release(): void {
    this.untap?.();
    this.untap = undefined;
    this.terminal?.dispose();
    this.terminal = undefined;
    this.serializer = undefined;
  }
}
