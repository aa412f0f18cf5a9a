// Decodes what a VT100/xterm-compatible terminal sends into keys. Input arrives in arbitrary
// chunks, so an escape sequence or a CR LF pair may be split between two feed() calls; the
// decoder keeps that partial state. Anything it does not understand is swallowed whole, never
// passed on as text, so stray sequences cannot put garbage into the line.

import { PasteScanner } from './paste.js';

/** KeyName names a non-text key after decoding (ctrl-x for control characters). */
export type KeyName =
  | 'enter' | 'tab' | 'backspace' | 'delete' | 'left' | 'right' | 'up' | 'down' | 'home' | 'end' | 'pageup' | 'pagedown'
  | 'ctrl-left' | 'ctrl-right' | 'alt-b' | 'alt-f' | 'alt-d' | 'alt-backspace'
  | `ctrl-${string}`;

/** Key is one decoded keystroke: text to insert, pasted text, or a named key. */
export type Key =
  | { kind: 'text'; text: string }
  | { kind: 'paste'; text: string }
  | { kind: 'key'; name: KeyName };

type State = 'ground' | 'escape' | 'csi' | 'ss3';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// A real key sequence is a handful of bytes; anything longer is noise we stop buffering.
const MAX_SEQUENCE = 32;

/** KeyDecoder turns chunks of terminal input into keys, keeping state across chunks. */
export class KeyDecoder {
  private state: State = 'ground';
  private sequence = '';
  private text = '';
  private afterCR = false;
  private paste: PasteScanner | undefined;
  private pendingHigh = '';

  /** decode consumes one chunk of input and returns the complete keys it contained. */
  decode(data: string): Key[] {
    const input = this.wellFormed(data);
    const keys: Key[] = [];
    let i = 0;
    while (i < input.length) {
      if (this.paste !== undefined) {
        const step = this.paste.scan(input, i);
        if (step.text !== '') keys.push({ kind: 'paste', text: step.text });
        i = step.next;
        if (step.done) this.paste = undefined;
        continue;
      }
      // Step by code point so an astral character is never split into two halves.
      const ch = String.fromCodePoint(input.codePointAt(i) ?? 0xfffd);
      this.onChar(ch, keys);
      i += ch.length;
    }
    this.flushText(keys);
    return keys;
  }

  // wellFormed holds back a high surrogate that ends a chunk (its pair is in the next chunk) and
  // replaces unpaired surrogates with U+FFFD, so later stages never see half a character.
  private wellFormed(data: string): string {
    let input = this.pendingHigh + data;
    this.pendingHigh = '';
    const last = input.charCodeAt(input.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.pendingHigh = input.slice(-1);
      input = input.slice(0, -1);
    }
    return input.replace(LONE_SURROGATE, '\ufffd');
  }

  private onChar(ch: string, keys: Key[]): void {
    switch (this.state) {
      case 'ground':
        this.ground(ch, keys);
        return;
      case 'escape':
        this.escape(ch, keys);
        return;
      case 'csi':
        this.csi(ch, keys);
        return;
      case 'ss3':
        this.state = 'ground';
        if (ch.charCodeAt(0) < 0x20) this.ground(ch, keys);
        else this.emit(keys, SS3_KEYS[ch]);
        return;
    }
  }

  private ground(ch: string, keys: Key[]): void {
    const code = ch.charCodeAt(0);
    const afterCR = this.afterCR;
    this.afterCR = false;
    if (code >= 0x20 && code !== 0x7f && (code < 0x80 || code > 0x9f)) {
      this.text += ch;
      return;
    }
    if (ch === '\x1b') {
      this.flushText(keys);
      this.state = 'escape';
      this.sequence = '';
      return;
    }
    if (ch === '\r') {
      this.afterCR = true;
      this.emit(keys, 'enter');
    } else if (ch === '\n') {
      if (!afterCR) this.emit(keys, 'enter');
    } else if (ch === '\t') {
      this.emit(keys, 'tab');
    } else if (code === 0x7f || code === 0x08) {
      this.emit(keys, 'backspace');
    } else if (code >= 0x01 && code <= 0x1a) {
      this.emit(keys, `ctrl-${String.fromCharCode(code + 0x60)}`);
    }
    // NUL, C1 controls and the remaining C0 characters have no binding: ignore them.
  }

  private escape(ch: string, keys: Key[]): void {
    this.state = 'ground';
    if (ch === '[') {
      this.state = 'csi';
    } else if (ch === 'O') {
      this.state = 'ss3';
    } else if (ch === '\x1b') {
      this.state = 'escape'; // ESC ESC: the first one was a lone Escape key press.
    } else if (ch === '\x7f' || ch === '\x08') {
      this.emit(keys, 'alt-backspace');
    } else if (ch === 'b' || ch === 'B') {
      this.emit(keys, 'alt-b');
    } else if (ch === 'f' || ch === 'F') {
      this.emit(keys, 'alt-f');
    } else if (ch === 'd' || ch === 'D') {
      this.emit(keys, 'alt-d');
    } else if (ch.charCodeAt(0) < 0x20) {
      this.ground(ch, keys); // Escape then a control key: drop the Escape, keep the key.
    }
    // Other Alt+key combinations are unbound and swallowed.
  }

  private csi(ch: string, keys: Key[]): void {
    const code = ch.charCodeAt(0);
    if (code >= 0x20 && code <= 0x3f) {
      // Past the cap, keep consuming parameters without storing them; the final byte then ends
      // a sequence that matches no key (like xterm's CSI-ignore state).
      if (this.sequence.length <= MAX_SEQUENCE) this.sequence += ch;
      return;
    }
    this.state = 'ground';
    if (code >= 0x40 && code <= 0x7e) {
      if (this.sequence.length > MAX_SEQUENCE) return;
      if (ch === '~' && this.sequence === '200') {
        this.paste = new PasteScanner();
        return;
      }
      this.emit(keys, csiKey(this.sequence, ch));
      return;
    }
    // A control character interrupts the sequence; xterm executes it, so do we.
    this.ground(ch, keys);
  }

  private emit(keys: Key[], name: KeyName | undefined): void {
    this.flushText(keys);
    if (name !== undefined) keys.push({ kind: 'key', name });
  }

  private flushText(keys: Key[]): void {
    if (this.text === '') return;
    keys.push({ kind: 'text', text: this.text });
    this.text = '';
  }
}

const SS3_KEYS: Record<string, KeyName> = {
  A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', M: 'enter',
  c: 'ctrl-right', d: 'ctrl-left', // rxvt sends ESC O c / ESC O d for Ctrl-Right / Ctrl-Left
};

const TILDE_KEYS: Record<string, KeyName> = {
  '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete', '5': 'pageup', '6': 'pagedown',
};

// csiKey maps `ESC [ params final` to a key; xterm encodes modifiers as a second parameter
// (`1;5C` is Ctrl-Right, `1;3C` Alt-Right), which readline binds to word motion.
function csiKey(params: string, final: string): KeyName | undefined {
  const [first = '', modifier = ''] = params.split(';');
  if (final === '~') return TILDE_KEYS[first];
  const word = modifier === '5' || modifier === '3' || modifier === '9';
  switch (final) {
    case 'A': return 'up';
    case 'B': return 'down';
    case 'C': return word ? 'ctrl-right' : 'right';
    case 'D': return word ? 'ctrl-left' : 'left';
    case 'H': return 'home';
    case 'F': return 'end';
    default: return undefined;
  }
}
