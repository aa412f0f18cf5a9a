// The small boxes that open over the dashboard: a one-line prompt, a menu, a y/N confirmation,
// the help list and the clock panel. Each one draws its lines and handles the keys while open;
// the host shows one at a time, so choosing in a menu may open the next box.

import { line, type Segment } from './format.js';
import type { KeyPress } from './types.js';

/** ModalHost shows one modal at a time. */
export interface ModalHost {
  open(modal: Modal): void;
  close(): void;
}

/** Modal is a box over the dashboard that takes the keys while it is open. */
export interface Modal {
  title: string;
  /** lines draws the box's content, at most height lines of width columns. */
  lines(width: number, height: number): string[];
  key(key: KeyPress, host: ModalHost): void;
}

/** MenuItem is one choice of a menu, with an optional hotkey. */
export interface MenuItem {
  label: string;
  hotkey?: string;
  choose(host: ModalHost): void;
}

const MAX_INPUT = 200;
const isPrintable = (k: KeyPress): k is KeyPress & { ch: string } => k.ch !== undefined && k.ch.length > 0 && !/[\u0000-\u001f\u007f]/.test(k.ch) && !k.full.startsWith('C-') && !k.full.startsWith('M-');

/** prompt asks for one line of text; Enter submits, Esc cancels, Backspace and Ctrl-U edit. */
export function prompt(title: string, question: string, submit: (text: string, host: ModalHost) => void): Modal {
  let text = '';
  return {
    title,
    lines: (width) => [line([{ text: question }], width), line([{ text: '> ', style: 'cyan-fg' }, { text: [...text].slice(-(width - 3)).join('') }, { text: '█' }], width), line([{ text: 'Enter sends · Esc cancels', style: 'gray-fg' }], width)],
    key(k, host) {
      if (k.name === 'enter') {
        host.close();
        if (text.trim() !== '') submit(text.trim(), host);
      } else if (k.name === 'escape') host.close();
      else if (k.name === 'backspace') text = [...text].slice(0, -1).join('');
      else if (k.full === 'C-u') text = '';
      else if (isPrintable(k) && [...text].length < MAX_INPUT) text += k.ch;
    },
  };
}

/** menu offers choices: ↑↓ and Enter, or a choice's hotkey; Esc cancels. */
export function menu(title: string, items: MenuItem[], intro?: string): Modal {
  let at = 0;
  return {
    title,
    lines(width, height) {
      const head = intro ? [line([{ text: intro, style: 'gray-fg' }], width)] : [];
      const room = Math.max(1, height - head.length);
      const first = Math.max(0, Math.min(at - room + 1, items.length - room));
      const body = items.slice(first, first + room).map((item, n) => {
        const i = first + n;
        const segments: Segment[] = [{ text: item.hotkey ? `${item.hotkey}  ` : '   ', style: 'cyan-fg' }, { text: item.label }];
        const text = line(segments, width, true);
        return i === at ? `{inverse}${text}{/inverse}` : text;
      });
      return [...head, ...(body.length > 0 ? body : [line([{ text: 'nothing to choose from', style: 'gray-fg' }], width)])];
    },
    key(k, host) {
      if (k.name === 'up' || k.name === 'k') at = Math.max(0, at - 1);
      else if (k.name === 'down' || k.name === 'j') at = Math.min(items.length - 1, at + 1);
      else if (k.name === 'escape' || k.name === 'q') host.close();
      else {
        const chosen = k.name === 'enter' ? items[at] : items.find((i) => i.hotkey !== undefined && i.hotkey === k.ch);
        if (!chosen) return;
        host.close();
        chosen.choose(host);
      }
    },
  };
}

/** confirm asks a yes/no question (default no); space toggles the option, if there is one. */
export function confirm(title: string, question: string[], yes: (option: boolean) => void, option?: string): Modal {
  let checked = false;
  return {
    title,
    lines: (width) => [
      ...question.map((q) => line([{ text: q }], width)),
      ...(option ? [line([{ text: `[${checked ? 'x' : ' '}] ${option}`, style: 'yellow-fg' }, { text: '  (space toggles)', style: 'gray-fg' }], width)] : []),
      line([{ text: 'y', style: 'bold' }, { text: ' confirms · any other key cancels', style: 'gray-fg' }], width),
    ],
    key(k, host) {
      if (option && k.name === 'space') checked = !checked;
      else {
        host.close();
        if (k.ch === 'y' || k.ch === 'Y') yes(checked);
      }
    },
  };
}

/** info shows fixed lines; any key closes it. */
export function info(title: string, lines: string[]): Modal {
  return { title, lines: (width) => lines.map((l) => line([{ text: l }], width)), key: (_k, host) => host.close() };
}

/** panel shows live lines and runs a key's action until Esc, q or Enter closes it. */
export function panel(title: string, lines: (width: number, height: number) => string[], keys: Record<string, () => void>): Modal {
  return {
    title,
    lines,
    key(k, host) {
      const action = keys[k.full] ?? (k.ch !== undefined ? keys[k.ch] : undefined);
      if (action) action();
      else if (k.name === 'escape' || k.name === 'enter' || k.ch === 'q') host.close();
    },
  };
}
