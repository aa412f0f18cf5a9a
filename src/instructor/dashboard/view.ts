// The blessed widgets of the dashboard and how the model is drawn into them: title line, tab bar,
// the panes placed by computeLayout, the status and help lines, and the box of an open modal.

import blessed from 'blessed';
import type { Widgets } from 'blessed';
import { clockTime, line } from './format.js';
import { HELP_LINE } from './help.js';
import { computeLayout } from './layout.js';
import type { Modal } from './modals.js';
import type { DashboardModel } from './model.js';
import { paneContent } from './panes.js';
import { PANES, type PaneId } from './types.js';

const bar = (screen: Widgets.Screen, top: number | string, style: Record<string, string>): Widgets.BoxElement =>
  blessed.box({ parent: screen, top, left: 0, width: '100%', height: 1, tags: true, wrap: false, style });

/** place moves and sizes a box through blessed's setters, which clear the area it leaves. */
function place(box: Widgets.BoxElement, top: number, left: number, width: number, height: number): void {
  if (box.top !== top) box.top = top;
  if (box.left !== left) box.left = left;
  if (box.width !== width) box.width = width;
  if (box.height !== height) box.height = height;
}

/** DashboardView owns the blessed widgets and redraws them from a DashboardModel. */
export class DashboardView {
  private readonly title: Widgets.BoxElement;
  private readonly tabs: Widgets.BoxElement;
  private readonly status: Widgets.BoxElement;
  private readonly help: Widgets.BoxElement;
  private readonly panes = new Map<PaneId, Widgets.BoxElement>();
  private readonly overlay: Widgets.BoxElement;

  constructor(private readonly screen: Widgets.Screen, private readonly instructor: string) {
    this.title = bar(screen, 0, { fg: 'black', bg: 'cyan' });
    this.tabs = bar(screen, 1, {});
    this.status = bar(screen, '100%-2', {});
    this.help = bar(screen, '100%-1', { fg: 'black', bg: 'white' });
    for (const { id } of PANES) {
      const box = blessed.box({ parent: screen, tags: true, wrap: false, border: { type: 'line' }, hidden: true, style: { border: { fg: 'gray' }, label: { bold: true } } });
      this.panes.set(id, box);
    }
    this.overlay = blessed.box({ parent: screen, tags: true, wrap: false, border: { type: 'line' }, hidden: true, style: { border: { fg: 'yellow' }, label: { fg: 'yellow', bold: true } } });
  }

  /** draw puts the model (and the open modal, if any) on the screen and renders the difference. */
  draw(model: DashboardModel, modal: Modal | undefined): void {
    const columns = this.screen.width as number;
    const rows = this.screen.height as number;
    const layout = computeLayout(columns, rows, model.focused);
    this.title.setContent(this.titleLine(model, columns));
    this.tabs.setContent(layout.mode === 'tiny' ? '' : this.tabLine(model, columns));
    this.status.setContent(line([{ text: ` ${model.status.text}`, style: model.status.error ? 'red-fg bold' : 'green-fg' }], columns));
    this.help.setContent(line([{ text: layout.mode === 'tiny' ? ` terminal too small (${columns}×${rows}): 80×24 or more, please · q quits` : ` ${HELP_LINE[model.focused]}` }], columns));
    for (const [id, box] of this.panes) {
      const rect = layout.panes[id];
      if (!rect) {
        box.hide();
        continue;
      }
      place(box, rect.top, rect.left, rect.width, rect.height);
      const content = paneContent(model, id, rect.width - 2, rect.height - 2);
      const focused = id === model.focused;
      box.setLabel(` ${focused ? '▸ ' : ''}${content.label} `);
      box.style.border.fg = focused ? 'cyan' : 'gray';
      box.setContent(content.lines.join('\n'));
      box.show();
    }
    this.drawOverlay(modal, columns, rows);
    this.screen.render();
  }

  private drawOverlay(modal: Modal | undefined, columns: number, rows: number): void {
    if (!modal) {
      this.overlay.hide();
      return;
    }
    const width = Math.max(20, Math.min(columns - 4, 76));
    const lines = modal.lines(width - 2, Math.max(1, rows - 6));
    const height = Math.min(rows - 4, lines.length + 2);
    place(this.overlay, Math.max(0, Math.floor((rows - height) / 2)), Math.floor((columns - width) / 2), width, height);
    this.overlay.setLabel(` ${modal.title} `);
    this.overlay.setContent(lines.join('\n'));
    this.overlay.show();
    this.overlay.setFront();
  }

  private titleLine(model: DashboardModel, columns: number): string {
    const { snapshot } = model;
    const users = new Set(snapshot.sessions.map((s) => s.user)).size;
    return line([
      { text: ' swarmlab', style: 'bold' },
      { text: ` · ${this.instructor} · ` },
      snapshot.locked ? { text: 'LOCKED', style: 'white-fg red-bg bold' } : { text: 'open' },
      { text: ` · ${snapshot.teams.length} teams · ${snapshot.sessions.length} sessions · ${users} users · ${clockTime(snapshot.now)}` },
    ], columns, true);
  }

  private tabLine(model: DashboardModel, columns: number): string {
    return line(PANES.flatMap(({ id, title }, i) => [
      { text: ' ' },
      { text: ` ${i + 1} ${title} `, style: id === model.focused ? 'black-fg cyan-bg bold' : 'white-fg' },
    ]), columns);
  }
}
