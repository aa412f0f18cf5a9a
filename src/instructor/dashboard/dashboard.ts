// One running dashboard: wires the terminal, blessed, the model and the InstructorApi together,
// routes keys to the main screen, a modal or the observe screen, and cleans everything up once.

import type { Widgets } from 'blessed';
import type { Disposable, TerminalSize } from '../../docker/process-io.js';
import type { InstructorApi, ObserverMirror } from '../instructor-api.js';
import { createDashboardScreen, destroyDashboardScreen } from './blessed-screen.js';
import { handleMainKey } from './keys.js';
import type { Modal, ModalHost } from './modals.js';
import { DashboardModel } from './model.js';
import { observe, type Observation } from './observe.js';
import { RenderScheduler } from './render-scheduler.js';
import { TerminalInput, TerminalOutput } from './terminal-streams.js';
import type { DashboardOptions, DashboardTerminal, KeyPress } from './types.js';
import { DashboardView } from './view.js';

const TICK_MS = 1000; // idle times and the clock move even when nothing else changes

/** Dashboard is one instructor's running dashboard; it calls exit exactly once. */
export class Dashboard implements ModalHost {
  private readonly input = new TerminalInput();
  private readonly output: TerminalOutput;
  private readonly model: DashboardModel;
  private readonly scheduler = new RenderScheduler(() => this.draw());
  private readonly subscriptions: Disposable[] = [];
  private screen: Widgets.Screen | undefined;
  private view: DashboardView | undefined;
  private modal: Modal | undefined;
  private observation: Observation | undefined;
  private size: TerminalSize;
  private finished = false;

  constructor(private readonly term: DashboardTerminal, private readonly api: InstructorApi, private readonly options: DashboardOptions, private readonly exit: (status: number) => void) {
    this.size = term.size();
    this.output = new TerminalOutput((text) => term.write(text), this.size);
    this.model = new DashboardModel(api);
  }

  /** start draws the dashboard and begins listening; any failure ends it with status 1. */
  start(): void {
    try {
      if (this.options.closed.aborted) return this.finish(0);
      this.screen = createDashboardScreen(this.input, this.output).screen;
      this.view = new DashboardView(this.screen, this.options.instructor);
      this.screen.on('keypress', (ch: string | undefined, key: Partial<KeyPress> | undefined) => this.onKey({ ch, name: key?.name ?? ch ?? '', full: key?.full ?? key?.name ?? ch ?? '' }));
      const onAbort = (): void => this.finish(0);
      this.options.closed.addEventListener('abort', onAbort, { once: true });
      this.subscriptions.push({ dispose: () => this.options.closed.removeEventListener('abort', onAbort) });
      this.subscriptions.push(this.term.onData((data) => (this.observation ? this.observation.key(data) : this.input.push(data))));
      this.subscriptions.push(this.term.onResize((size) => this.onResize(size)));
      this.subscriptions.push(this.api.onChange(() => this.scheduler.request()));
      const tick = setInterval(() => this.scheduler.request(), TICK_MS);
      this.subscriptions.push({ dispose: () => clearInterval(tick) });
      this.scheduler.now();
    } catch {
      this.finish(1);
    }
  }

  /** open shows a modal over the dashboard (ModalHost). */
  open(modal: Modal): void {
    this.modal = modal;
  }

  /** close closes the open modal (ModalHost). */
  close(): void {
    this.modal = undefined;
  }

  private draw(): void {
    if (this.finished || !this.view) return;
    try {
      this.model.refresh();
      this.view.draw(this.model, this.modal);
    } catch {
      this.finish(1);
    }
  }

  private onKey(k: KeyPress): void {
    // blessed reports Enter twice, as 'enter' then 'return'; only 'enter' counts, so one Enter
    // never reaches both a box and whatever that box opened or uncovered.
    if (this.finished || this.observation || k.name === 'return') return;
    if (k.full === 'C-c') return this.finish(0);
    try {
      if (this.modal) this.modal.key(k, this);
      else {
        const pageRows = Math.max(1, this.size.rows - 8);
        const ctx = { model: this.model, api: this.api, instructor: this.options.instructor, host: this, pageRows, observe: (user: string) => this.startObserving(user) };
        if (handleMainKey(k, ctx) === 'quit') return this.finish(0);
      }
    } catch (err) {
      this.model.setStatus(err instanceof Error ? err.message : String(err), true);
    }
    if (!this.observation) this.scheduler.now();
  }

  private onResize(size: TerminalSize): void {
    this.size = size;
    if (this.observation) return this.observation.resize(size);
    this.output.resize(size);
    this.scheduler.now();
  }

  private startObserving(user: string): void {
    let mirror: ObserverMirror | undefined;
    try {
      mirror = this.api.observe(user);
    } catch (err) {
      return this.model.setStatus(err instanceof Error ? err.message : String(err), true);
    }
    if (!mirror) return this.model.setStatus(`${user} has no interactive session to observe`, true);
    this.scheduler.pause();
    this.screen?.program.flush();
    let over = false; // the session may end while observe() subscribes
    const observation = observe(mirror, (text) => this.finished || this.term.write(text), this.size, (ended) => {
      over = true;
      this.stopObserving(user, ended);
    });
    if (!over) this.observation = observation;
  }

  private stopObserving(user: string, ended: string | undefined): void {
    this.observation = undefined;
    if (this.finished || !this.screen) return;
    this.term.write('\x1b[0m\x1b[?25l\x1b[H\x1b[2J');
    if (this.output.columns !== this.size.columns || this.output.rows !== this.size.rows) this.output.resize(this.size);
    else this.screen.alloc();
    this.model.setStatus(ended ?? `stopped observing ${user}`, ended !== undefined);
    this.scheduler.resume();
  }

  /** finish ends the dashboard once: listeners off, screen destroyed, exit status reported. */
  private finish(status: number): void {
    if (this.finished) return;
    this.finished = true;
    for (const s of this.subscriptions.splice(0)) {
      try {
        s.dispose();
      } catch {
        // a failing dispose must not keep the others from running
      }
    }
    this.scheduler.dispose();
    this.observation?.close();
    this.observation = undefined;
    try {
      if (this.screen) destroyDashboardScreen(this.screen, this.output, this.options.closed.aborted);
    } catch {
      status = status || 1;
    }
    this.exit(status);
  }
}
