// `nano FILE`: a small full-screen editor in the session's terminal, keyed like GNU nano 7.2:
// typing and paste, arrows, Home/End, PgUp/PgDn, Backspace/Delete, Enter, ^K cut, ^U paste,
// ^O write out (asks `File Name to Write:`), ^X exit (asks `Save modified buffer?` when
// modified), ^C cursor position. It reads keys while it runs, like `docker exec -it ... sh`.

import { errnoText } from '../fs/fs-errors.js';
import type { NodeFs } from '../fs/node-fs.js';
import type { ShellCommand } from '../interpreter.js';
import { KeyDecoder, type Key } from '../line-editor/keys.js';
import { layout, renderScreen, type Prompt } from './screen.js';
import { TextBuffer } from './text-buffer.js';

/** nanoCommand is the node shell's nano. */
export function nanoCommand(fs: NodeFs): ShellCommand {
  return async ({ argv, io }) => {
    const stdin = io.stdin;
    // Since nano 7.0 (src/nano.c main, commit 8d7b716e "quit when standard input is not a TTY"),
    // nano dies with this line instead of spinning until "Too many errors from stdin".
    if (!io.isTTY || stdin === undefined) {
      io.stderr('Standard input is not a terminal\n');
      return 1;
    }
    const name = argv.slice(1).find((a) => !a.startsWith('-') && !a.startsWith('+')) ?? '';
    const editor = new NanoEditor(fs, name, io.size());
    return new Promise<number>((resolve) => {
      const decoder = new KeyDecoder();
      const draw = (): void => io.stdout(editor.frame());
      const finish = (): void => {
        subscriptions.forEach((s) => s.dispose());
        io.signal.removeEventListener('abort', finish);
        io.stdout('\x1b[?1049l');
        resolve(0);
      };
      const subscriptions = [
        stdin.onData((data) => {
          for (const key of decoder.decode(data)) editor.handle(key);
          if (editor.done) finish();
          else draw();
        }),
        stdin.onResize((size) => {
          editor.resize(size);
          draw();
        }),
      ];
      io.signal.addEventListener('abort', finish, { once: true });
      io.stdout('\x1b[?1049h');
      draw();
    });
  };
}

/** NanoEditor is nano's state machine: keys in, frames out. */
export class NanoEditor {
  readonly buffer: TextBuffer;
  done = false;
  private top = 0;
  private status: string;
  private prompt: Prompt | undefined;
  private exitAfterWrite = false;

  constructor(
    private readonly fs: NodeFs,
    private fileName: string,
    private size: { columns: number; rows: number },
  ) {
    const read = fileName === '' ? 'ENOENT' : fs.readFile(fileName);
    this.buffer = new TextBuffer(typeof read === 'string' ? '' : read.text);
    if (typeof read !== 'string') this.status = `Read ${plural(this.buffer.lineCount(), 'line')}`;
    else if (read === 'ENOENT') this.status = fileName === '' ? '' : 'New File';
    else if (read === 'EISDIR') this.status = `"${fileName}" is a directory`;
    else this.status = `Error reading ${fileName}: ${errnoText(read)}`;
  }

  /** frame draws the whole screen. */
  frame(): string {
    const drawn = renderScreen({ fileName: this.fileName, buffer: this.buffer, top: this.top, status: this.status, cols: this.size.columns, rows: this.size.rows, ...(this.prompt && { prompt: this.prompt }) });
    this.top = drawn.top;
    return drawn.text;
  }

  /** resize takes the terminal's new size. */
  resize(size: { columns: number; rows: number }): void {
    this.size = size;
  }

  /** handle applies one key. */
  handle(key: Key): void {
    if (this.done) return;
    if (this.prompt?.kind === 'write') this.onWritePrompt(key);
    else if (this.prompt?.kind === 'save-changes') this.onSavePrompt(key);
    else this.onEdit(key);
  }

  private onEdit(key: Key): void {
    this.status = '';
    if (key.kind !== 'key') return this.buffer.insert(key.text);
    const page = layout(this.size.rows).height;
    switch (key.name) {
      case 'enter': return this.buffer.insert('\n');
      case 'tab': return this.buffer.insert('\t');
      case 'backspace': return this.buffer.backspace();
      case 'delete': case 'ctrl-d': return this.buffer.del();
      case 'left': case 'ctrl-b': return this.buffer.move('left');
      case 'right': case 'ctrl-f': return this.buffer.move('right');
      case 'up': case 'ctrl-p': return this.buffer.move('up');
      case 'down': case 'ctrl-n': return this.buffer.move('down');
      case 'home': case 'ctrl-a': return this.buffer.move('home');
      case 'end': case 'ctrl-e': return this.buffer.move('end');
      case 'pageup': case 'ctrl-y': return this.buffer.move('up', page);
      case 'pagedown': case 'ctrl-v': return this.buffer.move('down', page);
      case 'ctrl-k': return this.buffer.cutLine();
      case 'ctrl-u': return this.buffer.paste();
      case 'ctrl-o': this.prompt = { kind: 'write', answer: this.fileName }; return;
      case 'ctrl-c': this.status = this.location(); return;
      case 'ctrl-x':
        if (this.buffer.modified) this.prompt = { kind: 'save-changes' };
        else this.done = true;
        return;
      default:
        if (key.name.startsWith('ctrl-')) this.status = `^${key.name.slice(5).toUpperCase()} is not available in this lab`;
    }
  }

  private onWritePrompt(key: Key): void {
    if (this.prompt?.kind !== 'write') return;
    if (key.kind !== 'key') {
      this.prompt.answer += key.text.replace(/[\r\n]/g, '');
      return;
    }
    if (key.name === 'backspace') this.prompt.answer = this.prompt.answer.slice(0, -1);
    else if (key.name === 'ctrl-c') this.cancel();
    else if (key.name === 'enter') this.write(this.prompt.answer);
  }

  private onSavePrompt(key: Key): void {
    const answer = key.kind === 'key' ? key.name : key.text.toLowerCase();
    if (answer === 'y') {
      this.prompt = { kind: 'write', answer: this.fileName };
      this.exitAfterWrite = true;
    } else if (answer === 'n') this.done = true;
    else if (answer === 'ctrl-c') this.cancel();
  }

  private write(name: string): void {
    this.prompt = undefined;
    if (name === '') return this.cancel();
    const error = this.fs.writeFile(name, this.buffer.text());
    if (error !== undefined) {
      this.status = `Error writing ${name}: ${errnoText(error)}`;
      this.exitAfterWrite = false;
      return;
    }
    this.fileName = name;
    this.buffer.modified = false;
    this.status = `Wrote ${plural(this.buffer.lineCount(), 'line')}`;
    if (this.exitAfterWrite) this.done = true;
  }

  private cancel(): void {
    this.prompt = undefined;
    this.exitAfterWrite = false;
    this.status = 'Cancelled';
  }

  /** location is ^C's report, nano's `line 2/5 (40%), col 3/9 (33%), char 12/50 (24%)`. */
  private location(): string {
    const b = this.buffer;
    const lines = b.lines.length;
    const cols = b.line.length + 1;
    const total = b.text().length;
    const char = b.lines.slice(0, b.row).reduce((n, l) => n + l.length + 1, 0) + b.col;
    const pct = (a: number, n: number): number => (n === 0 ? 0 : Math.floor((100 * a) / n));
    return `line ${b.row + 1}/${lines} (${pct(b.row + 1, lines)}%), col ${b.col + 1}/${cols} (${pct(b.col + 1, cols)}%), char ${char}/${total} (${pct(char, total)}%)`;
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
