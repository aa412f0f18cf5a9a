// Small text helpers shared by the panes: durations, clock times, cleaning text that came from
// students, and building one line of a pane out of coloured segments in blessed's tag syntax.

import blessed from 'blessed';

/** Segment is a piece of a pane line with an optional blessed style (`green-fg`, `bold`, ...). */
export interface Segment {
  text: string;
  style?: string;
}

/** clean removes control characters, so text from a student cannot move the instructor's cursor. */
export function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** fit truncates text to width code points (with "…" when cut) and pads it with spaces to width. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  if (chars.length > width) return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
  return text + ' '.repeat(width - chars.length);
}

/** right pads text on the left to width (for numbers in columns). */
export function right(text: string, width: number): string {
  return text.length >= width ? fit(text, width) : ' '.repeat(width - text.length) + text;
}

/** duration prints milliseconds the short way: `12s`, `4m05s`, `2h10m`, `3d4h`. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d${h % 24}h`;
}

/** clockTime prints a timestamp as the server's local `HH:MM:SS`. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** speedLabel prints a clock speed: `1×`, `60×`, or `paused`. */
export function speedLabel(speed: number): string {
  return speed === 0 ? 'paused' : `${speed}×`;
}

/**
 * line joins segments into one tagged line of at most width columns, cleaning and escaping the
 * text so that braces typed by a student are shown, not interpreted as tags.
 */
export function line(segments: Segment[], width: number, pad = false): string {
  let left = width;
  let out = '';
  for (const segment of segments) {
    if (left <= 0) break;
    const chars = [...clean(segment.text)];
    const cut = chars.length > left ? chars.slice(0, Math.max(0, left - 1)).join('') + '…' : chars.join('');
    left -= Math.min(chars.length, left);
    out += styled(blessed.escape(cut), segment.style);
  }
  return pad && left > 0 ? out + ' '.repeat(left) : out;
}

/** styled wraps already-escaped text in the open and close tags of a space-separated style list. */
function styled(text: string, style: string | undefined): string {
  if (!style || text === '') return text;
  const names = style.split(' ');
  return names.map((n) => `{${n}}`).join('') + text + [...names].reverse().map((n) => `{/${n}}`).join('');
}

/** column cuts or pads segments to exactly width columns, keeping their styles. */
export function column(segments: Segment[], width: number): Segment[] {
  const out: Segment[] = [];
  let left = width;
  for (const segment of segments) {
    if (left <= 0) break;
    const chars = [...segment.text];
    const text = chars.length > left ? chars.slice(0, Math.max(0, left - 1)).join('') + '…' : segment.text;
    out.push({ ...segment, text });
    left -= Math.min(chars.length, left);
  }
  if (left > 0) out.push({ text: ' '.repeat(left) });
  return out;
}

/** highlight marks a whole line as selected (inverse video across the full width). */
export function highlight(tagged: string, focused: boolean): string {
  const style = focused ? 'inverse' : 'underline';
  return `{${style}}${tagged}{/${style}}`;
}
