// `echo`: ash's builtin echo, which is busybox coreutils/echo.c (FEATURE_FANCY_ECHO, 1_36_1):
// leading -n/-e/-E words are options only while every letter is one of them; -e interprets
// backslash escapes (libbb/process_escape_sequence.c) and \c stops all output.

import type { Applet } from './applet.js';

/** echo writes its arguments separated by spaces. */
export const echo: Applet = {
  name: 'echo',
  async run(argv, io) {
    let newline = true;
    let escapes = false;
    let i = 1;
    for (; i < argv.length; i++) {
      const arg = argv[i] ?? '';
      if (!/^-[neE]+$/.test(arg)) break;
      for (const c of arg.slice(1)) {
        if (c === 'n') newline = false;
        else escapes = c === 'e';
      }
    }
    let out = '';
    const words = argv.slice(i);
    for (let w = 0; w < words.length; w++) {
      const word = words[w] ?? '';
      if (!escapes) {
        out += word;
      } else {
        const expanded = expandEscapes(word);
        out += expanded.text;
        if (expanded.stop) {
          io.stdout(out);
          return 0;
        }
      }
      if (w < words.length - 1) out += ' ';
    }
    io.stdout(newline ? `${out}\n` : out);
    return 0;
  },
};

const SIMPLE: Readonly<Record<string, string>> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** expandEscapes applies echo -e's escapes; stop is true after \c. */
export function expandEscapes(word: string): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? '';
    if (c !== '\\') {
      text += c;
      continue;
    }
    let rest = word.slice(i + 1);
    if (rest.startsWith('c')) return { text, stop: true };
    if (/^0[0-7]/.test(rest)) rest = rest.slice(1); // "\0NNN": the 0 is only a prefix
    const skipped = word.length - i - 1 - rest.length;
    const { char, used } = escapeAt(rest);
    text += char;
    i += skipped + used;
  }
  return { text, stop: false };
}

function escapeAt(rest: string): { char: string; used: number } {
  const hex = /^x([0-9a-fA-F]{1,2})/.exec(rest);
  if (hex !== null) return { char: String.fromCharCode(parseInt(hex[1] ?? '0', 16)), used: hex[0].length };
  if (rest.startsWith('x')) return { char: '\\', used: 0 }; // "\x" then no hex digit: a backslash
  let value = 0;
  let used = 0;
  while (used < 3 && /[0-7]/.test(rest[used] ?? '') && value * 8 + Number(rest[used]) <= 255) {
    value = value * 8 + Number(rest[used]);
    used++;
  }
  if (used > 0) return { char: String.fromCharCode(value), used };
  const simple = SIMPLE[rest[0] ?? ''];
  if (simple !== undefined) return { char: simple, used: 1 };
  return { char: '\\', used: 0 }; // unknown escape or a trailing backslash: keep the backslash
}
