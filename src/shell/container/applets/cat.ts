// `cat`: busybox coreutils/cat.c and libbb bb_cat() (FEATURE_CATN, FEATURE_CATV, 1_36_1):
// files in order, `-` or nothing for stdin, `can't open '<f>': No such file or directory` and
// `read error: Is a directory` per failing file, exit 1 if any failed. -n/-b number lines
// (width 6, tab), -v/-t/-e/-A show nonprinting characters.

import type { ProcessIO } from '../../process-io.js';
import type { ContainerEnv } from '../container-env.js';
import { FALLBACK_NOW } from '../image-info.js';
import { statPath } from '../rootfs.js';
import { EXIT_INTERRUPTED, type Applet } from './applet.js';
import { hasOption, parseArgs, type ParsedArgs } from './getopt.js';
import { showUsage, type AppletUsage } from './usage.js';

/** CAT_USAGE is cat's //usage: text with -n/-b and -v/-t/-e/-A. */
export const CAT_USAGE: AppletUsage = {
  trivial: '[-nbvteA] [FILE]...',
  full: [
    'Print FILEs to stdout',
    '',
    '\t-n\tNumber output lines',
    '\t-b\tNumber nonempty lines',
    '\t-v\tShow nonprinting characters as ^x or M-x',
    '\t-t\t...and tabs as ^I',
    '\t-e\t...and end lines with $',
    '\t-A\tSame as -vte',
  ].join('\n'),
};

/** cat copies files (from env.readFile and the image) to stdout. */
export const cat: Applet = {
  name: 'cat',
  async run(argv, io, env) {
    const parsed = parseArgs(argv.slice(1), { short: 'etvAnbu' });
    if (parsed.error !== undefined) {
      io.stderr(`cat: ${parsed.error}\n`);
      return showUsage(io, 'cat', CAT_USAGE);
    }
    const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
    let status = 0;
    let line = 1;
    for (const file of files) {
      const text = file === '-' ? await readStdin(io) : readFile(io, env, file);
      if (text === EXIT_INTERRUPTED) return EXIT_INTERRUPTED;
      if (text === undefined) {
        status = 1;
        continue;
      }
      const shown = transform(text, parsed, line);
      line = shown.nextLine;
      io.stdout(shown.text);
    }
    return status;
  },
};

function readFile(io: ProcessIO, env: ContainerEnv, file: string): string | undefined {
  let path = file;
  let node = statPath(env, path, env.now?.() ?? FALLBACK_NOW);
  for (let hops = 0; node?.kind === 'link' && hops < 8; hops++) {
    path = node.target.startsWith('/') ? node.target : `${path}/../${node.target}`;
    node = statPath(env, path, env.now?.() ?? FALLBACK_NOW);
  }
  if (node === undefined || node.kind === 'link') {
    io.stderr(`cat: can't open '${file}': No such file or directory\n`);
    return undefined;
  }
  if (node.kind === 'dir') {
    io.stderr('cat: read error: Is a directory\n');
    return undefined;
  }
  return node.kind === 'file' ? node.content : '';
}

/** readStdin reads typed input until Ctrl-D on an empty line; without a stdin it is empty. */
async function readStdin(io: ProcessIO): Promise<string | typeof EXIT_INTERRUPTED> {
  const input = io.stdin;
  if (input === undefined) return '';
  return new Promise((resolve) => {
    let pending = '';
    const finish = (value: string | typeof EXIT_INTERRUPTED): void => {
      subscription.dispose();
      io.signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = (): void => finish(EXIT_INTERRUPTED);
    const subscription = input.onData((data) => {
      for (const c of data) {
        if (c === '\x04' && pending === '') return finish('');
        if (c === '\r' || c === '\n') {
          if (io.isTTY) io.stdout('\n'); // the terminal's own echo of Enter
          io.stdout(`${pending}\n`);
          pending = '';
        } else if (c === '\x7f') {
          pending = pending.slice(0, -1);
        } else if (c >= ' ') {
          pending += c;
          if (io.isTTY) io.stdout(c);
        }
      }
    });
    io.signal.addEventListener('abort', onAbort, { once: true });
    if (io.signal.aborted) onAbort();
  });
}

function transform(text: string, parsed: ParsedArgs, firstLine: number): { text: string; nextLine: number } {
  const has = (o: string): boolean => hasOption(parsed, o);
  const showEnds = has('e') || has('A');
  const showTabs = has('t') || has('A');
  const visible = has('v') || showEnds || showTabs;
  const numberAll = has('n') && !has('b');
  const numberNonEmpty = has('b');
  if (!visible && !numberAll && !numberNonEmpty) return { text, nextLine: firstLine };
  let line = firstLine;
  const lines = text.split('\n');
  const last = lines.pop(); // '' when the text ends with a newline
  const out = lines.map((l) => `${numbered(l)}${showEnds ? '$' : ''}\n`);
  if (last !== undefined && last !== '') out.push(numbered(last));
  return { text: out.join(''), nextLine: line };

  function numbered(l: string): string {
    const body = visible ? makeVisible(l, showTabs) : l;
    if (numberAll || (numberNonEmpty && l !== '')) return `${String(line++).padStart(6, ' ')}\t${body}`;
    return body;
  }
}

function makeVisible(line: string, tabs: boolean): string {
  let out = '';
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    if (ch === '\t' && !tabs) out += ch;
    else if (code < 32) out += `^${String.fromCharCode(code + 64)}`;
    else if (code === 127) out += '^?';
    else out += ch;
  }
  return out;
}
