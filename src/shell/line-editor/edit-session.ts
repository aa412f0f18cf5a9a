// What one key does to the line being read, independent of the screen: the editor applies the
// outcome (redraw, bell, list, finish the read). Bindings follow readline's emacs mode defaults.

import { applyCompletion, uniqueCandidates, type Completer, type CompletionResult } from './completion.js';
import { EditBuffer } from './edit-buffer.js';
import type { HistoryCursor } from './history.js';
import type { Key, KeyName } from './keys.js';

/** KeyOutcome tells the editor what to do after a key was handled. */
export type KeyOutcome =
  | { kind: 'edit'; bell: boolean; full?: boolean }
  | { kind: 'submit'; line: string; requeue?: Key }
  | { kind: 'interrupt' }
  | { kind: 'eof' }
  | { kind: 'clear' }
  | { kind: 'list'; candidates: string[] };

/** KillRing holds the last killed text for Ctrl-Y; consecutive kills add up, as in readline. */
export class KillRing {
  private text = '';
  private continuing = false;

  /** kill records removed text; backward kills go in front of what the previous kill removed. */
  kill(text: string, backward: boolean): void {
    if (text === '') return;
    if (!this.continuing) this.text = text;
    else this.text = backward ? text + this.text : this.text + text;
    this.continuing = true;
  }

  /** interrupt ends a run of consecutive kills. */
  interrupt(): void {
    this.continuing = false;
  }

  /** yank returns the text to insert. */
  yank(): string {
    return this.text;
  }
}

const EDIT: KeyOutcome = { kind: 'edit', bell: false };
const BELL: KeyOutcome = { kind: 'edit', bell: true };
// FULL is a bell because the line reached its length cap and typed or pasted text was cut.
const FULL: KeyOutcome = { kind: 'edit', bell: true, full: true };

/** EditSession applies keys to the line of one read. */
export class EditSession {
  /** buffer is the line being edited. */
  readonly buffer: EditBuffer;
  private lastWasTab = false;

  /** constructor sets up a read with a length cap, optional history browsing and completion. */
  constructor(
    maxLength: number,
    private readonly kills: KillRing,
    private readonly history?: HistoryCursor,
    private readonly complete?: Completer,
  ) {
    this.buffer = new EditBuffer(maxLength);
  }

  /** handle applies one key and says what the editor should do next. */
  handle(key: Key): KeyOutcome {
    const tab = key.kind === 'key' && key.name === 'tab';
    const wasTab = this.lastWasTab;
    this.lastWasTab = tab;
    if (!(key.kind === 'key' && KILLS.has(key.name))) this.kills.interrupt();
    if (key.kind === 'text') return this.buffer.insert(key.text) ? EDIT : FULL;
    if (key.kind === 'paste') return this.paste(key.text);
    if (tab) return this.tab(wasTab);
    return this.named(key.name);
  }

  private paste(text: string): KeyOutcome {
    const newline = text.indexOf('\n');
    if (newline < 0) return this.buffer.insert(text) ? EDIT : FULL;
    // A pasted line longer than the cap is submitted cut short, as typed text would be.
    this.buffer.insert(text.slice(0, newline));
    const rest = text.slice(newline + 1);
    const line = this.buffer.text;
    return rest === '' ? { kind: 'submit', line } : { kind: 'submit', line, requeue: { kind: 'paste', text: rest } };
  }

  private named(name: KeyName): KeyOutcome {
    const b = this.buffer;
    switch (name) {
      case 'enter': return { kind: 'submit', line: b.text };
      case 'ctrl-c': return { kind: 'interrupt' };
      case 'ctrl-d': return b.isEmpty ? { kind: 'eof' } : b.deleteForward() ? EDIT : BELL;
      case 'ctrl-l': return { kind: 'clear' };
      case 'backspace': return b.deleteBackward() ? EDIT : BELL;
      case 'delete': return b.deleteForward() ? EDIT : BELL;
      case 'left': case 'ctrl-b': return this.move(b.cursorIndex - 1);
      case 'right': case 'ctrl-f': return this.move(b.cursorIndex + 1);
      case 'home': case 'ctrl-a': return this.move(0);
      case 'end': case 'ctrl-e': return this.move(b.clusters.length);
      case 'alt-b': case 'ctrl-left': return this.move(b.wordLeft());
      case 'alt-f': case 'ctrl-right': return this.move(b.wordRight());
      case 'up': case 'ctrl-p': return this.recall(this.history?.older(b.text));
      case 'down': case 'ctrl-n': return this.recall(this.history?.newer(b.text));
      case 'ctrl-u': return this.kill(0, true);
      case 'ctrl-k': return this.kill(b.clusters.length, false);
      case 'ctrl-w': return this.kill(b.spaceWordLeft(), true);
      case 'alt-backspace': return this.kill(b.wordLeft(), true);
      case 'alt-d': return this.kill(b.wordRight(), false);
      case 'ctrl-y': return b.insert(this.kills.yank()) ? EDIT : BELL;
      default: return EDIT; // unbound keys do nothing, like self-insert of nothing
    }
  }

  private move(index: number): KeyOutcome {
    if (index < 0 || index > this.buffer.clusters.length) return BELL;
    this.buffer.moveTo(index);
    return EDIT;
  }

  private recall(text: string | undefined): KeyOutcome {
    if (text === undefined) return BELL;
    this.buffer.set(text);
    return EDIT;
  }

  private kill(to: number, backward: boolean): KeyOutcome {
    this.kills.kill(this.buffer.killRange(this.buffer.cursorIndex, to), backward);
    return EDIT;
  }

  private tab(secondInARow: boolean): KeyOutcome {
    if (this.complete === undefined) return BELL;
    const line = this.buffer.text;
    let result: CompletionResult;
    try {
      result = this.complete(line, this.buffer.cursorOffset);
    } catch {
      return BELL; // a failing completer must not break typing
    }
    const edit = applyCompletion(line, result);
    if (edit === undefined) return BELL;
    if (edit.changed) {
      const fits = this.buffer.set(edit.text, edit.offset);
      return fits && !edit.ambiguous ? EDIT : BELL;
    }
    if (!edit.ambiguous) return EDIT;
    if (secondInARow) return { kind: 'list', candidates: uniqueCandidates(result.candidates) };
    return BELL;
  }
}

const KILLS: ReadonlySet<KeyName> = new Set<KeyName>(['ctrl-u', 'ctrl-k', 'ctrl-w', 'alt-backspace', 'alt-d']);
